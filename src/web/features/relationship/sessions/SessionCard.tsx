import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import { AttendancePrompt } from "./AttendancePrompt.tsx";
import {
  cancelSession,
  channelLabels,
  confirmSession,
  rescheduleSession,
  type Session,
  type SessionMember,
  type SessionTimeInput,
  useRefreshSession,
} from "./api.ts";
import { PlanSessionForm } from "./PlanSessionForm.tsx";
import { describeSessionTime, myTimeZone, toMyInput } from "./times.ts";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function StatusBadge({ session }: { session: Session }) {
  const badge = (color: string, label: string) => (
    <Badge variant="light" color={color} miw="max-content">
      {label}
    </Badge>
  );
  if (session.status === "cancelled") return badge("gray", "Cancelled");
  if (session.hasEnded) {
    if (session.outcome === "held") return badge("mutual", "Held");
    if (session.outcome === "not_held") return badge("gray", "Didn't happen");
    if (session.outcome === "unclear") return badge("violet", "Unclear");
    return badge("blue", "Waiting for answers");
  }
  if (session.status === "proposed") return badge("grape", "Proposed");
  return badge("mutual", "Confirmed");
}

function waitingWords(session: Session): string | null {
  if (session.status !== "proposed" || session.hasEnded) return null;
  if (session.proposedByMe) return "You proposed this time; it's waiting to be confirmed.";
  if (session.canConfirm)
    return `${session.proposedBy?.name ?? "Someone"} proposed this time. Does it work for you?`;
  return `${session.proposedBy?.name ?? "Someone"} proposed this time; it's waiting to be confirmed.`;
}

/** One session: when it is for everyone, how, and what I can do with it. */
export function SessionCard({
  session,
  members,
  inRoom = false,
}: {
  session: Session;
  members: SessionMember[];
  /** Shown on the session's own page: no link to it. */
  inRoom?: boolean;
}) {
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const refresh = useRefreshSession(session);
  const confirm = useMutation({
    mutationFn: () => confirmSession(session.id),
    onSuccess: () => {
      notifications.show({ message: "Confirmed. A calendar invite is on its way to everyone." });
      void refresh();
    },
  });
  const move = useMutation({
    mutationFn: (body: SessionTimeInput) => rescheduleSession(session.id, body),
    onSuccess: (result) => {
      setMoving(false);
      notifications.show({
        message:
          result.status === "confirmed"
            ? "Moved. Everyone's calendar is updated."
            : "New time proposed. It's confirmed once the others say yes.",
      });
      void refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelSession(session.id),
    onSuccess: () => {
      setCancelling(false);
      notifications.show({ message: "Cancelled. Everyone has been told." });
      void refresh();
    },
  });
  const noShows = members.filter((m) => session.noShowIds.includes(m.id));
  const waiting = waitingWords(session);
  const cancelled = session.status === "cancelled";

  return (
    <Card withBorder padding="md" radius="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} td={cancelled ? "line-through" : undefined}>
              {describeSessionTime(session.startsAt, members, deviceZone())}
            </Text>
            <Text size="sm" c="dimmed">
              {session.durationMinutes} minutes · {channelLabels[session.channel]}
              {session.channelDetail && !cancelled && !session.hasEnded && (
                <>
                  {" · "}
                  {/^https?:\/\//i.test(session.channelDetail) ? (
                    <Anchor href={session.channelDetail} target="_blank" rel="noreferrer">
                      {session.channelDetail}
                    </Anchor>
                  ) : (
                    session.channelDetail
                  )}
                </>
              )}
            </Text>
          </div>
          <StatusBadge session={session} />
        </Group>
        {waiting && <Text size="sm">{waiting}</Text>}
        {cancelled && (
          <Text size="sm" c="dimmed">
            Cancelled by {session.cancelledBy?.name ?? "someone"}.
          </Text>
        )}
        {noShows.length > 0 && (
          <Text size="sm" c="dimmed">
            Couldn't come: {noShows.map((m) => (m.isMe ? "you" : m.name)).join(", ")}.
          </Text>
        )}
        {session.needsMyAnswer && <AttendancePrompt session={session} members={members} />}
        {moving ? (
          <PlanSessionForm
            members={members}
            initial={{
              local: toMyInput(session.startsAt, myTimeZone(members, deviceZone())),
              durationMinutes: session.durationMinutes,
              channel: session.channel,
              channelDetail: session.channelDetail,
            }}
            submitLabel="Propose this time"
            pending={move.isPending}
            error={move.error}
            onSubmit={(body) => move.mutate(body)}
            onCancel={() => setMoving(false)}
          />
        ) : (
          <Group gap="xs">
            {session.canConfirm && (
              <Button size="xs" loading={confirm.isPending} onClick={() => confirm.mutate()}>
                Confirm this time
              </Button>
            )}
            {session.canChange && (
              <Button size="xs" variant="default" onClick={() => setMoving(true)}>
                Move it
              </Button>
            )}
            {session.canChange &&
              (cancelling ? (
                <>
                  <Button
                    size="xs"
                    color="red"
                    loading={cancel.isPending}
                    onClick={() => cancel.mutate()}
                  >
                    Yes, cancel it
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setCancelling(false)}>
                    Keep it
                  </Button>
                </>
              ) : (
                <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(true)}>
                  Cancel session
                </Button>
              ))}
            {session.status === "confirmed" && !session.hasEnded && (
              <Button
                size="xs"
                variant="subtle"
                component="a"
                href={`${session.calendarUrl}`}
                download
              >
                Add to calendar
              </Button>
            )}
            {!cancelled && !inRoom && (
              <AnchorLink
                size="sm"
                to="/relationships/$relationshipId/sessions/$sessionId"
                params={{ relationshipId: session.relationshipId, sessionId: session.id }}
              >
                Agenda and notes
              </AnchorLink>
            )}
          </Group>
        )}
        <ErrorAlert error={confirm.error ?? cancel.error} />
      </Stack>
    </Card>
  );
}
