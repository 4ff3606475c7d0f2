import { PassThrough } from "node:stream";
import { importProgress } from "./progress.ts";

export type EventStreamOptions = {
  /** Give up when no run starts within this time. */
  idleMs?: number;
  /** Never stay open longer than this. */
  maxMs?: number;
  heartbeatMs?: number;
};

/**
 * A `text/event-stream` of one import's progress: `progress` events while a dry run, import or
 * invitation batch runs, then one `done` event, and the stream ends. Opened before the work
 * starts, it waits for it (up to `idleMs`).
 */
export function progressEventStream(importId: string, options: EventStreamOptions = {}) {
  const { idleMs = 30_000, maxMs = 10 * 60_000, heartbeatMs = 15_000 } = options;
  const stream = new PassThrough();
  let ended = false;
  let seenRun = false;
  const send = (event: string, data: unknown) => {
    if (!ended) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = () => {};
  const end = () => {
    if (ended) return;
    ended = true;
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
    stream.end();
  };

  stream.write("retry: 2000\n\n");
  const running = importProgress.current(importId);
  if (running) {
    seenRun = true;
    send("progress", running);
  }
  unsubscribe = importProgress.subscribe(importId, (progress) => {
    seenRun = true;
    send(progress.finished ? "done" : "progress", progress);
    if (progress.finished) end();
  });
  timers.push(
    setTimeout(() => {
      if (!seenRun) end();
    }, idleMs),
    setTimeout(end, maxMs),
    setInterval(() => {
      if (!ended) stream.write(": still working\n\n");
    }, heartbeatMs),
  );
  stream.on("close", end);
  return { stream, end };
}
