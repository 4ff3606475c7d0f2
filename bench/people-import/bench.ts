/**
 * HR import on PostgreSQL: writes a deterministic CSV of N people (default 100,000) with an org
 * tree, then, in a fresh database, times what `mutual import-people` does — reading the file
 * (streamed), the dry run, the import in one transaction, and the same file again (nothing to
 * change) — against a baseline: `\copy` of the same file into a bare table, the fastest way
 * PostgreSQL takes rows in. Prints one JSON line.
 * Usage: node --import tsx bench/people-import/bench.ts [--people 100000]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { organizations, people } from "../../src/db/schema.ts";
import { detectColumns } from "../../src/modules/people-import/detect-columns.ts";
import {
  applyPeopleImport,
  planPeopleImport,
} from "../../src/modules/people-import/import-people.ts";
import { readPeopleFile } from "../../src/modules/people-import/read-file.ts";
import { adminUrl, withDatabase } from "../../src/test/postgres-urls.ts";
import { generatePeople, HEADER, toCsvLine } from "./generate.ts";

const arg = process.argv.indexOf("--people");
const PEOPLE = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const NAME = `mutual_bench_people_import_${process.pid}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-bench-import-"));
const file = path.join(dir, "people.csv");
const out = fs.createWriteStream(file);
out.write(`\uFEFF${HEADER.join(",")}\r\n`);
for (const row of generatePeople(PEOPLE)) out.write(`${toCsvLine(row)}\r\n`);
await new Promise<void>((resolve) => out.end(resolve));
const bytes = fs.statSync(file).size;

const admin = new pg.Client({ connectionString: adminUrl() });
await admin.connect();
await admin.query(`create database ${NAME}`);
const url = withDatabase(adminUrl(), NAME);
const database = await openDatabase({ databaseUrl: url });

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, Math.round(performance.now() - started)];
};

try {
  await migrateDatabase(database);
  const db = database.db;
  const [organization] = await db
    .insert(organizations)
    .values({ name: "Bench", slug: "bench" })
    .returning();
  const [actor] = await db
    .insert(people)
    .values({
      organizationId: organization?.id as string,
      email: "admin@bench.example",
      name: "Bench Admin",
      role: "admin",
      passwordHash: "x",
    })
    .returning();
  const [parsed, readMs] = await time(() => readPeopleFile(fs.createReadStream(file)));
  const input = {
    organizationId: organization?.id as string,
    actorId: actor?.id as string,
    file: parsed,
    mapping: detectColumns(parsed.headers).mapping,
    options: { fullSync: false, dateOrder: "auto" as const },
  };
  const [dry, dryRunMs] = await time(() => planPeopleImport(db, input));
  const [applied, importMs] = await time(() => applyPeopleImport(db, input));
  const [again, secondImportMs] = await time(() => applyPeopleImport(db, input));
  const linked = (
    (await db.execute(sql`select count(manager_id)::int as linked from people`)) as unknown as {
      rows: { linked: number }[];
    }
  ).rows[0]?.linked;

  // Baseline: the same file into a bare table with psql's \copy (client-side COPY ... FROM STDIN).
  await db.execute(
    sql.raw(`create table copy_baseline (${HEADER.map((_, i) => `c${i} text`).join(", ")})`),
  );
  const [, copyMs] = await time(async () =>
    execFileSync("psql", [
      url,
      "-q",
      "-c",
      `\\copy copy_baseline from '${file}' with (format csv, header true, encoding 'UTF8')`,
    ]),
  );

  const result = {
    bench: "people-import",
    people: PEOPLE,
    fileMB: Math.round((bytes / 1024 / 1024) * 10) / 10,
    readMs,
    dryRunMs,
    importMs,
    readAndImportMs: readMs + importMs,
    secondImportMs,
    copyBaselineMs: copyMs,
    created: applied.plan.created.length,
    rejected: applied.plan.rejected.length,
    managersLinked: linked,
    dryRunCreated: dry.plan.created.length,
    secondRun: {
      created: again.plan.created.length,
      updated: again.plan.updated.length,
      unchanged: again.plan.unchanged,
    },
    node: process.version,
    cpus: os.cpus().length,
  };
  console.log(JSON.stringify(result));
} finally {
  await database.close();
  await admin.query(`drop database if exists ${NAME} with (force)`);
  await admin.end();
  fs.rmSync(dir, { recursive: true, force: true });
}
