import type { z } from "zod";
import type { Services } from "../context.ts";

/** A typed background job: a name, a zod payload and an idempotent handler. */
export type JobDefinition<S extends z.ZodType> = {
  name: string;
  payload: S;
  retryLimit: number;
  /**
   * A uuid naming the job from its payload: sending a job whose id is already in the queue (or
   * kept there after running) does nothing, so a payload is never enqueued twice.
   */
  jobId?: (payload: z.infer<S>) => string;
  /** A cron expression (UTC): the worker enqueues the job on this schedule, with an empty payload. */
  schedule?: string;
  /** Runs the job; throwing makes pg-boss retry it (with backoff) until retryLimit is spent. */
  handle(services: Services, payload: z.infer<S>, attempt: { final: boolean }): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry holds definitions of any payload
export type AnyJobDefinition = JobDefinition<any>;

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/** What domain code uses to enqueue work; pg-boss stands behind it. */
export type JobQueue = {
  send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.infer<S>): Promise<void>;
  /** Enqueues many jobs of one kind in a few statements (thousands of emails after a publish). */
  sendMany<S extends z.ZodType>(job: JobDefinition<S>, payloads: z.infer<S>[]): Promise<void>;
};
