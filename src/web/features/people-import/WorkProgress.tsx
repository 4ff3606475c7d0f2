import { Progress, Stack, Text } from "@mantine/core";
import { type ImportProgress, percentOf } from "./useImportProgress.ts";

/** A progress bar for a dry run or an import: measured when the server says how far it is. */
export function WorkProgress({
  label,
  progress,
}: {
  label: string;
  progress: ImportProgress | null;
}) {
  const percent = percentOf(progress);
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Text size="sm" fw={600}>
        {label}
        {progress && !progress.finished ? ` — ${progress.stage.toLowerCase()}` : ""}
      </Text>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        size="lg"
        aria-label={label}
        aria-valuetext={
          percent === null
            ? "Working…"
            : `${percent}% (${progress?.done.toLocaleString()} of ${progress?.total.toLocaleString()})`
        }
      />
      {percent !== null && (
        <Text size="xs" c="dimmed">
          {percent}% · {progress?.done.toLocaleString()} of {progress?.total.toLocaleString()}
        </Text>
      )}
    </Stack>
  );
}
