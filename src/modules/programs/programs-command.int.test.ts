import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDbKind } from "../../test/database.ts";

/** `mutual programs` as operators run it: real processes on a temporary embedded database. */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BIN = path.join(ROOT, "bin/mutual.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-programs-cli-"));
const SETTINGS = [
  "PORT",
  "HOST",
  "BASE_URL",
  "DATA_DIR",
  "DATABASE_URL",
  "SESSION_SECRET",
  "SESSION_DAYS",
  "SMTP_URL",
  "MAIL_FROM",
  "LOG_LEVEL",
  "SIGN_IN_RATE_LIMIT",
];
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.includes(name))),
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  DATA_DIR: path.join(dir, "data"),
  SESSION_SECRET: "programs-cli-secret-programs-cli-secret-01",
};

function mutual(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end("");
  });
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(testDbKind === "pglite")("mutual programs", () => {
  it("lists the demo program with its counts, as a table and as one JSON array", async () => {
    const seeded = await mutual(["seed-demo", "--people", "40", "--org", "demo"]);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain("“grow-together” is ready to match");

    const json = await mutual(["programs", "--org", "demo", "--json"]);
    expect(json.code, json.stderr).toBe(0);
    const list = JSON.parse(json.stdout) as {
      slug: string;
      name: string;
      state: string;
      counts: { mentees: number; mentors: number; matched: number };
    }[];
    expect(list.map((p) => p.slug).sort()).toEqual(["grow-together", "learning-partners"]);
    const growTogether = list.find((p) => p.slug === "grow-together");
    expect(growTogether).toMatchObject({ name: "Grow together", state: "matching" });
    expect(growTogether?.counts.mentees).toBeGreaterThan(10);
    expect(growTogether?.counts.mentors).toBeGreaterThan(0);
    expect(growTogether?.counts.matched).toBe(0);
    expect(list.find((p) => p.slug === "learning-partners")?.state).toBe("running");

    const table = await mutual(["programs", "--org", "demo"]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(
      /^grow-together\tmatching\t\d+ mentees, \d+ mentors, 0 matched\tGrow together$/m,
    );
  }, 180_000);

  it("explains a missing or unknown organization", async () => {
    const missing = await mutual(["programs"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Say which organization with --org <slug>.");
    const unknown = await mutual(["programs", "--org", "nowhere"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There's no organization “nowhere”.");
  }, 60_000);
});
