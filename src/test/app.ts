import os from "node:os";
import path from "node:path";
import type { Logger } from "pino";
import type { z } from "zod";
import { type Config, loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import { buildApp } from "../server/app.ts";
import type { Services } from "../server/context.ts";
import type { AnyJobDefinition, JobDefinition, JobQueue } from "../server/jobs/queue.ts";
import { createTestDatabase } from "./database.ts";

type QueuedJob = { job: AnyJobDefinition; payload: unknown };

/**
 * Jobs in integration tests: recorded when sent, run on demand through their real handlers
 * (pg-boss itself is exercised in jobs.int.test.ts).
 */
export class InlineJobs implements JobQueue {
  queued: QueuedJob[] = [];
  /** Job ids seen, as pg-boss keeps them: a second send with the same id does nothing. */
  ids = new Set<string>();
  async send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.infer<S>) {
    const parsed = job.payload.parse(payload);
    const id = job.jobId?.(parsed);
    if (id !== undefined) {
      if (this.ids.has(id)) return;
      this.ids.add(id);
    }
    this.queued.push({ job: job as unknown as AnyJobDefinition, payload: parsed });
  }
  async sendMany<S extends z.ZodType>(job: JobDefinition<S>, payloads: z.infer<S>[]) {
    for (const payload of payloads) await this.send(job, payload);
  }
  async runAll(services: Services) {
    const batch = this.queued.splice(0);
    for (const { job, payload } of batch) await job.handle(services, payload, { final: true });
    return batch.length;
  }
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: path.join(os.tmpdir(), "mutual-test"),
    SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
    SIGN_IN_RATE_LIMIT: "1000",
    BASE_URL: "http://mutual.test",
    ...overrides,
  });
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The real app on a fresh cloned database, driven with app.inject. */
export async function createTestApp(
  options: { config?: Record<string, string>; database?: Database; logger?: Logger } = {},
) {
  const config = testConfig(options.config);
  const database = options.database ?? (await createTestDatabase());
  const jobs = new InlineJobs();
  const app = await buildApp({
    config,
    database,
    jobs,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await app.ready();
  const services: Services = { db: database.db, config, jobs };
  return {
    app,
    database,
    db: database.db,
    jobs,
    services,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
