import { Button, Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { RunDetail, RunPerson } from "./api.ts";
import { PairsTable } from "./PairsTable.tsx";
import { ScoreChart } from "./ScoreChart.tsx";
import { WhyNotModal } from "./WhyNotModal.tsx";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

/** A finished run: figures, score spread, mentor load, the pairs, and who is unmatched and why. */
export function RunPreview({
  slug,
  run,
  page,
  onPage,
  editable,
}: {
  slug: string;
  run: RunDetail;
  page: number;
  onPage: (page: number) => void;
  editable: boolean;
}) {
  const [whyNotFor, setWhyNotFor] = useState<RunPerson | null>(null);
  const stats = run.stats;
  const load = run.mentorLoad;
  return (
    <Stack gap="lg">
      {stats && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label="Mentees matched" value={`${stats.matched} of ${stats.mentees}`} />
          <Figure label="Mentors" value={String(stats.mentors)} />
          <Figure label="Places used" value={`${load.placesUsed} of ${load.places}`} />
          <Figure label="Locked pairs" value={String(run.lockedCount)} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            How well the pairs fit
          </Title>
          <ScoreChart buckets={run.scoreBuckets} />
        </Card>
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            Mentor load
          </Title>
          <List spacing={4}>
            <List.Item>{load.full} mentors with every place taken</List.Item>
            <List.Item>{load.partly} with places still free</List.Item>
            <List.Item>{load.unused} without a mentee in this run</List.Item>
          </List>
        </Card>
      </SimpleGrid>
      <div>
        <Title order={3} size="h4" mb="sm">
          Pairs ({run.pairs.total})
        </Title>
        <PairsTable
          slug={slug}
          run={run}
          page={page}
          onPage={onPage}
          onWhyNot={setWhyNotFor}
          editable={editable}
        />
      </div>
      <div>
        <Title order={3} size="h4" mb="sm">
          Without a mentor ({run.unmatched.total})
        </Title>
        {run.unmatched.total === 0 ? (
          <Text c="dimmed">Everyone has a mentor.</Text>
        ) : (
          <List spacing="xs">
            {run.unmatched.items.map((u) => (
              <List.Item key={u.person.id}>
                <Text span fw={600}>
                  {u.person.name}
                </Text>
                : {u.text}{" "}
                <Button size="compact-sm" variant="subtle" onClick={() => setWhyNotFor(u.person)}>
                  Why not a given mentor?
                </Button>
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <WhyNotModal
        slug={slug}
        runId={run.id}
        mentee={whyNotFor}
        onClose={() => setWhyNotFor(null)}
      />
    </Stack>
  );
}
