import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import { answerAttendance, type Session, type SessionMember, useRefreshSession } from "./api.ts";

const outcomeWords = {
  held: "Thanks: it's counted as held.",
  not_held: "Noted: it didn't happen. Plan the next one when you're ready.",
  unclear: "Noted. You don't quite agree on what happened, and that's fine.",
} as const;

/** "Did it happen?" for a session whose time is over. */
export function AttendancePrompt({
  session,
  members,
}: {
  session: Session;
  members: SessionMember[];
}) {
  const refresh = useRefreshSession(session);
  const others = members.filter((m) => !m.isMe);
  const [choosingAbsent, setChoosingAbsent] = useState(false);
  const [absent, setAbsent] = useState<string[]>([]);
  const answer = useMutation({
    mutationFn: (body: { tookPlace: boolean; absentIds?: string[] }) =>
      answerAttendance(session.id, body),
    onSuccess: (result) => {
      notifications.show({
        message: result.outcome ? outcomeWords[result.outcome] : "Thanks for letting us know.",
      });
      void refresh();
    },
  });
  const sessionPage = (
    <AnchorLink
      to="/relationships/$relationshipId/sessions/$sessionId"
      params={{ relationshipId: session.relationshipId, sessionId: session.id }}
    >
      the session page
    </AnchorLink>
  );

  return (
    <Stack gap="xs">
      <Text fw={600}>Did it happen?</Text>
      {!session.hasCommitment && (
        <Text size="sm" c="dimmed">
          Every session ends with at least one commitment to action. If you met, add yours on{" "}
          {sessionPage} first, then come back to say yes.
        </Text>
      )}
      {choosingAbsent && others.length > 1 ? (
        <Stack gap="xs">
          <Checkbox.Group label="Who couldn't come?" value={absent} onChange={setAbsent}>
            <Stack gap={4} mt={4}>
              {others.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button
              size="xs"
              disabled={absent.length === 0}
              loading={answer.isPending}
              onClick={() => answer.mutate({ tookPlace: true, absentIds: absent })}
            >
              We met without them
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={absent.length === 0}
              loading={answer.isPending}
              onClick={() => answer.mutate({ tookPlace: false, absentIds: absent })}
            >
              So it didn't happen
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setChoosingAbsent(false)}>
              Back
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="xs">
          <Button
            size="xs"
            loading={answer.isPending}
            onClick={() => answer.mutate({ tookPlace: true })}
          >
            Yes, we met
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={answer.isPending}
            onClick={() => answer.mutate({ tookPlace: false })}
          >
            No, it didn't happen
          </Button>
          {others.length > 0 && (
            <Button
              size="xs"
              variant="default"
              loading={answer.isPending}
              onClick={() =>
                others.length === 1
                  ? answer.mutate({ tookPlace: false, absentIds: others.map((m) => m.id) })
                  : setChoosingAbsent(true)
              }
            >
              {others.length === 1 ? `${others[0]?.name} couldn't come` : "Someone couldn't come"}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={answer.error} />
    </Stack>
  );
}
