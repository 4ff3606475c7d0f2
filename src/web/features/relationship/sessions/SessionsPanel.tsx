import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import type { PanelProps } from "../RelationshipPage.tsx";
import {
  proposeSession,
  type SessionList,
  type SessionTimeInput,
  sessionsKey,
  sessionsQuery,
} from "./api.ts";
import { PlanSessionForm } from "./PlanSessionForm.tsx";
import { SessionCard } from "./SessionCard.tsx";
import { myTimeZone, suggestedStart } from "./times.ts";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Why planning isn't open, and where to go about it. */
function NotYet({ data, relationshipId }: { data: SessionList; relationshipId: string }) {
  if (data.planBlockedBy === "no_agreement") {
    return (
      <Alert color="blue" title="First, your agreement">
        Sessions can be planned once you've settled your agreement together: how often you meet, for
        how long, and how. When everyone has accepted it, come back here to pick a time.{" "}
        <AnchorLink
          to="/relationships/$relationshipId"
          params={{ relationshipId }}
          search={{ tab: "agreement" }}
        >
          Go to the agreement
        </AnchorLink>
      </Alert>
    );
  }
  if (data.planBlockedBy === "not_started") {
    return (
      <Alert color="blue" title="Not started yet">
        This relationship begins once everyone has confirmed it. Then you can agree how you'll work
        together and plan your first session.
      </Alert>
    );
  }
  if (data.planBlockedBy === "closed") {
    return (
      <Text c="dimmed">
        This relationship has closed, so no new sessions can be planned. Your past sessions stay
        here.
      </Text>
    );
  }
  return null;
}

/** The sessions tab: what's coming (with everyone's local time), planning, and what has been. */
export function SessionsPanel({ relationship }: PanelProps) {
  const query = useQuery(sessionsQuery(relationship.id));
  const queryClient = useQueryClient();
  const [planning, setPlanning] = useState(false);
  const propose = useMutation({
    mutationFn: (body: SessionTimeInput) => proposeSession(relationship.id, body),
    onSuccess: (result) => {
      setPlanning(false);
      notifications.show({
        message:
          result.status === "confirmed"
            ? "Planned. A calendar invite is on its way to everyone."
            : "Proposed. We've let the others know; it's confirmed once they say yes.",
      });
      void queryClient.invalidateQueries({ queryKey: sessionsKey(relationship.id) });
    },
  });

  if (query.isPending) return <Skeleton h={200} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const data = query.data;
  const zone = myTimeZone(data.members, deviceZone());
  const counts = data.counts;
  const summary = [
    plural(counts.held, "session held", "sessions held"),
    counts.upcoming > 0 ? `${counts.upcoming} coming up` : null,
    counts.awaitingAnswers > 0 ? `${counts.awaitingAnswers} waiting for answers` : null,
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text c="dimmed" size="sm">
          {summary}
        </Text>
        {data.canPlan && !planning && (
          <Button onClick={() => setPlanning(true)}>Plan a session</Button>
        )}
      </Group>

      <NotYet data={data} relationshipId={relationship.id} />

      {data.canPlan && planning && (
        <Card withBorder padding="lg" radius="md">
          <Title order={2} size="h4" mb="sm">
            Plan a session
          </Title>
          <PlanSessionForm
            members={data.members}
            initial={{
              local: suggestedStart(new Date(), zone),
              durationMinutes: data.defaults.durationMinutes,
              channel: data.defaults.channel,
              channelDetail: data.defaults.channelDetail,
            }}
            submitLabel={
              relationship.kind === "circle" && relationship.myRole === "facilitator"
                ? "Plan it"
                : "Propose this time"
            }
            pending={propose.isPending}
            error={propose.error}
            onSubmit={(body) => propose.mutate(body)}
            onCancel={() => setPlanning(false)}
          />
        </Card>
      )}

      <section aria-labelledby="upcoming-sessions">
        <Title order={2} size="h4" id="upcoming-sessions" mb="sm">
          Coming up
        </Title>
        {data.upcoming.length === 0 ? (
          <Text c="dimmed">
            {data.canPlan
              ? "Nothing planned yet. Pick a time that suits you both."
              : "Nothing planned."}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {data.upcoming.map((session) => (
              <SessionCard key={session.id} session={session} members={data.members} />
            ))}
          </Stack>
        )}
      </section>

      {data.past.length > 0 && (
        <section aria-labelledby="past-sessions">
          <Title order={2} size="h4" id="past-sessions" mb="sm">
            Past sessions
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {data.past.map((session) => (
              <SessionCard key={session.id} session={session} members={data.members} />
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
