import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Database } from "../db/client.ts";
import { migrationsApplied } from "../db/migrate.ts";

const status = z.object({ status: z.enum(["ok", "unavailable"]), reason: z.string().optional() });

export function registerHealth(app: FastifyInstance, database: Database) {
  const dbAnswers = async () => {
    try {
      await database.db.execute(sql`select 1`);
      return true;
    } catch {
      return false;
    }
  };
  app.get(
    "/healthz",
    {
      schema: {
        summary: "Liveness: the server runs and its database answers",
        security: [],
        tags: ["health"],
        response: { 200: status, 503: status },
      },
    },
    async (_request, reply) =>
      (await dbAnswers())
        ? { status: "ok" as const }
        : reply
            .status(503)
            .send({ status: "unavailable", reason: "The database does not answer." }),
  );
  app.get(
    "/readyz",
    {
      schema: {
        summary: "Readiness: the database answers and its migrations are applied",
        security: [],
        tags: ["health"],
        response: { 200: status, 503: status },
      },
    },
    async (_request, reply) => {
      if (!(await dbAnswers())) {
        return reply
          .status(503)
          .send({ status: "unavailable", reason: "The database does not answer." });
      }
      if (!(await migrationsApplied(database))) {
        return reply
          .status(503)
          .send({ status: "unavailable", reason: "Migrations are not applied yet." });
      }
      return { status: "ok" as const };
    },
  );
}
