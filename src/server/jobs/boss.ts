import { fromPglite, PgBoss } from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../../db/client.ts";
import type { Services } from "../context.ts";
import type { AnyJobDefinition, JobQueue } from "./queue.ts";

export type JobRunner = JobQueue & {
  /** Starts workers for every definition (the `worker` service). */
  work(services: Services): Promise<void>;
  stop(): Promise<void>;
};

/** pg-boss in the same database as the product: on PGlite through its adapter, on PostgreSQL through a pool. */
export async function startJobs(
  database: Database,
  definitions: AnyJobDefinition[],
  log: Logger,
): Promise<JobRunner> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", schema: "pgboss" })
    : new PgBoss({ connectionString: database.connectionString, max: 4, schema: "pgboss" });
  boss.on("error", (error) => log.error({ err: error }, "job system error"));
  await boss.start();
  for (const definition of definitions) {
    await boss.createQueue(definition.name, {
      retryLimit: definition.retryLimit,
      retryDelay: 5,
      retryBackoff: true,
    });
  }
  return {
    async send(job, payload) {
      const data = job.payload.parse(payload);
      await boss.send(job.name, data as object, job.jobId ? { id: job.jobId(data) } : {});
    },
    async sendMany(job, payloads) {
      // pg-boss refuses a batch naming one id twice; an id already queued is skipped by it.
      const seen = new Set<string>();
      const inserts = payloads.flatMap((payload) => {
        const data = job.payload.parse(payload);
        const id = job.jobId?.(data);
        if (id !== undefined) {
          if (seen.has(id)) return [];
          seen.add(id);
        }
        const retry = { retryLimit: job.retryLimit, retryDelay: 5, retryBackoff: true };
        return [{ ...(id === undefined ? {} : { id }), data: data as object, ...retry }];
      });
      for (let at = 0; at < inserts.length; at += 1000) {
        await boss.insert(job.name, inserts.slice(at, at + 1000));
      }
    },
    async work(services) {
      for (const definition of definitions) {
        if (definition.schedule) {
          await boss.schedule(definition.name, definition.schedule, {});
          await boss.send(definition.name, {}); // and once now, at start
        }
        await boss.work(definition.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
          for (const job of jobs) {
            const retryCount = (job as { retryCount?: number }).retryCount ?? 0;
            await definition.handle(services, definition.payload.parse(job.data), {
              final: retryCount >= definition.retryLimit,
            });
          }
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
