import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../../api/client.ts";
import { formatDate } from "../../../ui/dates.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { type Commitment, formatDueOn, updateCommitment } from "./api.ts";

/** After any change to session work, every room, list and home-page count may have moved. */
export function useRefreshSessionWork() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["sessions"] });
    void queryClient.invalidateQueries({ queryKey: ["relationships"] });
    void queryClient.invalidateQueries({ queryKey: ["me"] });
    void queryClient.invalidateQueries({ queryKey: ["cockpit"] });
  };
}

const statusBadge: Record<Commitment["status"], { label: string; color: string }> = {
  open: { label: "Open", color: "blue" },
  done: { label: "Done", color: "mutual" },
  dropped: { label: "Let go", color: "gray" },
};

/**
 * One commitment: what, whose, by when, where it stands. Its owner can mark it done, drop it
 * with a word on why, or reopen it; everyone else just sees it.
 */
export function CommitmentRow({
  commitment,
  canWrite,
  showMadeIn = false,
}: {
  commitment: Commitment;
  canWrite: boolean;
  showMadeIn?: boolean;
}) {
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState("");
  const refresh = useRefreshSessionWork();
  const change = useMutation({
    mutationFn: (body: Parameters<typeof updateCommitment>[1]) =>
      updateCommitment(commitment.id, body),
    onSuccess: (_, body) => {
      setDropping(false);
      setReason("");
      refresh();
      notifications.show({
        message:
          body.status === "done"
            ? "Done. Nicely followed through."
            : body.status === "dropped"
              ? "Let go, with your reason kept beside it."
              : "Reopened: it'll come up again next session.",
      });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const badge = statusBadge[commitment.status];
  const actionable = canWrite && commitment.canChange;
  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text
            fw={500}
            td={commitment.status === "open" ? undefined : "line-through"}
            c={commitment.status === "open" ? undefined : "dimmed"}
          >
            {commitment.text}
          </Text>
          <Text size="sm" c="dimmed">
            {commitment.owner.name}
            {commitment.dueOn && ` · by ${formatDueOn(commitment.dueOn)}`}
            {showMadeIn && (
              <>
                {" · agreed in the "}
                <AnchorLink
                  to="/relationships/$relationshipId/sessions/$sessionId"
                  params={{
                    relationshipId: commitment.relationshipId,
                    sessionId: commitment.sessionId,
                  }}
                  size="sm"
                >
                  session of {formatDate(commitment.madeInSessionAt)}
                </AnchorLink>
              </>
            )}
          </Text>
          {commitment.status === "dropped" && commitment.dropReason && (
            <Text size="sm" c="dimmed" fs="italic">
              Why: {commitment.dropReason}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {commitment.overdue && (
            <Badge color="red" variant="light">
              Past its date
            </Badge>
          )}
          <Badge color={badge.color} variant="light">
            {badge.label}
          </Badge>
        </Group>
      </Group>
      {actionable && (
        <Group gap="xs" mt="xs">
          {commitment.status === "open" ? (
            <>
              <Button
                size="xs"
                onClick={() => change.mutate({ status: "done" })}
                loading={change.isPending}
                aria-label={`Mark “${commitment.text}” done`}
              >
                Done
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setDropping(true)}
                aria-label={`Drop “${commitment.text}”…`}
              >
                Drop…
              </Button>
            </>
          ) : (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => change.mutate({ status: "open" })}
              loading={change.isPending}
              aria-label={`Reopen “${commitment.text}”`}
            >
              Reopen
            </Button>
          )}
        </Group>
      )}
      <Modal opened={dropping} onClose={() => setDropping(false)} title="Let this one go?">
        <Text size="sm">
          Dropping something on purpose is a decision, not a failure. A word on why helps you both
          look back on it later.
        </Text>
        <Textarea
          mt="sm"
          label="Why are you letting it go?"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group mt="md" justify="flex-end">
          <Button variant="subtle" onClick={() => setDropping(false)}>
            Keep it
          </Button>
          <Button
            onClick={() => change.mutate({ status: "dropped", dropReason: reason.trim() })}
            loading={change.isPending}
            disabled={reason.trim() === ""}
          >
            Drop it
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
