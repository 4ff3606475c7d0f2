import { Button, Group, Modal, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import {
  mergeSkills,
  rejectProposal,
  type SkillProposal,
  type SkillSummary,
  skillProposalsQuery,
} from "./api.ts";
import type { SkillFormMode } from "./SkillFormModal.tsx";
import { SkillPicker } from "./SkillPicker.tsx";

const usedBy = (count: number) =>
  count === 0
    ? "Not on anyone's profile yet"
    : count === 1
      ? "On 1 profile"
      : `On ${count} profiles`;

/** Proposed skills, oldest first: approve (with corrections), merge into an existing skill, or reject. */
export function SkillProposalsQueue({ onApprove }: { onApprove: (mode: SkillFormMode) => void }) {
  const queryClient = useQueryClient();
  const proposals = useQuery(skillProposalsQuery());
  const [merging, setMerging] = useState<SkillProposal | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["skills"] });
  const reject = useMutation({
    mutationFn: (proposal: SkillProposal) => rejectProposal(proposal.id),
    onSuccess: async (_, proposal) => {
      await refresh();
      notifications.show({ message: `“${proposal.name}” was turned down and removed.` });
    },
  });

  if (proposals.isPending) return <Skeleton h={120} />;
  if (proposals.isError) return <ErrorAlert error={proposals.error} />;
  if (proposals.data.length === 0) {
    return (
      <Text c="dimmed">No proposals waiting. When someone proposes a skill, it shows here.</Text>
    );
  }
  return (
    <Stack>
      <ErrorAlert error={reject.error} />
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {proposals.data.map((proposal) => (
          <Paper key={proposal.id} withBorder p="sm" component="li">
            <Group justify="space-between" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} className="mutual-break">
                  {proposal.name}
                </Text>
                <Text size="sm" c="dimmed">
                  Proposed by {proposal.proposedBy?.name ?? "someone who has left"} on{" "}
                  {formatDate(proposal.proposedAt)} · {usedBy(proposal.peopleCount)}
                  {proposal.category ? ` · ${proposal.category}` : ""}
                </Text>
                {proposal.description && (
                  <Text size="sm" mt={4} className="mutual-break">
                    {proposal.description}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                <Button size="xs" onClick={() => onApprove({ kind: "approve", skill: proposal })}>
                  Approve…
                </Button>
                <Button size="xs" variant="light" onClick={() => setMerging(proposal)}>
                  Merge into…
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={reject.isPending && reject.variables?.id === proposal.id}
                  onClick={() => {
                    const question =
                      proposal.peopleCount > 0
                        ? `Reject “${proposal.name}”? It will also come off the ${proposal.peopleCount === 1 ? "profile" : `${proposal.peopleCount} profiles`} that use it.`
                        : `Reject “${proposal.name}”?`;
                    if (window.confirm(question)) reject.mutate(proposal);
                  }}
                >
                  Reject
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <MergeProposalModal proposal={merging} onClose={() => setMerging(null)} onMerged={refresh} />
    </Stack>
  );
}

function MergeProposalModal({
  proposal,
  onClose,
  onMerged,
}: {
  proposal: SkillProposal | null;
  onClose: () => void;
  onMerged: () => Promise<unknown>;
}) {
  const [target, setTarget] = useState<SkillSummary | null>(null);
  const merge = useMutation({
    mutationFn: () => mergeSkills(proposal?.id ?? "", target?.id ?? ""),
    onSuccess: async (kept) => {
      await onMerged();
      notifications.show({
        message: `“${proposal?.name}” is now a synonym of “${kept.name}”, and everyone who used it has “${kept.name}” instead.`,
      });
      close();
    },
  });
  function close() {
    setTarget(null);
    merge.reset();
    onClose();
  }
  return (
    <Modal opened={proposal !== null} onClose={close} title={`Merge “${proposal?.name}” into…`}>
      <Stack>
        <Text size="sm">
          Choose the existing skill it means. Everyone who has “{proposal?.name}” on their profile
          gets that skill instead, and “{proposal?.name}” becomes one of its synonyms.
        </Text>
        {target ? (
          <Group justify="space-between">
            <Text fw={600}>{target.name}</Text>
            <Button size="compact-sm" variant="subtle" onClick={() => setTarget(null)}>
              Change
            </Button>
          </Group>
        ) : (
          <SkillPicker
            label="The skill to keep"
            allowPropose={false}
            placeholder="Search the approved skills"
            exclude={proposal ? [proposal.id] : []}
            onPick={(skill) => setTarget(skill)}
          />
        )}
        <ErrorAlert error={merge.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button disabled={!target} loading={merge.isPending} onClick={() => merge.mutate()}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
