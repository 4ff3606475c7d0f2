import fs from "node:fs";
import path from "node:path";
import pino, { type Logger } from "pino";
import type { Config } from "../config.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { jobDefinitions } from "../modules/jobs.ts";
import { buildApp } from "./app.ts";
import type { Services } from "./context.ts";
import { type JobRunner, startJobs } from "./jobs/boss.ts";
import { webDist } from "./plugins/web.ts";

export type Service = "web" | "worker";

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ dataDir: config.dataDir });
}

/** Builds the web app on first start, so `npm install && npm start` is enough. */
export async function ensureWebBuild(log: Logger) {
  if (fs.existsSync(path.join(webDist, "index.html"))) return;
  log.info("Building the web app (first start only; this takes a few seconds)…");
  const { build } = await import("vite");
  // Vite picks React's development build when NODE_ENV says so; the served app must be the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: path.resolve(import.meta.dirname, "../../vite.config.ts"),
      mode: "production",
      logLevel: "warn",
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export type Running = { url?: string; stop(): Promise<void> };

/**
 * Starts the requested services in this process. On the embedded database both must share one
 * process; on PostgreSQL they can run apart (`--services web` and `--services worker`).
 */
export async function startServices(
  config: Config,
  services: Service[],
  logger: Logger = pino({ level: config.logLevel }),
): Promise<Running> {
  if (services.includes("web")) await ensureWebBuild(logger);
  const database = await openConfiguredDatabase(config);
  let jobs: JobRunner | undefined;
  try {
    await migrateDatabase(database);
    jobs = await startJobs(database, jobDefinitions, logger);
    const shared: Services = { db: database.db, config, jobs };
    if (services.includes("worker")) await jobs.work(shared);
    let app: Awaited<ReturnType<typeof buildApp>> | undefined;
    let url: string | undefined;
    if (services.includes("web")) {
      app = await buildApp({ config, database, jobs, logger });
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : config.port;
      url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
    }
    logger.info(
      { services, database: database.kind, url, baseUrl: config.baseUrl },
      `Mutual is running (${services.join(" + ")}) on ${database.kind === "pglite" ? `the embedded database in ${config.dataDir}` : "PostgreSQL"}${url ? `: open ${config.baseUrl}` : ""}`,
    );
    const runner = jobs;
    return {
      url,
      async stop() {
        await app?.close();
        await runner.stop();
        await database.close();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
