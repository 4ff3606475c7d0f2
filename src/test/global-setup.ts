import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { adminUrl, withDatabase } from "./postgres-urls.ts";

const TMP = path.resolve(".tmp");

/**
 * Migrates one template per run: a PGlite data dir dumped to a tarball, or a PostgreSQL template
 * database. Each test file then clones it, which takes milliseconds instead of a migration.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB ?? "pglite";
  fs.mkdirSync(TMP, { recursive: true });
  if (kind === "pglite") {
    const pglite = await PGlite.create();
    const database = await openDatabase({ pglite });
    await migrateDatabase(database);
    const dump = await pglite.dumpDataDir("none");
    const file = path.join(TMP, `pglite-template-${process.pid}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
    project.provide("pgliteTemplate", file);
    return () => fs.rmSync(file, { force: true });
  }
  const template = `mutual_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({
    databaseUrl: withDatabase(adminUrl(), template),
    poolSize: 1,
  });
  await migrateDatabase(database);
  await database.close();
  await admin.end();
  project.provide("postgresTemplate", template);
  return async () => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`mutual_t_${process.pid}_%`],
    );
    for (const row of rows)
      await client.query(`drop database if exists ${row.datname} with (force)`);
    await client.query(`drop database if exists ${template} with (force)`);
    await client.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
