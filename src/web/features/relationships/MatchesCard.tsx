import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ButtonLink } from "../../ui/links.tsx";
import { myRequestsQuery } from "../mentor-requests/api.ts";
import { myMatchesQuery } from "./api.ts";

/**
 * The home page's "your matches and requests": what needs an answer. Matches under way are on
 * the cockpit beside it.
 */
export function MatchesCard() {
  const matches = useQuery(myMatchesQuery);
  const requests = useQuery(myRequestsQuery);
  const proposed = matches.data?.relationships.filter((m) => m.canConfirm) ?? [];
  const waiting = requests.data?.incoming.filter((r) => r.status === "pending") ?? [];
  const sent = requests.data?.outgoing.filter((r) => r.status === "pending") ?? [];
  if (!matches.data || !requests.data) return null;
  const choose = requests.data?.canChooseIn ?? [];
  if (proposed.length + waiting.length + sent.length + choose.length === 0) {
    return null;
  }
  return (
    <Card padding="lg" radius="md" withBorder component="section" aria-labelledby="matches-card">
      <Title order={2} size="h3" id="matches-card">
        Your matches and requests
      </Title>
      <Stack gap="xs" mt="sm">
        {choose.map((p) => (
          <Group key={p.slug} justify="space-between">
            <Text size="sm">You can choose your mentor in {p.name}.</Text>
            <ButtonLink to="/programs/$slug/choose" params={{ slug: p.slug }} size="xs">
              Choose a mentor
            </ButtonLink>
          </Group>
        ))}
        {waiting.length > 0 && (
          <Group justify="space-between">
            <Text size="sm">
              {waiting.length === 1
                ? `${waiting[0]?.mentee.name} would like you as their mentor.`
                : `${waiting.length} colleagues would like you as their mentor.`}
            </Text>
            <ButtonLink to="/requests" size="xs">
              Answer
            </ButtonLink>
          </Group>
        )}
        {proposed.length > 0 && (
          <Group justify="space-between">
            <Text size="sm">
              {proposed.length === 1
                ? `A match with ${proposed[0]?.other.name} is waiting for your answer.`
                : `${proposed.length} matches are waiting for your answer.`}
            </Text>
            <ButtonLink to="/matches" size="xs">
              Have a look
            </ButtonLink>
          </Group>
        )}
        {sent.map((r) => (
          <Group key={r.id} justify="space-between">
            <Text size="sm">
              Your request to {r.mentor.name} ({r.program.name})
            </Text>
            <Badge variant="light" color="gray">
              {r.sentAt ? "With the mentor" : "Waiting its turn"}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
