import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { solveCommand } from "./solve-command.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-solve-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const base = {
  format: "mutual-match-problem/1",
  objective: "max-matched-then-score",
  mentees: 3,
  mentors: [{ capacity: 1 }, { capacity: 2 }],
  edges: [
    [0, 0, 9],
    [0, 1, 5],
    [1, 0, 8],
    [2, 1, 1],
  ],
  locked: [],
  excluded: [],
};

function write(problem: unknown) {
  const file = path.join(dir, `p-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof problem === "string" ? problem : JSON.stringify(problem));
  return file;
}

/** The real command as a process: exit code, stdout and stderr. */
function spawn(problem: unknown) {
  const args = ["bin/mutual.js", "solve", write(problem)];
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process (fast), capturing what it writes. */
async function run(problem: unknown, extra: string[] = []) {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await solveCommand([write(problem), ...extra]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("mutual solve", () => {
  it("prints the optimal result as JSON", () => {
    const { code, stdout } = spawn(base);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // Mentee 0 gives mentor 0 up to mentee 1 so that all three are matched: 5 + 8 + 1.
    expect(result).toMatchObject({ matched: 3, totalScore: 14, optimal: true });
    expect(result.pairs).toEqual([
      [0, 1],
      [1, 0],
      [2, 1],
    ]);
    expect(result.stats.solveMs).toBeGreaterThanOrEqual(0);
  });

  it("writes to --out when asked, and honours the objective", async () => {
    const problem = {
      ...base,
      mentees: 2,
      mentors: [{ capacity: 1 }, { capacity: 1 }],
      edges: [
        [0, 0, 10],
        [0, 1, 0],
        [1, 0, 9],
      ],
    };
    const out = path.join(dir, "result.json");
    const scoreFirst = await run({ ...problem, objective: "max-score" }, ["--out", out]);
    expect(scoreFirst.code).toBe(0);
    expect(scoreFirst.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toMatchObject({ matched: 1, totalScore: 10 });
    expect(JSON.parse((await run(problem)).stdout)).toMatchObject({ matched: 2, totalScore: 9 });
  });

  const invalid: [string, unknown, RegExp][] = [
    ["not JSON", "{oops", /not valid JSON/],
    ["an unknown format", { ...base, format: "other/2" }, /format/],
    ["an unknown mentee index", { ...base, edges: [[5, 0, 1]] }, /mentee 5/],
    ["an unknown mentor index", { ...base, edges: [[0, 7, 1]] }, /mentor 7/],
    ["a negative capacity", { ...base, mentors: [{ capacity: -1 }, { capacity: 1 }] }, /capacity/],
    ["a non-integer score", { ...base, edges: [[0, 0, 1.5]] }, /score 1.5/],
    [
      "a duplicate edge",
      {
        ...base,
        edges: [
          [0, 0, 1],
          [0, 0, 2],
        ],
      },
      /twice/,
    ],
    [
      "a locked pair that breaks a capacity",
      {
        ...base,
        locked: [
          [0, 0],
          [1, 0],
        ],
      },
      /capacity/,
    ],
    ["a locked pair that is not allowed", { ...base, locked: [[2, 0]] }, /not allowed|forbidden/],
  ];
  it.each(invalid)("refuses %s with exit code 2 and one line", async (_name, problem, message) => {
    const { code, stdout, stderr } = await run(problem);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^mutual solve: /);
    expect(stderr).toMatch(message);
  });

  it("exits with 2 and one line, never a stack trace, as a process", () => {
    const { code, stdout, stderr } = spawn({ ...base, edges: [[0, 0, -3]] });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^mutual solve: .*score -3[^\n]*\n$/);
  });

  it("says so when the file can't be read", async () => {
    let stderr = "";
    const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    const code = await solveCommand([path.join(dir, "missing.json")]).finally(() =>
      err.mockRestore(),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*missing\.json \(ENOENT\)/);
  });
});
