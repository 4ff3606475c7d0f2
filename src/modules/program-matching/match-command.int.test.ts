import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, ne } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import { matchingRuns } from "../../db/schema-programs.ts";
import { testDbKind } from "../../test/database.ts";
import { insertEnrollment, insertProgram } from "../enrollment/test-support.ts";
import { isInReportingChain } from "../org-chart/reporting-chain.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BIN = path.join(ROOT, "bin/mutual.js");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-match-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function mutual(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" };
  for (const name of ["DATABASE_URL", "PORT", "BASE_URL"]) delete env[name];
  env.DATA_DIR = dataDir;
  env.SESSION_SECRET = "match-test-secret-match-test-secret-0123";
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => {
    stdout += c;
  });
  child.stderr.on("data", (c) => {
    stderr += c;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

type Output = {
  program: string;
  pairs: {
    mentee: { email: string };
    mentor: { email: string; capacity: number };
    score: number;
    reasons: string[];
  }[];
  unmatched: { email: string; reason: string }[];
  optimal: boolean;
};

// The command works on an embedded data directory whichever database the suite runs on, so it
// runs in the PGlite project only (the PostgreSQL project would repeat the same thing).
describe.runIf(testDbKind === "pglite")("mutual match", () => {
  it("matches a demo program as JSON, saving a run unless it is a dry run", async () => {
    const seeded = await mutual(["seed-demo", "--people", "40", "--org", "demo"]);
    expect(seeded.code, seeded.stderr).toBe(0);
    // A career program with most demo people enrolled: a third mentor, the rest are mentees.
    let database = await openDatabase({ dataDir });
    const [org] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.slug, "demo"));
    const everyone = await database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, org?.id as string), ne(people.role, "admin")))
      .orderBy(asc(people.email));
    const program = await insertProgram(database.db, {
      organizationId: org?.id as string,
      slug: "mentoring",
      state: "matching",
      matching: { mode: "bulk" },
    });
    for (const [i, person] of everyone.entries()) {
      await insertEnrollment(database.db, {
        organizationId: org?.id as string,
        programId: program.id,
        personId: person.id,
        asMentee: i % 3 !== 0,
        asMentor: i % 3 === 0,
        mentorCapacity: 2,
        status: "submitted",
      });
    }
    await database.close();

    const dry = await mutual(["match", "mentoring", "--org", "demo", "--dry-run", "--json"]);
    expect(dry.code, dry.stderr).toBe(0);
    const planned = JSON.parse(dry.stdout) as Output;
    expect(Object.keys(planned)).toEqual(["program", "pairs", "unmatched", "optimal"]);
    expect(planned.program).toBe("mentoring");
    expect(planned.optimal).toBe(true);
    expect(planned.pairs.length).toBeGreaterThan(10);
    expect(planned.pairs.length + planned.unmatched.length).toBe(
      everyone.filter((_, i) => i % 3 !== 0).length,
    );
    for (const pair of planned.pairs) {
      expect(Object.keys(pair)).toEqual(["mentee", "mentor", "score", "reasons"]);
      expect(Object.keys(pair.mentor)).toEqual(["email", "capacity"]);
      expect(pair.mentor.capacity).toBe(2);
      expect(Number.isInteger(pair.score)).toBe(true);
      expect(pair.reasons.length).toBeLessThanOrEqual(3);
    }
    for (const u of planned.unmatched) expect(u.reason.length).toBeGreaterThan(10);

    const saved = await mutual(["match", "mentoring", "--org", "demo", "--json"]);
    expect(saved.code, saved.stderr).toBe(0);
    const stored = JSON.parse(saved.stdout) as Output;
    const byMentee = (o: Output) =>
      [...o.pairs].sort((a, b) => a.mentee.email.localeCompare(b.mentee.email));
    expect(byMentee(stored)).toEqual(byMentee(planned));

    database = await openDatabase({ dataDir });
    const runs = await database.db.select().from(matchingRuns);
    expect(runs.map((r) => r.status)).toEqual(["done"]);
    const emailToId = new Map(
      (await database.db.select({ id: people.id, email: people.email }).from(people)).map((p) => [
        p.email,
        p.id,
      ]),
    );
    for (const pair of stored.pairs) {
      const chained = await isInReportingChain(
        database.db,
        org?.id as string,
        emailToId.get(pair.mentee.email) as string,
        emailToId.get(pair.mentor.email) as string,
      );
      expect(chained).toBe(false);
    }
    await database.close();

    const text = await mutual(["match", "mentoring", "--org", "demo", "--dry-run"]);
    expect(text.stdout).toContain("optimal for the whole group");
    expect(text.stdout).toContain("Dry run: nothing was saved.");
  }, 180_000);

  it("explains unusable options and unknown programs without a stack trace", async () => {
    const noOrg = await mutual(["match", "mentoring"]);
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toContain("--org");
    const unknown = await mutual(["match", "nothing-here", "--org", "demo"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There's no program “nothing-here”");
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
