import { useEffect, useState } from "react";

export type ImportProgress = {
  phase: "dry-run" | "apply" | "invitations";
  stage: string;
  done: number;
  total: number;
  finished: boolean;
};

/**
 * Listens to an import's progress (server-sent events) while `active`; the stream is opened
 * before the work is started, and closed when the caller is done waiting.
 */
export function useImportProgress(importId: string | undefined, active: boolean) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!importId || !active || typeof EventSource === "undefined") return;
    setProgress(null);
    const source = new EventSource(`/api/people-imports/${importId}/events`);
    const onMessage = (event: MessageEvent<string>) => {
      try {
        setProgress(JSON.parse(event.data) as ImportProgress);
      } catch {
        // A malformed event only means no progress is shown.
      }
    };
    source.addEventListener("progress", onMessage);
    source.addEventListener("done", onMessage);
    return () => source.close();
  }, [importId, active]);
  return active ? progress : null;
}

/** Percent done, or null while there is nothing to measure yet (an indeterminate bar). */
export function percentOf(progress: ImportProgress | null): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}
