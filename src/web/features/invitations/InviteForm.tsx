import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { post } from "../../api/client.ts";
import { type Role, roleOptions } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import type { InviteResult } from "./api.ts";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export function InviteForm() {
  const queryClient = useQueryClient();
  const [emails, setEmails] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [empty, setEmpty] = useState(false);

  const invite = useMutation({
    mutationFn: (body: { emails: string; role: Role }) => post<InviteResult>("/invitations", body),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ["invitations"] });
      void queryClient.invalidateQueries({ queryKey: ["outbox"] });
      if (result.invited.length > 0) {
        setEmails("");
        notifications.show({
          message: `${result.invited.length} ${plural(result.invited.length, "invitation", "invitations")} sent.`,
        });
      }
    },
  });
  const errors = fieldErrorsOf(invite.error);
  const result = invite.data;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const nothing = emails.trim() === "";
    setEmpty(nothing);
    if (!nothing) invite.mutate({ emails, role });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="invite-heading">
            Invite people
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Paste one address or a whole list — separated by commas, spaces or new lines. Each
            person gets an email with a link to join.
          </Text>
        </div>
        <ErrorAlert error={formLevelError(invite.error, ["emails", "role"])} />
        <Textarea
          label="Email addresses"
          required
          autosize
          minRows={3}
          maxRows={10}
          value={emails}
          onChange={(event) => setEmails(event.currentTarget.value)}
          error={empty ? "Paste at least one email address." : errors.emails}
          spellCheck={false}
        />
        <Group align="flex-end" justify="space-between" gap="md">
          <NativeSelect
            label="Role"
            data={roleOptions}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            error={errors.role}
            miw={200}
          />
          <Button type="submit" loading={invite.isPending}>
            Send invitations
          </Button>
        </Group>
        {result && <InviteOutcome result={result} />}
      </Stack>
    </form>
  );
}

function InviteOutcome({ result }: { result: InviteResult }) {
  return (
    <Stack gap="sm" role="status">
      {result.invited.length > 0 && (
        <Alert
          color="mutual"
          icon={<IconCircleCheck aria-hidden="true" />}
          title={`Invited ${result.invited.length} ${plural(result.invited.length, "person", "people")}`}
        >
          <List size="sm" spacing={2} className="mutual-break">
            {result.invited.map((person) => (
              <List.Item key={person.id}>{person.email}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result.skipped.length > 0 && (
        <Alert
          color="gray"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={`Skipped ${result.skipped.length} ${plural(result.skipped.length, "address", "addresses")}`}
        >
          <List size="sm" spacing={2} className="mutual-break">
            {result.skipped.map((skip) => (
              <List.Item key={skip.email}>
                <strong>{skip.email}</strong> — {skip.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result.invited.length === 0 && result.skipped.length === 0 && (
        <Text size="sm">No addresses found. Check the list and try again.</Text>
      )}
    </Stack>
  );
}
