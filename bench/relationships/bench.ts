// Relationships benchmark: the issue-6 routes people open most (the cockpit, the session room,
// a relationship's sessions, my commitments) and the program overview a manager opens, on a
// 20,000-person organization with 8,000 pairs under way, each side by side with a baseline
// route in the same run, on PostgreSQL.
//
//   npm run bench:relationships -- [--people 20000] [--pairs 8000] [--runs 300]
//     [--overview-runs 100] [--reuse] [--admin-url <url>]
//
// Creates a fresh database (mutual_bench_relationships) on the server at --admin-url (default
// postgres://postgres@127.0.0.1:5432/postgres, trust auth), migrates it, seeds an organization
// with `seedDemoOrganization` (the generator behind `mutual seed-demo`), then writes a running
// program with the pairs in set-based SQL (build.ts). Each request goes through the real
// Fastify app with app.inject, signed in with a session cookie, turn by turn as one of 60
// people in pairs (half mentees, half mentors, some mentoring two people). The baseline is
// GET /api/me: the same session lookup plus one SELECT by primary key; it runs first and last.
// Prints one JSON line per step and case, then a Markdown table. --reuse keeps an already built
// database. Never part of `npm test`.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { createSession } from "../../src/modules/auth/sessions.ts";
import { seedDemoOrganization } from "../../src/modules/demo/seed-demo.ts";
import { buildApp } from "../../src/server/app.ts";
import { benchDatabaseUrl, gitState, prepareBenchDatabase } from "../support/database.ts";
import { buildRelationships, PROGRAM_SLUG } from "./build.ts";

const DB_NAME = "mutual_bench_relationships";
const SLUG = "bench";
const SAMPLE = 60;

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "20000" },
    pairs: { type: "string", default: "8000" },
    runs: { type: "string", default: "300" },
    "overview-runs": { type: "string", default: "100" },
    reuse: { type: "boolean", default: false },
    "admin-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
// Counts the statements sent to PostgreSQL (each one a round trip), to say where time goes.
let statements = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const runs = Number(values.runs);
const overviewRuns = Number(values["overview-runs"]);
const adminUrl = values["admin-url"] ?? "";
const databaseUrl = benchDatabaseUrl(adminUrl, DB_NAME);

const line = (record: Record<string, unknown>) => console.log(JSON.stringify(record));
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const round = (ms: number) => Math.round(ms * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

type Person = { id: string; organizationId: string; relationshipId: string; sessionId: string };
type Body = Record<string, unknown>;
type Case = {
  label: string;
  runs: number;
  url: (who: number) => string;
  /** What the last answer held, in a few words. */
  held?: (body: Body) => string;
  manager?: boolean;
};
type Result = {
  label: string;
  runs: number;
  p50: number;
  p95: number;
  statements: number;
  held: string;
  kb: number;
};
const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);

