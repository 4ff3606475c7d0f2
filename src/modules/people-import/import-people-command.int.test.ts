import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDbKind } from "../../test/database.ts";

/**
 * `mutual import-people` and `mutual export-people` as operators run them: real processes on a
 * temporary embedded database. (The embedded database is what a single process owns; the
 * import itself runs on PostgreSQL in the integration tests and the benchmark.)
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BIN = path.join(ROOT, "bin/mutual.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-import-cli-"));
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      ![
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
      ].includes(name),
  ),
);
const env = {
  ...inherited,
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  DATA_DIR: path.join(dir, "data"),
  SESSION_SECRET: "import-cli-secret-import-cli-secret-0123",
};

function mutual(args: string[], input?: string) {
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
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? "");
  });
}

const file = (name: string, text: string | Buffer) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, text);
  return target;
};

const HR = [
  "Employee Number;Given Name;Surname;E-mail;Job Title;Supervisor Email;Start Date",
  "7;Amal;Haddad;AMAL@acme.test;Chief executive;;01.03.2015",
  "8;Bo;Chen;bo@acme.test;Engineer;amal@acme.test;2018-02-01",
  "9;Cy;Bad;not-an-email;Engineer;amal@acme.test;",
  "10;Di;Lost;di@acme.test;Engineer;ghost@acme.test;",
  "",
].join("\r\n");

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(testDbKind === "pglite")("mutual import-people and export-people", () => {
  beforeAll(async () => {
    const admin = await mutual(
      ["create-admin", "--org", "acme", "--email", "ada@acme.test", "--name", "Ada"],
      "a sturdy passphrase\n",
    );
    expect(admin.code, admin.stderr).toBe(0);
  }, 90_000);

  it("prints one JSON object with counts and rejected lines, and changes nothing the second time", async () => {
    const hr = file("hr.csv", HR);
    const first = await mutual(["import-people", hr, "--org", "acme", "--json"]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      rejected: [
        { line: 4, reason: "“not-an-email” isn't a valid email address." },
        { line: 5, reason: "The manager “ghost@acme.test” isn't in this file or in Mutual." },
      ],
    });
    expect(first.stdout.trim().split("\n")).toHaveLength(1);

    const second = await mutual(["import-people", hr, "--org", "acme", "--json"]);
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  }, 60_000);

  it("shows a readable dry run with progress on standard error, writing nothing", async () => {
    const hr = file("hr-changed.csv", HR.replace("Engineer;amal@", "Staff engineer;amal@"));
    const dry = await mutual(["import-people", hr, "--org", "acme", "--dry-run", "--full-sync"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("nothing was written");
    expect(dry.stdout).toContain("1 would be updated");
    expect(dry.stdout).toContain("line 3, Bo Chen: job title Engineer → Staff engineer");
    expect(dry.stdout).toContain("line 4: “not-an-email” isn't a valid email address.");
    // Ada, the administrator the command acts as, is never deactivated by a full sync.
    expect(dry.stdout).toContain("0 would be deactivated");
    expect(dry.stderr).toContain("Checking rows");
    const again = await mutual(["import-people", hr, "--org", "acme", "--json", "--dry-run"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ updated: 1 });
  }, 60_000);

  it("exports what imports back unchanged", async () => {
    const exported = await mutual(["export-people", "--org", "acme"]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(
      "8,bo@acme.test,Bo Chen,,Engineer,,,,,2018-02-01,amal@acme.test",
    );
    const back = await mutual([
      "import-people",
      file("export.csv", exported.stdout),
      "--org",
      "acme",
      "--json",
      "--full-sync",
    ]);
    expect(JSON.parse(back.stdout)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      deactivated: 0,
      rejected: [],
    });
    const json = await mutual(["export-people", "--org", "acme", "--format", "json"]);
    expect(JSON.parse(json.stdout).map((p: { email: string }) => p.email)).toEqual([
      "ada@acme.test",
      "amal@acme.test",
      "bo@acme.test",
    ]);
  }, 90_000);

  it("exits non-zero only when the file can't be read or the organization doesn't exist", async () => {
    const missing = await mutual(["import-people", path.join(dir, "nope.csv"), "--org", "acme"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("there's no such file");
    const noOrg = await mutual(["import-people", file("ok.csv", HR), "--org", "nobody"]);
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr).toContain("There's no organization “nobody”");
    const latin1 = await mutual([
      "import-people",
      file("latin1.csv", Buffer.from("Email,Name\nzoe@acme.test,Zo\xeb\n", "latin1")),
      "--org",
      "acme",
    ]);
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toContain("CSV UTF-8");
    const usage = await mutual(["import-people", "--org", "acme"]);
    expect(usage.code).toBe(2);
    for (const result of [missing, noOrg, latin1, usage]) {
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    }
  }, 90_000);
});
