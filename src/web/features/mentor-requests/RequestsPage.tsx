import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage, post } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type MentorRequest, myRequestsQuery, statusLabels } from "./api.ts";

/** For mentors: who asked them, to accept or decline kindly; and what they answered before. */
export function RequestsPage() {
  usePageTitle("Mentor requests");
  const requests = useQuery(myRequestsQuery);
  const waiting = requests.data?.incoming.filter((r) => r.status === "pending") ?? [];
  const answered = requests.data?.incoming.filter((r) => r.status !== "pending") ?? [];
  return (
    <Stack maw={760} gap="lg">
      <div>
        <Title order={1}>Mentor requests</Title>
        <Text c="dimmed" mt={4}>
          Colleagues who would like you as their mentor. Saying no is always fine: they'll be
          introduced to their next choice.
        </Text>
      </div>
      {requests.isPending && <Skeleton h={120} />}
      {requests.isError && <ErrorAlert error={requests.error} />}
      {requests.data && waiting.length === 0 && (
        <Text c="dimmed">No requests waiting for you right now.</Text>
      )}
      {waiting.map((r) => (
        <WaitingRequest key={r.id} request={r} />
      ))}
      {answered.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="answered-heading">
          <Title order={2} size="h4" id="answered-heading">
            Earlier requests
          </Title>
          {answered.map((r) => (
            <Group key={r.id} justify="space-between">
              <Text size="sm">
                {r.mentee.name} · {r.program.name}
              </Text>
              <Badge variant="light" color="gray">
                {statusLabels[r.status]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function WaitingRequest({ request }: { request: MentorRequest }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const queryClient = useQueryClient();
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["mentor-requests"] });
    void queryClient.invalidateQueries({ queryKey: ["relationships"] });
    void queryClient.invalidateQueries({ queryKey: ["notifications"] });
    notifications.show({ message });
  };
  const onError = (error: Error) =>
    notifications.show({ color: "red", message: errorMessage(error) });
  const accept = useMutation({
    mutationFn: () => post(`/mentor-requests/${request.id}/accept`),
    onSuccess: () => done(`You're now mentoring ${request.mentee.name}. Thank you!`),
    onError,
  });
  const decline = useMutation({
    mutationFn: () =>
      post(`/mentor-requests/${request.id}/decline`, { reason: reason.trim() || null }),
    onSuccess: () => {
      setDeclining(false);
      done(`We've let ${request.mentee.name} know, kindly.`);
    },
    onError,
  });
  const { mentee } = request;
  return (
    <Card padding="md" radius="md" withBorder>
      <Group gap="sm" wrap="nowrap">
        <PersonAvatar name={mentee.name} photoUrl={mentee.photoUrl} size="lg" />
        <div>
          <Text fw={600}>{mentee.name}</Text>
          <Text size="sm" c="dimmed">
            {[mentee.title, mentee.department].filter(Boolean).join(" · ")} · {request.program.name}
          </Text>
        </div>
      </Group>
      {request.message && (
        <Text mt="sm" size="sm">
          “{request.message}”
        </Text>
      )}
      {request.respondBy && (
        <Text mt="xs" size="xs" c="dimmed">
          Please answer by {formatDate(request.respondBy)}.
        </Text>
      )}
      <Group mt="md">
        <Button onClick={() => accept.mutate()} loading={accept.isPending}>
          Accept
        </Button>
        <Button variant="default" onClick={() => setDeclining(true)}>
          Decline
        </Button>
      </Group>
      <Modal opened={declining} onClose={() => setDeclining(false)} title="Decline this request">
        <Textarea
          label={`A kind word for ${mentee.name} (optional)`}
          description="They'll see it. Their request goes on to their next choice."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Group mt="md" justify="flex-end">
          <Button variant="subtle" onClick={() => setDeclining(false)}>
            Cancel
          </Button>
          <Button onClick={() => decline.mutate()} loading={decline.isPending}>
            Decline
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