async function main() {
  const fresh = await prepareBenchDatabase(adminUrl, DB_NAME, values.reuse === true);
  const database = await openDatabase({ databaseUrl, poolSize: 4 });
  await migrateDatabase(database);
  const db = database.db;
  if (fresh) {
    const seeded = await seedDemoOrganization(db, {
      slug: SLUG,
      people: Number(values.people),
      seed: SLUG,
    });
    line({ step: "seed people", people: seeded.people, seconds: round(seeded.seconds) });
    const started = performance.now();
    const built = await buildRelationships(db, seeded.organization.id, Number(values.pairs));
    // What autovacuum does soon after a bulk load, done now so the run doesn't depend on when.
    await db.execute(sql`vacuum analyze`);
    line({ step: "build pairs", ...built, seconds: round((performance.now() - started) / 1000) });
  }

  const [program] = rowsOf<{ id: string; organizationId: string }>(
    await db.execute(sql`select id, organization_id as "organizationId" from programs
      where slug = ${PROGRAM_SLUG}`),
  );
  if (!program) throw new Error(`no program “${PROGRAM_SLUG}”: run without --reuse`);
  const [manager] = rowsOf<{ id: string; organizationId: string }>(
    await db.execute(sql`select person_id as id, organization_id as "organizationId"
      from program_managers where program_id = ${program.id} limit 1`),
  );
  // Mentees and mentors spread over the program, each with their pair's confirmed session
  // coming up (the room carries the open commitments of sessions 2–4 over to it).
  const sample = rowsOf<Person>(
    await db.execute(sql`
      with pairs as (
        select r.id, r.mentee_id, r.mentor_id, row_number() over (order by r.id) as n
        from relationships r where r.program_id = ${program.id} and r.status = 'active')
      select who as id, ${program.organizationId}::uuid as "organizationId",
        p.id as "relationshipId",
        (select s.id from mentoring_sessions s where s.relationship_id = p.id
          and s.status = 'confirmed' and s.starts_at > now() order by s.starts_at limit 1)
          as "sessionId"
      from pairs p cross join lateral (values (p.mentee_id, 0), (p.mentor_id, 1)) as m(who, side)
      where p.n % 131 = 0 and (p.n / 131) % 2 = side
      order by p.n limit ${SAMPLE}`),
  );
  if (!manager || sample.length < 2) throw new Error("the bench program is missing data");
  const [truth] = rowsOf<{ all: number; stalled: number }>(
    await db.execute(sql`select count(*)::int as all,
      (count(*) filter (where status = 'active' and stalled_at is not null))::int as stalled
      from relationships where program_id = ${program.id}`),
  );

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
  const cookieOf = async (person: { id: string; organizationId: string }) => {
    const session = await createSession(db, person, 1);
    return `mutual_session=${encodeURIComponent(app.signCookie(session.token))}`;
  };
  const cookies = await Promise.all(sample.map(cookieOf));
  const managerCookie = await cookieOf(manager);
  const at = (who: number) => sample[who % sample.length] as Person;

  const cases: Case[] = [
    { label: "baseline: `GET /api/me`", runs, url: () => "/api/me" },
    {
      label: "cockpit: `GET /api/me/cockpit`",
      runs,
      url: () => "/api/me/cockpit",
      held: (b) =>
        `${count(b.relationships)} relationship(s), ${count(b.upcomingSessions)} session(s) coming up, ${count(b.openCommitments)} open commitment(s)`,
    },
    {
      label: "session room: `GET /api/sessions/:id` (next session, carried-over commitments)",
      runs,
      url: (who) => `/api/sessions/${at(who).sessionId}`,
      held: (b) => {
        const agenda = b.agenda as { review: { commitments: unknown[] }; sections: Body[] };
        const items = agenda.sections.reduce((n, s) => n + count(s.items), 0);
        return `${count(agenda.review.commitments)} carried over, ${items} agenda items`;
      },
    },
    {
      label: "sessions: `GET /api/relationships/:id/sessions`",
      runs,
      url: (who) => `/api/relationships/${at(who).relationshipId}/sessions`,
      held: (b) => `${count(b.upcoming)} coming up, ${count(b.past)} past`,
    },
    {
      label: "my commitments: `GET /api/me/commitments`",
      runs,
      url: () => "/api/me/commitments",
      held: (b) => `${count(b.commitments)} open commitments`,
    },
    {
      label: "program overview: `GET /api/programs/:slug/relationships` (manager)",
      runs: overviewRuns,
      url: () => `/api/programs/${PROGRAM_SLUG}/relationships`,
      held: (b) => `${count(b.relationships)} of the program's ${truth?.all} relationships`,
      manager: true,
    },
    {
      label: "program overview, stalled only: `…/relationships?stalled=true` (manager)",
      runs: overviewRuns,
      url: () => `/api/programs/${PROGRAM_SLUG}/relationships?stalled=true`,
      held: (b) => `${count(b.relationships)} of the program's ${truth?.stalled} stalled`,
      manager: true,
    },
    { label: "baseline again: `GET /api/me`", runs, url: () => "/api/me" },
  ];

  line({
    step: "setup",
    sample: sample.length,
    runs,
    overviewRuns,
    ...gitState(["src/modules", "src/db"]),
    node: process.version,
  });
  const results: Result[] = [];
  for (const c of cases) {
    const request = async (i: number) => {
      const url = c.url(i);
      const cookie = c.manager ? managerCookie : (cookies[i % cookies.length] as string);
      const before = statements;
      const started = performance.now();
      const response = await app.inject({ method: "GET", url, headers: { cookie } });
      const ms = performance.now() - started;
      const sent = statements - before;
      if (response.statusCode !== 200) {
        throw new Error(`${c.label}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
      return { ms, sent, body: response.body };
    };
    for (let i = 0; i < 10; i++) await request(i);
    const times: number[] = [];
    let last = "";
    let sentLast = 0;
    for (let i = 0; i < c.runs; i++) {
      const { ms, sent, body } = await request(i);
      times.push(ms);
      last = body;
      sentLast = sent;
    }
    times.sort((a, b) => a - b);
    const result: Result = {
      label: c.label,
      runs: c.runs,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      statements: sentLast,
      held: c.held?.(JSON.parse(last) as Body) ?? "",
      kb: Math.round(Buffer.byteLength(last) / 102.4) / 10,
    };
    results.push(result);
    line({
      case: c.label,
      runs: c.runs,
      p50_ms: round(result.p50),
      p95_ms: round(result.p95),
      mean_ms: round(times.reduce((a, b) => a + b, 0) / times.length),
      statements: result.statements,
      held: result.held,
      kb: result.kb,
    });
  }
  await app.close();
  await database.close();

  // The ratio is to the first baseline's median (the last one shows any drift in the run).
  const baseline = results[0]?.p50 ?? Number.NaN;
  console.log(
    "\n| case | runs | p50 (ms) | p95 (ms) | p50 × baseline | SQL statements | last answer | body (kB) |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.runs} | ${round(r.p50)} | ${round(r.p95)} | ${round(r.p50 / baseline)} | ${r.statements} | ${r.held} | ${r.kb} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
