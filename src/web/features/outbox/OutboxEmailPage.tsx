import {
  Alert,
  Badge,
  Card,
  Divider,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { ApiError } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { outboxEmailQuery, statusColors, statusLabels } from "./api.ts";
import { LinkifiedText } from "./LinkifiedText.tsx";

export function OutboxEmailPage() {
  const { emailId } = useParams({ from: "/app/admin/admin/outbox/$emailId" });
  const email = useQuery(outboxEmailQuery(emailId));
  usePageTitle(email.data?.subject ?? "Email");

  const back = (
    <AnchorLink to="/admin/outbox" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        Back to the outbox
      </Group>
    </AnchorLink>
  );

  if (email.isPending) {
    return (
      <Stack maw={820} aria-busy="true">
        {back}
        <Title order={1}>Loading email…</Title>
        <Skeleton h={120} />
        <Skeleton h={240} />
      </Stack>
    );
  }

  if (email.isError) {
    const missing = email.error instanceof ApiError && email.error.status === 404;
    return (
      <Stack maw={820}>
        {back}
        <Title order={1}>Email not available</Title>
        {missing ? (
          <Alert color="gray">
            This email isn't kept here. Either it doesn't exist, or a mail server is configured and
            messages are sent straight away.
          </Alert>
        ) : (
          <ErrorAlert error={email.error} />
        )}
      </Stack>
    );
  }

  const message = email.data;
  return (
    <Stack maw={820}>
      {back}
      <Title order={1} className="mutual-break">
        {message.subject}
      </Title>
      <Card>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Meta label="To" value={message.to} />
          <Meta
            label="Status"
            value={
              <Badge variant="light" color={statusColors[message.status]}>
                {statusLabels[message.status]}
              </Badge>
            }
          />
          <Meta label="Created" value={formatDateTime(message.createdAt)} />
          <Meta label="Sent" value={formatDateTime(message.sentAt)} />
          {message.hasCalendarInvite && <Meta label="Attached" value="A calendar invite (.ics)" />}
        </SimpleGrid>
        {message.lastError && (
          <Text size="sm" c="red.9" mt="sm">
            Last error: {message.lastError}
          </Text>
        )}
        <Divider my="md" />
        <Title order={2} size="h4" mb="sm">
          Message
        </Title>
        <LinkifiedText text={message.text} />
      </Card>
    </Stack>
  );
}

function Meta({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text component="div" size="sm" className="mutual-break">
        {value}
      </Text>
    </div>
  );
}
