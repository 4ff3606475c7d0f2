// Directory benchmark: the directory's API routes on a 100,000-person organization, side by
// side with a baseline route, in one run, on PostgreSQL.
//
//   npm run bench:directory -- [--people 100000] [--runs 200] [--reuse] [--admin-url <url>]
//
// Creates a fresh database (mutual_bench_directory) on the server at --admin-url (default
// postgres://postgres@127.0.0.1:5432/postgres, trust auth), migrates it, seeds a deterministic
// organization with `seedDemoOrganization` (the generator behind `mutual seed-demo`), then sends
// each request through the real Fastify app with app.inject, signed in as a member: sessions,
// validation, SQL and serialization included, network left out. The baseline is GET /api/me:
// the same session lookup plus one SELECT by primary key. Prints one JSON line for the seed and
// one per case (p50, p95, mean in ms). --reuse keeps an already seeded database. Never part of
// `npm test`.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { createSession } from "../../src/modules/auth/sessions.ts";
import { seedDemoOrganization } from "../../src/modules/demo/seed-demo.ts";
import { buildApp } from "../../src/server/app.ts";
import { benchDatabaseUrl, gitState, prepareBenchDatabase } from "../support/database.ts";

const DB_NAME = "mutual_bench_directory";
const SLUG = "bench";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "100000" },
    runs: { type: "string", default: "200" },
    reuse: { type: "boolean", default: false },
    "admin-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const size = Number(values.people);
const runs = Number(values.runs);
const adminUrl = values["admin-url"] ?? "";
const databaseUrl = benchDatabaseUrl(adminUrl, DB_NAME);

const line = (record: Record<string, unknown>) => console.log(JSON.stringify(record));
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

const prepareDatabase = () => prepareBenchDatabase(adminUrl, DB_NAME, values.reuse === true);

const commit = () => gitState(["src/modules/directory", "src/db"]);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  const fresh = await prepareDatabase();
  const database = await openDatabase({ databaseUrl, poolSize: 4 });
  await migrateDatabase(database);
  const db = database.db;
  if (fresh) {
    const seeded = await seedDemoOrganization(db, { slug: SLUG, people: size, seed: SLUG });
    // What autovacuum does soon after a bulk load, done now so the run doesn't depend on when.
    await db.execute(sql`vacuum analyze`);
    line({ step: "seed", people: seeded.people, seconds: Number(seeded.seconds.toFixed(1)) });
  }

  const [org] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from organizations where slug = ${SLUG}`),
  );
  if (!org) throw new Error(`no organization “${SLUG}”: run without --reuse`);
  const people = Number(
    rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int n from people where organization_id = ${org.id}`),
    )[0]?.n,
  );
  const [member] = rowsOf<{ id: string; organizationId: string }>(
    await db.execute(sql`select id, organization_id as "organizationId" from people
      where organization_id = ${org.id} and role = 'member' order by employee_id limit 1`),
  );
  const skills = rowsOf<{ id: string; name: string; n: number }>(
    await db.execute(sql`select s.id, s.name, count(*)::int n from person_skills_offered o
      join skills s on s.id = o.skill_id where o.organization_id = ${org.id}
      group by s.id, s.name order by n desc, s.name`),
  );
  const popular = skills[0];
  const rare = skills.find((s) => s.n <= 20) ?? skills[skills.length - 1];
  if (!member || !popular || !rare) throw new Error("the seeded organization is missing data");

  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    BASE_URL: "http://mutual.bench",
  });
  const app = await buildApp({
    config,
    database,
    jobs: { send: async () => {}, sendMany: async () => {} },
  });
  await app.ready();
  const session = await createSession(db, member, 1);
  const cookie = `mutual_session=${encodeURIComponent(app.signCookie(session.token))}`;

  const q = (params: Record<string, string | number | boolean>) =>
    `/api/directory?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
  const help = (skill: string) => `/api/directory/who-can-help?skill=${encodeURIComponent(skill)}`;
  const cases: [string, string][] = [
    ["baseline: GET /api/me (session + one SELECT by primary key)", "/api/me"],
    ["browse: everyone, by name, page 1", q({})],
    ["browse: page 200", q({ page: 200 })],
    ["search: one letter (a)", q({ q: "a" })],
    ["search: a common first name (ana)", q({ q: "ana" })],
    ["search: full name (ana silva)", q({ q: "ana silva" })],
    ["search: a title (engineer)", q({ q: "engineer" })],
    ["search: a skill and a place (python lisbon)", q({ q: "python lisbon" })],
    ["search: a non-Latin name (王)", q({ q: "王" })],
    ["search: nobody (zzqx)", q({ q: "zzqx" })],
    ["filter: department", q({ department: "Engineering" })],
    ["filter: location + open to mentor", q({ location: "Lisbon", openToMentor: true })],
    [`filter: offers the most common skill (${popular.n})`, q({ offered: popular.id })],
    [`filter: offers a rare skill (${rare.n})`, q({ offered: rare.id })],
    ["filter: wants the most common skill", q({ wanted: popular.id })],
    ["search + filters (manager, Engineering)", q({ q: "manager", department: "Engineering" })],
    ["filters: departments and locations", "/api/directory/filters"],
    [`who can help: the most common skill (${popular.name})`, help(popular.name)],
    [`who can help: a rare skill (${rare.name})`, help(rare.name)],
    ["who can help: by synonym (js)", help("js")],
    ["who can help: no such skill", help("underwater basket weaving")],
    ["baseline again: GET /api/me", "/api/me"],
  ];

  line({ step: "setup", people, runs, ...commit(), node: process.version });
  for (const [label, target] of cases) {
    const request = async () => {
      const started = performance.now();
      const response = await app.inject({ method: "GET", url: target, headers: { cookie } });
      const ms = performance.now() - started;
      if (response.statusCode !== 200) {
        throw new Error(`${label}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
      return { ms, body: response.json() as { total?: number; people?: unknown[] } };
    };
    for (let i = 0; i < 5; i++) await request();
    const times: number[] = [];
    let body: { total?: number; people?: unknown[] } = {};
    for (let i = 0; i < runs; i++) {
      const result = await request();
      times.push(result.ms);
      body = result.body;
    }
    times.sort((a, b) => a - b);
    line({
      case: label,
      url: target,
      p50_ms: Number(percentile(times, 50).toFixed(2)),
      p95_ms: Number(percentile(times, 95).toFixed(2)),
      mean_ms: Number((times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)),
      runs,
      ...(body.total !== undefined ? { matches: body.total, shown: body.people?.length } : {}),
    });
  }
  await app.close();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
