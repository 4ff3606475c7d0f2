import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconMailForward, IconX } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { del, errorMessage, post } from "../../api/client.ts";
import { roleLabels } from "../../api/types.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { type Invitation, invitationsQuery } from "./api.ts";

export function InvitationsList() {
  const invitations = useQuery(invitationsQuery);
  const pending = invitations.data?.filter((invitation) => invitation.status === "pending") ?? [];

  return (
    <Stack aria-labelledby="pending-heading" component="section">
      <div>
        <Title order={2} size="h3" id="pending-heading">
          Pending invitations
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          People who have been invited but haven't joined yet.
        </Text>
      </div>
      {invitations.isPending && (
        <Stack gap="xs" role="status" aria-label="Loading invitations">
          <Skeleton h={56} />
          <Skeleton h={56} />
        </Stack>
      )}
      {invitations.isError && <ErrorAlert error={invitations.error} />}
      {invitations.isSuccess && pending.length === 0 && (
        <Text size="sm" c="dimmed">
          No invitations waiting. Everyone you've invited has joined — or you haven't invited anyone
          yet.
        </Text>
      )}
      {pending.map((invitation) => (
        <InvitationRow key={invitation.id} invitation={invitation} />
      ))}
    </Stack>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["invitations"] });
    void queryClient.invalidateQueries({ queryKey: ["outbox"] });
  };
  const onError = (error: Error) =>
    notifications.show({ color: "red", message: errorMessage(error) });

  const resend = useMutation({
    mutationFn: () => post<unknown>(`/invitations/${invitation.id}/resend`),
    onSuccess: () => {
      refresh();
      notifications.show({ message: `Invitation sent again to ${invitation.email}.` });
    },
    onError,
  });
  const revoke = useMutation({
    mutationFn: () => del(`/invitations/${invitation.id}`),
    onSuccess: () => {
      refresh();
      notifications.show({ message: `Invitation for ${invitation.email} withdrawn.` });
    },
    onError,
  });

  return (
    <Card padding="sm" radius="md">
      <Group justify="space-between" gap="sm">
        <div style={{ minWidth: 0, flex: "1 1 220px" }}>
          <Group gap="xs">
            <Text fw={600} className="mutual-break">
              {invitation.email}
            </Text>
            <Badge variant="light" color="gray" size="sm">
              {roleLabels[invitation.role]}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            Invited by {invitation.invitedByName} on {formatDate(invitation.createdAt)} · expires{" "}
            {formatDate(invitation.expiresAt)}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconMailForward size={16} aria-hidden="true" />}
            loading={resend.isPending}
            onClick={() => resend.mutate()}
            aria-label={`Resend invitation to ${invitation.email}`}
          >
            Resend
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            leftSection={<IconX size={16} aria-hidden="true" />}
            loading={revoke.isPending}
            onClick={() => revoke.mutate()}
            aria-label={`Revoke invitation to ${invitation.email}`}
          >
            Revoke
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
