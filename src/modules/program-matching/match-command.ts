import { parseArgs } from "node:util";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { organizations, people } from "../../db/schema.ts";
import { matchingRuns, programs } from "../../db/schema-programs.ts";
import type { JobQueue } from "../../server/jobs/queue.ts";
import { openConfiguredDatabase } from "../../server/start.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { computeMatching } from "./compute-matching.ts";
import { loadCohort } from "./load-cohort.ts";
import { runMatching } from "./run-matching-job.ts";
import { startMatchingRun } from "./start-matching-run.ts";

const USAGE = "Usage: mutual match <program-slug> --org <slug> [--dry-run] [--json]";

export type MatchOutput = {
  program: string;
  pairs: {
    mentee: { email: string };
    mentor: { email: string; capacity: number };
    score: number;
    reasons: string[];
  }[];
  unmatched: { email: string; reason: string }[];
  optimal: true;
};

/** The same computation as a run, in memory only: nothing is written. */
async function dryRun(db: Db, program: typeof programs.$inferSelect): Promise<MatchOutput> {
  const loaded = await loadCohort(db, program);
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  const outcome = await computeMatching(loaded, program.kind, settings, {
    locked: [],
    excluded: [],
  });
  const capacityOf = new Map<number, number>();
  Array.from(loaded.cohort.mentors).forEach((p, j) => {
    capacityOf.set(p, loaded.capacities[j] as number);
  });
  return {
    program: program.slug,
    pairs: outcome.pairs.map((p) => ({
      mentee: { email: loaded.people[p.mentee]?.email ?? "" },
      mentor: {
        email: loaded.people[p.mentor]?.email ?? "",
        capacity: capacityOf.get(p.mentor) ?? 1,
      },
      score: p.score,
      reasons: p.reasons,
    })),
    unmatched: outcome.unmatched.map((u) => ({
      email: loaded.people[u.person]?.email ?? "",
      reason: u.text,
    })),
    optimal: true,
  };
}

/** A stored run's pairs and unmatched people, as the command prints them. */
async function storedRun(db: Db, programSlug: string, runId: string): Promise<MatchOutput> {
  const pairs = await rowsOf<{
    mentee: string;
    mentor: string;
    capacity: number | null;
    score: number;
    reasons: string[];
  }>(
    db,
    sql`select e.email as mentee, m.email as mentor, en.mentor_capacity as capacity,
        mp.score, mp.reasons
      from match_proposals mp
      join matching_runs r on r.id = mp.run_id
      join people e on e.id = mp.mentee_id
      join people m on m.id = mp.mentor_id
      left join enrollments en on en.program_id = r.program_id and en.person_id = mp.mentor_id
      where mp.run_id = ${runId}
      order by e.email`,
  );
  const [run] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  const unmatched = (run?.unmatched ?? []) as { personId: string; text: string }[];
  const emails = new Map(
    unmatched.length === 0
      ? []
      : (
          await rowsOf<{ id: string; email: string }>(
            db,
            sql`select id, email from people
              where id = any(${`{${unmatched.map((u) => u.personId).join(",")}}`}::uuid[])`,
          )
        ).map((r) => [r.id, r.email]),
  );
  return {
    program: programSlug,
    pairs: pairs.map((p) => ({
      mentee: { email: p.mentee },
      mentor: { email: p.mentor, capacity: Number(p.capacity ?? 1) },
      score: Number(p.score),
      reasons: p.reasons,
    })),
    unmatched: unmatched.map((u) => ({ email: emails.get(u.personId) ?? "", reason: u.text })),
    optimal: true,
  };
}

function printSummary(output: MatchOutput, note: string) {
  const lines = [
    `${output.program}: ${output.pairs.length} ${output.pairs.length === 1 ? "pair" : "pairs"}, ${output.unmatched.length} without a mentor. The matching is optimal for the whole group.`,
    "",
    ...output.pairs.map(
      (p) =>
        `  ${p.mentee.email} ← ${p.mentor.email} (score ${p.score})${p.reasons[0] ? `: ${p.reasons[0]}` : ""}`,
    ),
    ...(output.unmatched.length > 0 ? ["", "Without a mentor:"] : []),
    ...output.unmatched.map((u) => `  ${u.email}: ${u.reason}`),
    "",
    note,
  ];
  console.log(lines.join("\n"));
}

/**
 * `mutual match`: runs the same matching as the "Find matches" button. Without --dry-run it
 * records a run that a program manager previews, edits and publishes in the app (the command
 * never publishes); with --dry-run nothing is written. Exit 1 for an unknown organization or
 * program, 2 for unusable options.
 */
export async function matchCommand(args: string[], config: Config): Promise<number> {
  let options: { org?: string; "dry-run"?: boolean; json?: boolean };
  let positionals: string[];
  try {
    ({ values: options, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        org: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [slug, ...extra] = positionals;
  if (!slug || extra.length > 0 || !options.org) {
    console.error(`Name one program and its organization with --org <slug>.\n${USAGE}`);
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const db = database.db;
    const [organization] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, options.org.trim().toLowerCase()));
    if (!organization) {
      console.error(`There's no organization “${options.org}”. Check its slug (the address name).`);
      return 1;
    }
    const [program] = await db
      .select()
      .from(programs)
      .where(and(eq(programs.organizationId, organization.id), eq(programs.slug, slug)));
    if (!program) {
      console.error(
        `There's no program “${slug}” in “${options.org}”. \`mutual programs --org ${options.org}\` lists them.`,
      );
      return 1;
    }
    let output: MatchOutput;
    let note: string;
    if (options["dry-run"]) {
      output = await dryRun(db, program);
      note = "Dry run: nothing was saved.";
    } else {
      // The command acts as the organization's longest-standing administrator.
      const [admin] = await db
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            eq(people.organizationId, organization.id),
            eq(people.role, "admin"),
            eq(people.status, "active"),
          ),
        )
        .orderBy(asc(people.createdAt))
        .limit(1);
      if (!admin) {
        console.error("This organization has no active administrator to record the run as.");
        return 1;
      }
      // The run is worked here and now, not by the worker: the command waits for it anyway.
      const jobs: JobQueue = { send: async () => {}, sendMany: async () => {} };
      const run = await startMatchingRun(
        {
          db,
          config,
          jobs,
          actor: { personId: admin.id, organizationId: organization.id, role: "admin" },
        },
        slug,
        {},
      );
      await runMatching(db, run.id);
      const [done] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, run.id));
      if (done?.status !== "done") {
        console.error(`Matching failed: ${done?.error ?? "unknown error"}`);
        return 1;
      }
      output = await storedRun(db, slug, run.id);
      note = `Saved as a matching run. Open ${config.baseUrl}/programs/${slug}/matching to review it and publish.`;
    }
    if (options.json) console.log(JSON.stringify(output));
    else printSummary(output, note);
    return 0;
  } finally {
    await database.close();
  }
}
