import { Alert, Anchor, Badge, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { formatDateTime } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../../ui/links.tsx";
import { usePageTitle } from "../../../ui/usePageTitle.ts";
import { useMe } from "../../auth/session.ts";
import { PageLoader } from "../../layout/PageLoader.tsx";
import { sessionsQuery } from "../sessions/api.ts";
import { SessionCard } from "../sessions/SessionCard.tsx";
import { Agenda } from "./Agenda.tsx";
import { channelLabels, type SessionRoom, sessionRoomQuery } from "./api.ts";
import { PrivateNotes, SharedNotes } from "./Notes.tsx";
import { SessionCommitments } from "./SessionCommitments.tsx";

const outcomeLabels: Record<NonNullable<SessionRoom["session"]["outcome"]>, string> = {
  held: "It happened",
  not_held: "Didn't happen",
  unclear: "Not sure it happened",
};

function relationshipTitle(room: SessionRoom, myId: string) {
  if (room.relationship.kind === "circle") return room.relationship.name ?? "your circle";
  const other = room.members.find((m) => m.id !== myId);
  return other ? `you and ${other.name}` : "your relationship";
}

/** The session room: the agenda built for you, notes together and alone, and what comes next. */
export function SessionPage() {
  const { relationshipId, sessionId } = useParams({
    from: "/app/relationships/$relationshipId/sessions/$sessionId",
  });
  const me = useMe();
  const query = useQuery(sessionRoomQuery(sessionId));
  const room = query.data;
  usePageTitle(room ? `Session on ${formatDateTime(room.session.startsAt)}` : "Session");

  if (query.isPending) return <PageLoader />;
  if (query.error || !room) return <ErrorAlert error={query.error} />;
  const { session } = room;
  const title = relationshipTitle(room, me.id);
  const detail = session.channelDetail?.trim();

  return (
    <Stack gap="lg" maw={1140}>
      <div>
        <AnchorLink
          to="/relationships/$relationshipId"
          params={{ relationshipId }}
          search={{ tab: "sessions" }}
          size="sm"
        >
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden="true" />
            Back to {title}
          </Group>
        </AnchorLink>
        <Group justify="space-between" align="flex-end" mt="xs">
          <div>
            <Text size="sm" c="dimmed">
              {session.number ? `Session ${session.number}` : "Session"}
            </Text>
            <Title order={1}>{formatDateTime(session.startsAt)}</Title>
            <Group gap="xs" mt={6}>
              <Text size="sm">
                {session.durationMinutes} minutes · {channelLabels[session.channel]}
                {detail && " · "}
              </Text>
              {detail &&
                (/^https?:\/\//i.test(detail) ? (
                  <Anchor href={detail} target="_blank" rel="noreferrer" size="sm">
                    {detail}
                  </Anchor>
                ) : (
                  <Text size="sm">{detail}</Text>
                ))}
              {session.status === "proposed" && (
                <Badge color="grape" variant="light">
                  Not confirmed yet
                </Badge>
              )}
              {session.status === "cancelled" && (
                <Badge color="gray" variant="light">
                  Cancelled
                </Badge>
              )}
              {session.outcome && (
                <Badge color={session.outcome === "held" ? "mutual" : "gray"} variant="light">
                  {outcomeLabels[session.outcome]}
                </Badge>
              )}
            </Group>
          </div>
          <Group gap="xs">
            {room.previousSessionId && (
              <ButtonLink
                to="/relationships/$relationshipId/sessions/$sessionId"
                params={{ relationshipId, sessionId: room.previousSessionId }}
                variant="default"
                size="xs"
                leftSection={<IconChevronLeft size={14} aria-hidden="true" />}
              >
                Previous session
              </ButtonLink>
            )}
            {room.nextSessionId && (
              <ButtonLink
                to="/relationships/$relationshipId/sessions/$sessionId"
                params={{ relationshipId, sessionId: room.nextSessionId }}
                variant="default"
                size="xs"
                rightSection={<IconChevronRight size={14} aria-hidden="true" />}
              >
                Next session
              </ButtonLink>
            )}
          </Group>
        </Group>
      </div>

      <SessionActions relationshipId={relationshipId} sessionId={session.id} />

      {!room.canWrite && (
        <Alert color="gray" variant="light">
          {room.relationship.status === "ended"
            ? "This relationship has closed, so this session is here to look back on. Nothing can change any more."
            : "This relationship hasn't started yet, so the session can't be prepared yet."}
        </Alert>
      )}
      {room.canWrite && session.status === "cancelled" && (
        <Alert color="gray" variant="light">
          This session was cancelled. Anything you wanted to talk about can go on the next one.
        </Alert>
      )}

      <Grid gap="lg" key={session.id}>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Agenda room={room} />
            <SessionCommitments room={room} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <SharedNotes sessionId={session.id} note={room.sharedNote} canWrite={room.canWrite} />
            <PrivateNotes sessionId={session.id} note={room.myNote} canWrite={room.canWrite} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * What's asked of me about this session's time, when anything is: confirming a proposed time,
 * or saying whether it happened (the home page sends people here for both).
 */
function SessionActions({
  relationshipId,
  sessionId,
}: {
  relationshipId: string;
  sessionId: string;
}) {
  const list = useQuery(sessionsQuery(relationshipId));
  const session = list.data
    ? [...list.data.upcoming, ...list.data.past].find((s) => s.id === sessionId)
    : undefined;
  if (!list.data || !session || !(session.canConfirm || session.needsMyAnswer)) return null;
  return <SessionCard session={session} members={list.data.members} inRoom />;
}
