/**
 * Progress of the dry runs and imports running in this process, by import id, for the
 * server-sent events stream the import page listens to. In memory on purpose: progress is only
 * interesting while the request doing the work runs, and the answer to that request carries the
 * result. (With several web processes, a stream opened on another process sees no progress and
 * the page shows a busy bar instead; the result is the same.)
 */
export type ImportProgress = {
  phase: "dry-run" | "apply" | "invitations";
  stage: string;
  done: number;
  total: number;
  finished: boolean;
};

type Listener = (progress: ImportProgress) => void;

const MIN_INTERVAL_MS = 100;

class ProgressHub {
  private listeners = new Map<string, Set<Listener>>();
  private running = new Map<string, ImportProgress>();
  private lastSent = new Map<string, number>();

  /** Publishes progress; intermediate steps are thinned to ten a second. */
  publish(importId: string, progress: ImportProgress) {
    const now = Date.now();
    if (!progress.finished && now - (this.lastSent.get(importId) ?? 0) < MIN_INTERVAL_MS) {
      this.running.set(importId, progress);
      return;
    }
    this.lastSent.set(importId, now);
    if (progress.finished) {
      this.running.delete(importId);
      this.lastSent.delete(importId);
    } else this.running.set(importId, progress);
    for (const listener of this.listeners.get(importId) ?? []) listener(progress);
  }

  /** Progress of a run going on now, if any. */
  current(importId: string): ImportProgress | undefined {
    return this.running.get(importId);
  }

  subscribe(importId: string, listener: Listener): () => void {
    let set = this.listeners.get(importId);
    if (!set) {
      set = new Set();
      this.listeners.set(importId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(importId);
    };
  }

  listenerCount(importId: string): number {
    return this.listeners.get(importId)?.size ?? 0;
  }
}

export const importProgress = new ProgressHub();

/** A reporter for one run: publishes each step, and `finish` when it ends (done or failed). */
export function progressReporter(importId: string, phase: ImportProgress["phase"]) {
  return {
    report(stage: string, done: number, total: number) {
      importProgress.publish(importId, { phase, stage, done, total, finished: false });
    },
    finish(stage = "Done") {
      importProgress.publish(importId, { phase, stage, done: 1, total: 1, finished: true });
    },
  };
}
