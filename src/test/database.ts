import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { adminUrl, withDatabase } from "./postgres-urls.ts";

export const testDbKind = (process.env.TEST_DB ?? "pglite") as "pglite" | "postgres";

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  if (testDbKind === "pglite") {
    const tarball = fs.readFileSync(inject("pgliteTemplate"));
    const pglite = await PGlite.create({ loadDataDir: new Blob([tarball]) });
    return openDatabase({ pglite });
  }
  const name = `mutual_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
  await admin.end();
  const url = withDatabase(adminUrl(), name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
