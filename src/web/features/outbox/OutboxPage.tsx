import { Alert, Badge, Card, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { IconInbox, IconMailbox } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { type OutboxEmail, outboxQuery, statusColors, statusLabels } from "./api.ts";

export function OutboxPage() {
  usePageTitle("Outbox");
  const outbox = useQuery(outboxQuery);
  const canOpen = outbox.data?.mode === "outbox";

  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <Title order={1}>Outbox</Title>
        <Text c="dimmed" mt={6}>
          Every email Mutual sends: invitations, password resets and more.
        </Text>
      </div>

      {outbox.data?.mode === "outbox" && (
        <Alert color="blue" icon={<IconMailbox aria-hidden="true" />} title="Emails are kept here">
          No mail server is configured, so messages are kept here instead of being sent — open one
          to read it; the links in it work.
        </Alert>
      )}

      {outbox.data?.mode === "smtp" && (
        <Text size="sm">
          Mutual sends these through your mail server. Anything that fails is retried, and the last
          error is shown under its subject.
        </Text>
      )}

      <Card>
        {outbox.isPending && (
          <Stack gap="xs" role="status" aria-label="Loading emails">
            <Skeleton h={40} />
            <Skeleton h={40} />
            <Skeleton h={40} />
          </Stack>
        )}
        {outbox.isError && <ErrorAlert error={outbox.error} />}
        {outbox.isSuccess && outbox.data.emails.length === 0 && (
          <Stack align="center" py="xl" gap="xs" ta="center">
            <IconInbox size={40} stroke={1.5} aria-hidden="true" />
            <Text fw={600}>No emails yet</Text>
            <Text c="dimmed" size="sm">
              When you invite people or someone resets a password, the message shows up here.
            </Text>
          </Stack>
        )}
        {outbox.isSuccess && outbox.data.emails.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Subject</Table.Th>
                  <Table.Th scope="col">To</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                  <Table.Th scope="col">Sent</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.emails.map((email) => (
                  <EmailRow key={email.id} email={email} canOpen={canOpen} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}

function EmailRow({ email, canOpen }: { email: OutboxEmail; canOpen: boolean }) {
  return (
    <Table.Tr>
      <Table.Td>
        {canOpen ? (
          <AnchorLink to="/admin/outbox/$emailId" params={{ emailId: email.id }} fw={600} size="sm">
            {email.subject}
          </AnchorLink>
        ) : (
          <Text fw={600} size="sm">
            {email.subject}
          </Text>
        )}
        {email.hasCalendarInvite && (
          <Text size="xs" c="dimmed" mt={2}>
            Calendar invite attached
          </Text>
        )}
        {email.lastError && (
          <Text size="xs" c="red.9" mt={2}>
            {email.lastError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="mutual-break">
          {email.to}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={statusColors[email.status]} miw="max-content">
          {statusLabels[email.status]}
        </Badge>
        {email.attempts > 1 && (
          <Text size="xs" c="dimmed">
            {email.attempts} attempts
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(email.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(email.sentAt)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
