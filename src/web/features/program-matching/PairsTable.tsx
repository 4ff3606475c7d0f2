import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Pagination,
  Table,
  Text,
} from "@mantine/core";
import { IconLock, IconLockOpen } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import {
  excludePair,
  lockPair,
  type Proposal,
  type RunDetail,
  type RunPerson,
  swapMentors,
  unlockPair,
} from "./api.ts";

/** The proposed pairs, a page at a time, with lock, exclude, swap and "why not?". */
export function PairsTable({
  slug,
  run,
  page,
  onPage,
  onWhyNot,
  editable,
}: {
  slug: string;
  run: RunDetail;
  page: number;
  onPage: (page: number) => void;
  onWhyNot: (mentee: RunPerson) => void;
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["matching-run", slug, run.id] });
  const edit = useMutation({
    mutationFn: (action: () => Promise<void>) => action(),
    onSuccess: () => {
      setChosen([]);
      return refresh();
    },
  });
  const toggle = (p: Proposal) =>
    edit.mutate(() =>
      p.locked ? unlockPair(slug, run.id, p.mentee.id) : lockPair(slug, run.id, p.mentee.id),
    );
  const pages = Math.max(1, Math.ceil(run.pairs.total / run.pairs.pageSize));
  return (
    <>
      <ErrorAlert error={edit.error} />
      {editable && (
        <Group>
          <Button
            variant="default"
            disabled={chosen.length !== 2}
            onClick={() => edit.mutate(() => swapMentors(slug, run.id, chosen as [string, string]))}
          >
            Swap the mentors of the two chosen mentees
          </Button>
          <Text size="sm" c="dimmed">
            {chosen.length}/2 chosen
          </Text>
        </Group>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              {editable && <Table.Th w={40}>Swap</Table.Th>}
              <Table.Th>Mentee</Table.Th>
              <Table.Th>Mentor</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Why they fit</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.pairs.items.map((p) => (
              <Table.Tr key={p.mentee.id}>
                {editable && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Choose ${p.mentee.name} for a swap`}
                      checked={chosen.includes(p.mentee.id)}
                      onChange={(e) =>
                        setChosen((c) =>
                          e.currentTarget.checked
                            ? [...c, p.mentee.id].slice(-2)
                            : c.filter((id) => id !== p.mentee.id),
                        )
                      }
                    />
                  </Table.Td>
                )}
                <Table.Td>{p.mentee.name}</Table.Td>
                <Table.Td>
                  {p.mentor.name}
                  {p.locked && (
                    <Badge ml="xs" size="sm" variant="light">
                      Locked
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{p.score}</Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {p.reasons.map((r) => (
                      <List.Item key={r}>{r}</List.Item>
                    ))}
                  </List>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${p.locked ? "Unlock" : "Lock"} ${p.mentee.name} and ${p.mentor.name}`}
                        onClick={() => toggle(p)}
                      >
                        {p.locked ? <IconLock size={18} /> : <IconLockOpen size={18} />}
                      </ActionIcon>
                    )}
                    <Button size="compact-sm" variant="subtle" onClick={() => onWhyNot(p.mentee)}>
                      Why not…?
                    </Button>
                    {editable && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          edit.mutate(() => excludePair(slug, run.id, p.mentee.id, p.mentor.id))
                        }
                      >
                        Rule out
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} />}
    </>
  );
}
