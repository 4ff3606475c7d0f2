// Program matching benchmark: a whole "Find matches" run (the run-matching job: load the cohort
// from the database, score, solve exactly, explain every pair, write the proposals) on a
// 20,000-person program, side by side with a baseline query, in one run, on PostgreSQL.
//
//   npm run bench:program-matching -- [--people 20000] [--runs 3] [--reuse] [--admin-url <url>]
//
// Creates a fresh database (mutual_bench_program_matching) on the server at --admin-url (default
// postgres://postgres@127.0.0.1:5432/postgres, trust auth), migrates it, seeds a deterministic
// organization with `seedDemoOrganization` (the generator behind `mutual seed-demo`), writes a
// career program with everyone enrolled (people open to mentoring as mentors with their own
// capacity, everyone else as mentees), then times `runMatching` end to end, `--runs` times. The
// baseline is one SELECT of a person by primary key on the same connection pool. Prints one
// JSON line for the seed and one per case (median, min, max in ms). Never part of `npm test`.
import { parseArgs } from "node:util";
import { and, eq, sql } from "drizzle-orm";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { organizations } from "../../src/db/schema.ts";
import { matchingRuns, programs } from "../../src/db/schema-programs.ts";
import { seedDemoOrganization } from "../../src/modules/demo/seed-demo.ts";
import { publishMatchingRun } from "../../src/modules/program-matching/publish-matching-run.ts";
import { runMatching } from "../../src/modules/program-matching/run-matching-job.ts";
import type { Ctx } from "../../src/server/context.ts";
import { benchDatabaseUrl, gitState, prepareBenchDatabase } from "../support/database.ts";

const DB_NAME = "mutual_bench_program_matching";
const SLUG = "bench";
const PROGRAM = "mentoring-bench";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "20000" },
    runs: { type: "string", default: "3" },
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

const commit = () => gitState(["src/modules/program-matching", "src/matching"]);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const summary = (xs: number[]) => ({
  median_ms: Math.round(median(xs) * 10) / 10,
  min_ms: Math.round(Math.min(...xs) * 10) / 10,
  max_ms: Math.round(Math.max(...xs) * 10) / 10,
});

async function main() {
  const fresh = await prepareDatabase();
  const database = await openDatabase({ databaseUrl, poolSize: 4 });
  await migrateDatabase(database);
  const db = database.db;
  if (fresh) {
    const seeded = await seedDemoOrganization(db, { slug: SLUG, people: size, seed: SLUG });
    const [organization] = await db
      .select()
      .from(organizations)
      .where(eq(organizations.slug, SLUG));
    const [program] = await db
      .insert(programs)
      .values({
        organizationId: organization?.id as string,
        slug: PROGRAM,
        name: "Career mentoring (bench)",
        purpose: "knowledge_transfer",
        kind: "career",
        state: "matching",
        matching: { mode: "bulk" },
      })
      .returning();
    await db.execute(sql`
      insert into enrollments (organization_id, program_id, person_id, as_mentee, as_mentor,
        mentor_capacity, status, submitted_at)
      select p.organization_id, ${program?.id}, p.id, not p.open_to_mentor, p.open_to_mentor,
        greatest(p.mentor_capacity, 1), 'submitted', now()
      from people p where p.organization_id = ${organization?.id}`);
    await db.execute(sql`analyze enrollments`);
    line({ case: "seed", people: seeded.people, seconds: Math.round(seeded.seconds * 10) / 10 });
  }
  const [organization] = await db.select().from(organizations).where(eq(organizations.slug, SLUG));
  const org = organization?.id as string;
  const [program] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.organizationId, org), eq(programs.slug, PROGRAM)));
  if (!program) throw new Error("no bench program: run without --reuse");
  const [someone] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from people where organization_id = ${org} limit 1`),
  );

  const baseline: number[] = [];
  for (let k = 0; k < 50; k++) {
    const started = performance.now();
    await db.execute(sql`select * from people where id = ${someone?.id}`);
    baseline.push(performance.now() - started);
  }
  line({
    case: "baseline: one SELECT by primary key",
    runs: baseline.length,
    ...summary(baseline),
  });

  const times: number[] = [];
  let stats: unknown = null;
  for (let k = 0; k < runs; k++) {
    await db
      .update(matchingRuns)
      .set({ status: "discarded" })
      .where(eq(matchingRuns.programId, program.id));
    const [run] = await db
      .insert(matchingRuns)
      .values({ organizationId: org, programId: program.id, settings: program.matching })
      .returning();
    const started = performance.now();
    await runMatching(db, run?.id as string);
    times.push(performance.now() - started);
    const [done] = await db
      .select()
      .from(matchingRuns)
      .where(eq(matchingRuns.id, run?.id as string));
    if (done?.status !== "done") throw new Error(`run ${done?.status}: ${done?.error}`);
    stats = done.stats;
  }
  // Publishing the last run: 12,000-odd relationships and a notice plus an email for each person.
  await db.execute(sql`delete from relationships where program_id = ${program.id}`);
  const [admin] = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from people where organization_id = ${org} and role = 'admin' limit 1`,
    ),
  );
  const [last] = await db
    .select({ id: matchingRuns.id })
    .from(matchingRuns)
    .where(and(eq(matchingRuns.programId, program.id), eq(matchingRuns.status, "done")));
  const ctx: Ctx = {
    db,
    config: loadConfig({ NODE_ENV: "production", DATA_DIR: "/tmp/mutual-bench" }),
    jobs: { send: async () => {}, sendMany: async () => {} },
    actor: { personId: admin?.id as string, organizationId: org, role: "admin" },
  };
  const publishStarted = performance.now();
  const published = await publishMatchingRun(ctx, PROGRAM, last?.id as string, {
    startProgram: false,
  });
  line({
    case: "publish (relationships, notices and emails in one transaction)",
    relationships: published.relationships,
    ms: Math.round(performance.now() - publishStarted),
  });
  const med = median(times);
  line({
    case: "run-matching job, end to end",
    runs,
    ...summary(times),
    x_baseline: Math.round(med / median(baseline)),
    stats,
    peak_rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
    ...commit(),
  });
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
