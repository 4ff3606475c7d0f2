/**
 * Org chart on 100,000 people (PostgreSQL): builds an organization with a tree 6 levels deep in
 * a scratch database, then times the org chart's queries as the API runs them.
 * Usage: npx tsx bench/org-chart/bench.ts [--people 100000]
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { getChainOfCommand } from "../../src/modules/org-chart/get-chain-of-command.ts";
import {
  listDirectReports,
  listTopOfOrgChart,
  searchOrgChart,
} from "../../src/modules/org-chart/list-reports.ts";
import { isInReportingChain, rowsOf } from "../../src/modules/org-chart/reporting-chain.ts";
import type { Ctx } from "../../src/server/context.ts";
import { adminUrl, withDatabase } from "../../src/test/postgres-urls.ts";

const arg = process.argv.indexOf("--people");
const PEOPLE = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const NAME = "mutual_bench_org_chart";

const admin = new pg.Client({ connectionString: adminUrl() });
await admin.connect();
await admin.query(`drop database if exists ${NAME} with (force)`);
await admin.query(`create database ${NAME}`);
const database = await openDatabase({ databaseUrl: withDatabase(adminUrl(), NAME) });
try {
  await migrateDatabase(database);
  const db = database.db;
  const [org] = await rowsOf<{ id: string }>(
    db,
    sql`insert into organizations (name, slug) values ('Bench', 'bench') returning id`,
  );
  const organizationId = org?.id as string;
  // Person n's manager is person floor((n - 1) / 7): one at the top, 7 reports each, ~6 levels.
  const started = performance.now();
  await db.execute(sql`
    insert into people (id, organization_id, email, name, title, password_hash)
    select md5('p' || n)::uuid, ${organizationId}, 'p' || n || '@bench.test',
      'Person ' || n, 'Title ' || (n % 50), 'x'
    from generate_series(0, ${PEOPLE - 1}) n`);
  await db.execute(sql`
    update people set manager_id = md5('p' || ((substr(email, 2, strpos(email, '@') - 2)::int - 1) / 7))::uuid
    where organization_id = ${organizationId} and email <> 'p0@bench.test'`);
  // As autovacuum would leave it after a bulk load: the update above left dead index entries.
  await db.execute(sql`vacuum analyze people`);
  console.log(`${PEOPLE} people in ${Math.round(performance.now() - started)} ms`);

  const id = async (n: number) =>
    (await rowsOf<{ id: string }>(db, sql`select md5(${`p${n}`})::uuid as id`))[0]?.id as string;
  const ctx = {
    db,
    actor: { organizationId, personId: await id(0), role: "member" },
  } as unknown as Ctx;
  const deepest = await id(PEOPLE - 1);
  const middle = await id(8);

  const cases: [string, () => Promise<unknown>][] = [
    ["top of the chart", () => listTopOfOrgChart(ctx, { offset: 0, limit: 100 })],
    ["a manager's reports", () => listDirectReports(ctx, middle, { offset: 0, limit: 100 })],
    ["chain of command (deepest)", () => getChainOfCommand(ctx, deepest)],
    ["search “person 9999”", () => searchOrgChart(ctx, "Person 9999")],
    [
      "isInReportingChain (linked)",
      () => isInReportingChain(db, organizationId, deepest, ctx.actor.personId),
    ],
    [
      "isInReportingChain (unrelated)",
      () => isInReportingChain(db, organizationId, deepest, middle),
    ],
  ];
  console.log("| query | median ms | max ms |\n|---|---:|---:|");
  for (const [label, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${label} | ${times[10]?.toFixed(1)} | ${times.at(-1)?.toFixed(1)} |`);
  }
} finally {
  await database.close();
  await admin.query(`drop database if exists ${NAME} with (force)`);
  await admin.end();
}
