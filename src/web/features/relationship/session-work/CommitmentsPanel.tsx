import { Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import type { PanelProps } from "../RelationshipPage.tsx";
import { type Commitment, relationshipCommitmentsQuery } from "./api.ts";
import { CommitmentRow } from "./CommitmentRow.tsx";

/** Everything you've said you'd do together: what's still open, what's done, what you let go. */
export function CommitmentsPanel({ relationship }: PanelProps) {
  const query = useQuery(relationshipCommitmentsQuery(relationship.id));
  if (query.isPending) return <Skeleton h={160} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const { open, done, dropped } = query.data;
  const canWrite = relationship.status === "active";
  if (open.length + done.length + dropped.length === 0) {
    return (
      <Text c="dimmed" maw={640}>
        No commitments yet. At the end of each session, each of you says what you'll do before the
        next one; those steps gather here.
      </Text>
    );
  }
  return (
    <Stack gap="xl" maw={760}>
      <CommitmentGroup
        title="Still to do"
        empty="Nothing open: everything is done or let go."
        list={open}
        canWrite={canWrite}
      />
      <CommitmentGroup
        title="Done"
        empty="Nothing marked done yet."
        list={done}
        canWrite={canWrite}
      />
      {dropped.length > 0 && (
        <CommitmentGroup title="Let go, on purpose" empty="" list={dropped} canWrite={canWrite} />
      )}
    </Stack>
  );
}

function CommitmentGroup({
  title,
  empty,
  list,
  canWrite,
}: {
  title: string;
  empty: string;
  list: Commitment[];
  canWrite: boolean;
}) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h4">
        {title} ({list.length})
      </Title>
      <Stack gap="xs" mt="sm">
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          list.map((c) => (
            <CommitmentRow key={c.id} commitment={c} canWrite={canWrite} showMadeIn />
          ))
        )}
      </Stack>
    </section>
  );
}
