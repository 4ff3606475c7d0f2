import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import {
  matchingRunQuery,
  matchingRunsQuery,
  programForMatchingQuery,
  publishRun,
  startRun,
} from "./api.ts";
import { RunPreview } from "./RunPreview.tsx";
import { WeightsForm } from "./WeightsForm.tsx";

const STEP = (progress: number) =>
  progress < 30
    ? "Reading who enrolled…"
    : progress < 45
      ? "Scoring every possible pair…"
      : progress < 80
        ? "Finding the best arrangement for the whole group…"
        : "Writing down the reasons…";

/** /programs/$slug/matching: tune the weights, find matches, review and edit, publish. */
export function MatchingPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/matching" });
  usePageTitle("Matching");
  const queryClient = useQueryClient();
  const program = useQuery(programForMatchingQuery(slug));
  const runs = useQuery(matchingRunsQuery(slug));
  const [runId, setRunId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState(false);
  const [startProgram, setStartProgram] = useState(true);
  const currentId = runId ?? runs.data?.find((r) => r.status !== "discarded")?.id ?? null;
  const run = useQuery({
    ...matchingRunQuery(slug, currentId ?? "", page),
    enabled: currentId !== null,
  });

  const start = useMutation({
    mutationFn: (rerunOf?: string) => startRun(slug, rerunOf),
    onSuccess: (created) => {
      setRunId(created.id);
      setPage(1);
      return queryClient.invalidateQueries({ queryKey: ["matching-runs", slug] });
    },
  });
  const publish = useMutation({
    mutationFn: () => publishRun(slug, currentId as string, startProgram),
    onSuccess: () => {
      setConfirming(false);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ["matching-run", slug] }),
        queryClient.invalidateQueries({ queryKey: ["program", slug] }),
      ]);
    },
  });

  if (program.error) return <ErrorAlert error={program.error} />;
  if (!program.data) return <Skeleton h={400} />;
  const detail = run.data;
  const working = detail?.status === "queued" || detail?.status === "running";
  const editable = detail?.status === "done";

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Matching: {program.data.name}</Title>
        <Text c="dimmed" mt={6}>
          Mutual looks at the whole group at once and finds the arrangement that gives the most
          people a mentor, then the best fit overall: nobody is matched first-come-first-served.
        </Text>
      </div>
      <WeightsForm key={JSON.stringify(program.data.matching)} program={program.data} />
      <ErrorAlert error={start.error ?? runs.error ?? run.error} />
      <Group>
        <Button
          onClick={() => start.mutate(undefined)}
          loading={start.isPending}
          disabled={working}
        >
          Find matches
        </Button>
        {editable && detail && (
          <>
            <Button variant="default" onClick={() => start.mutate(detail.id)} disabled={working}>
              Run again, keeping locked pairs
            </Button>
            <Button onClick={() => setConfirming(true)} disabled={detail.pairs.total === 0}>
              Publish these matches
            </Button>
          </>
        )}
      </Group>
      {working && detail && (
        <Stack gap={6} aria-live="polite">
          <Text>{STEP(detail.progress)}</Text>
          <Progress value={detail.progress} animated aria-label="Matching progress" />
        </Stack>
      )}
      {detail?.status === "failed" && (
        <Alert color="red" role="alert">
          {detail.error}
        </Alert>
      )}
      {detail?.status === "published" && (
        <Alert color="teal">
          These matches are published: both people in each pair have been told.
        </Alert>
      )}
      {detail && !working && detail.status !== "failed" && (
        <RunPreview slug={slug} run={detail} page={page} onPage={setPage} editable={editable} />
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Publish these matches?"
      >
        <Stack>
          <Text>
            {detail?.pairs.total} pairs become mentoring relationships
            {program.data.matching.mode === "hybrid"
              ? ", proposed until both people confirm"
              : ", starting today"}
            . Everyone in a pair is told by email and in Mutual. Other runs are set aside.
          </Text>
          {program.data.state === "matching" && (
            <Checkbox
              label="Also move the program to running"
              checked={startProgram}
              onChange={(e) => setStartProgram(e.currentTarget.checked)}
            />
          )}
          <ErrorAlert error={publish.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Not yet
            </Button>
            <Button onClick={() => publish.mutate()} loading={publish.isPending}>
              Publish
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
