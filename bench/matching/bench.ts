// Matching benchmark: Mutual's solver on one matchbench instance (the seeded instances of
// ../shared/bench/matching/gen.py), checked against the instance's known optimum.
//
//   npm run bench:matching -- <instance-prefix> --form dense|sparse|profiles [--runs 3]
//
// Prints ONE JSON line: instance, form, matched, score, solve_s (median of the runs), build_s
// (reading the files and building the score source, reported apart from the solve), peak_rss_mb
// (the process's peak resident memory while solving, input included), runs, and "agrees"
// (matched and score equal the instance's known optimum: README table, .tmp/bench-optima.json,
// or computed once with the LEMON baseline when it is built in .tmp/). The answer is also
// checked on its own: feasible (capacities, allowed pairs, sums) and certified (the duals the
// solver returns prove optimality over every allowed pair). Exit code 1 when a check fails.
//
// Forms: dense    = the full problem from <prefix>.dense.i16 (every allowed pair);
//        sparse   = each mentee's top-K mentors from <prefix>.sparse.bin (a different optimum);
//        profiles = the full problem scored lazily from the profiles in <prefix>.json.
//
// Options: --runs N (3) · --objective max-matched-then-score|max-score · --no-certify (skip the
// O(N·M) dual check) · --no-reference (never run LEMON for a missing optimum) · --solver,
// --sources, --scorer, --profiles-module <module> (stand-ins for src/matching/solve.ts,
// sources.ts, score.ts, bench-profiles.ts).
// Run with `node --expose-gc --import tsx` (the npm script does). Never part of `npm test`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import type { MatchProblem, MatchResult, Objective, PairScores } from "../../src/matching/types.ts";

type DenseScores = (
  scores: Int16Array,
  mentees: number,
  mentors: number,
  maxScore?: number,
) => PairScores;
type SparseScores = (
  offsets: Int32Array,
  mentorIdx: Int32Array,
  score: Int32Array,
  mentees: number,
  mentors: number,
) => PairScores;
interface SolverModule {
  solve(problem: MatchProblem): MatchResult;
}
interface SourcesModule {
  denseScores: DenseScores;
  sparseScores: SparseScores;
}
interface ProfilesModule {
  profilesFromBenchInstance(json: unknown): { cohort: unknown; config: unknown };
}
interface ScorerModule {
  createScorer(cohort: unknown, config: unknown): PairScores;
}

/** What gen.py writes into <prefix>.json (the fields this harness uses). */
interface InstanceMeta {
  name: string;
  N: number;
  M: number;
  K: number;
  big: number;
  max_score: number;
  capacity: number[];
  dense_sum: number;
  dense_sha256: string;
}

interface Optimum {
  matched: number;
  score: number;
  source: string;
}

const root = path.resolve(import.meta.dirname, "../..");
const optimaFile = path.join(root, ".tmp/bench-optima.json");

/**
 * Optima published in ../shared/bench/matching/README.md for the seed-1 instances, keyed by
 * name and the dense matrix's checksum (so a differently generated file never matches).
 */
const PUBLISHED: Record<
  string,
  { denseSum: number; full?: [number, number]; top50?: [number, number] }
> = {
  mm_n1000_s1: { denseSum: 9134189, full: [826, 73035], top50: [823, 72829] },
  mm_n5000_s1: { denseSum: 237368193, full: [4171, 438213], top50: [4074, 431297] },
  mm_n20000_s1: { denseSum: 3810888296, full: [16804, 1922040], top50: [15528, 1833455] },
  recip_n5000_s1: { denseSum: 700718712, full: [4999, 593576] },
};

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    "usage: npm run bench:matching -- <instance-prefix> --form dense|sparse|profiles [--runs 3]\n" +
      "       [--objective max-matched-then-score|max-score] [--no-certify] [--no-reference]\n" +
      "       [--solver module.ts] [--sources module.ts] [--scorer module.ts]",
  );
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const opts = {
    prefix: "",
    form: "dense" as "dense" | "sparse" | "profiles",
    runs: 3,
    objective: "max-matched-then-score" as Objective,
    certify: true,
    reference: true,
    solver: path.join(root, "src/matching/solve.ts"),
    sources: path.join(root, "src/matching/sources.ts"),
    profiles: path.join(root, "src/matching/bench-profiles.ts"),
    scorer: path.join(root, "src/matching/score.ts"),
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    const value = () => {
      const v = argv[++k];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === "--form") {
      const f = value();
      if (f !== "dense" && f !== "sparse" && f !== "profiles") usage(`unknown form ${f}`);
      opts.form = f;
    } else if (a === "--runs") {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage("--runs must be ≥ 1");
    } else if (a === "--objective") {
      const o = value();
      if (o !== "max-matched-then-score" && o !== "max-score") usage(`unknown objective ${o}`);
      opts.objective = o;
    } else if (a === "--no-certify") opts.certify = false;
    else if (a === "--no-reference") opts.reference = false;
    else if (a === "--solver") opts.solver = path.resolve(value());
    else if (a === "--sources") opts.sources = path.resolve(value());
    else if (a === "--profiles-module") opts.profiles = path.resolve(value());
    else if (a === "--scorer") opts.scorer = path.resolve(value());
    else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else if (!opts.prefix) opts.prefix = a.replace(/\.(json|dense\.i16|sparse\.bin)$/, "");
    else usage(`unexpected argument ${a}`);
  }
  if (!opts.prefix) usage();
  return opts;
}

/** Imports a module by path without letting the type checker require it to exist yet. */
async function load<T>(file: string, what: string): Promise<T> {
  if (!fs.existsSync(file)) {
    console.error(`${what} not found: ${path.relative(process.cwd(), file)}`);
    process.exit(2);
  }
  return (await import(pathToFileURL(file).href)) as T;
}

const now = () => performance.now() / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** Typed view of a file's bytes (copied when the buffer is not aligned for the element size). */
function view<T>(
  buf: Buffer,
  Ctor: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number },
  byteOffset: number,
  length: number,
): T {
  const at = buf.byteOffset + byteOffset;
  if (at % Ctor.BYTES_PER_ELEMENT === 0) return new Ctor(buf.buffer, at, length);
  const copy = Buffer.alloc(length * Ctor.BYTES_PER_ELEMENT);
  buf.copy(copy, 0, byteOffset, byteOffset + length * Ctor.BYTES_PER_ELEMENT);
  return new Ctor(copy.buffer, copy.byteOffset, length);
}

// ---- memory: the kernel's peak RSS (VmHWM), reset before each solve (Linux ≥ 4.0) ----
const statusFile = "/proc/self/status";
function resetPeak(): boolean {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}
function peakMb(): number {
  try {
    const m = fs.readFileSync(statusFile, "utf8").match(/VmHWM:\s+(\d+) kB/);
    if (m) return Number(m[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}
const gc = (globalThis as { gc?: () => void }).gc;

// ---- known optimum ----
function readOptima(): Record<string, Optimum> {
  try {
    return JSON.parse(fs.readFileSync(optimaFile, "utf8"));
  } catch {
    return {};
  }
}

function knownOptimum(
  meta: InstanceMeta,
  prefix: string,
  kind: string,
  compute: boolean,
): Optimum | null {
  const published = PUBLISHED[meta.name];
  if (published && published.denseSum === meta.dense_sum) {
    const v = kind === "full" ? published.full : kind === "top50" ? published.top50 : undefined;
    if (v) return { matched: v[0], score: v[1], source: "shared README" };
  }
  const key = `${meta.name}|${meta.dense_sum}|${kind}`;
  const cached = readOptima()[key];
  if (cached) return cached;
  if (!compute) return null;
  // Compute once with the LEMON baseline, when it is built (bench/matching/compare.mjs builds it).
  const lemon = path.join(root, ".tmp", kind === "full" ? "lemon_core" : "lemon_mcf");
  if (!fs.existsSync(lemon)) return null;
  if (kind === "full" && !fs.existsSync(`${prefix}.dense.i16`)) return null;
  const args = kind === "full" ? [prefix, "ns", "1", "10", "2"] : [prefix, "sparse", "ns", "1"];
  const r = spawnSync(lemon, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  const line = r.stdout?.split("\n").find((l) => l.startsWith("{"));
  if (r.status !== 0 || !line) return null;
  const out = JSON.parse(line) as { matched: number; score: number; solver: string };
  const found = { matched: out.matched, score: out.score, source: out.solver };
  recordOptimum(key, found);
  return found;
}

function recordOptimum(key: string, value: Optimum) {
  const all = readOptima();
  all[key] = value;
  fs.mkdirSync(path.dirname(optimaFile), { recursive: true });
  fs.writeFileSync(optimaFile, `${JSON.stringify(all, null, 1)}\n`);
}

// ---- independent checks of the answer ----
interface Allowed {
  /** Visits every allowed pair of one mentee with its score. */
  eachAllowed(mentee: number, visit: (mentor: number, score: number) => void): void;
  score(mentee: number, mentor: number): number;
}

function allowedDense(S: Int16Array, M: number): Allowed {
  return {
    eachAllowed(i, visit) {
      const base = i * M;
      for (let j = 0; j < M; j++) {
        const s = S[base + j] as number;
        if (s >= 0) visit(j, s);
      }
    },
    score: (i, j) => S[i * M + j] as number,
  };
}

function allowedSparse(off: Int32Array, mentor: Int32Array, score: Int32Array): Allowed {
  return {
    eachAllowed(i, visit) {
      for (let e = off[i] as number; e < (off[i + 1] as number); e++)
        visit(mentor[e] as number, score[e] as number);
    },
    score(i, j) {
      for (let e = off[i] as number; e < (off[i + 1] as number); e++)
        if (mentor[e] === j) return score[e] as number;
      return -1;
    },
  };
}

function allowedFromSource(scores: PairScores): Allowed {
  const row = new Int32Array(scores.mentors);
  return {
    eachAllowed(i, visit) {
      scores.row(i, row);
      for (let j = 0; j < row.length; j++) {
        const s = row[j] as number;
        if (s >= 0) visit(j, s);
      }
    },
    score: (i, j) => scores.score(i, j),
  };
}

/** Capacities respected, every pair allowed, counts and sums as reported. */
function checkFeasible(
  res: MatchResult,
  allowed: Allowed,
  cap: ArrayLike<number>,
  N: number,
): string | null {
  const used = new Int32Array(cap.length);
  const seen = new Uint8Array(N);
  let total = 0;
  let prev = -1;
  for (const [i, j] of res.pairs) {
    if (!(i >= 0 && i < N && j >= 0 && j < cap.length)) return `pair out of range [${i},${j}]`;
    if (i < prev) return "pairs not sorted by mentee";
    prev = i;
    if (seen[i]) return `mentee ${i} matched twice`;
    seen[i] = 1;
    const s = allowed.score(i, j);
    if (s < 0) return `forbidden pair [${i},${j}] matched`;
    total += s;
    if (++(used[j] as number) > (cap[j] as number)) return `mentor ${j} over capacity`;
    if (res.mentorOf && res.mentorOf[i] !== j) return `mentorOf[${i}] disagrees with pairs`;
  }
  if (res.matched !== res.pairs.length) return `matched ${res.matched} ≠ ${res.pairs.length} pairs`;
  if (res.totalScore !== total) return `totalScore ${res.totalScore} ≠ sum of pair scores ${total}`;
  return null;
}

/**
 * The LP dual certificate: u, v ≥ 0, u_i + v_j ≥ w_ij on every allowed pair, equality on matched
 * pairs, and Σu + Σ cap·v = Σ w(matched) (strong duality ⇒ no better matching exists).
 */
function checkCertificate(
  res: MatchResult,
  allowed: Allowed,
  cap: ArrayLike<number>,
  N: number,
): string | null {
  const u = res.menteeDual;
  const v = res.mentorDual;
  const bonus = res.matchBonus ?? 0;
  if (!u || !v || u.length < N || v.length < cap.length) return "no duals in the result";
  const tol = 1e-9 * Math.max(1, bonus);
  let dual = 0;
  for (let i = 0; i < N; i++) {
    if ((u[i] as number) < -tol) return `menteeDual[${i}] < 0`;
    dual += u[i] as number;
  }
  for (let j = 0; j < cap.length; j++) {
    if ((v[j] as number) < -tol) return `mentorDual[${j}] < 0`;
    dual += (cap[j] as number) * (v[j] as number);
  }
  let primal = 0;
  for (const [i, j] of res.pairs) {
    const w = allowed.score(i, j) + bonus;
    primal += w;
    if (Math.abs((u[i] as number) + (v[j] as number) - w) > tol)
      return `matched [${i},${j}] not tight`;
  }
  let violation: string | null = null;
  for (let i = 0; i < N && !violation; i++) {
    const ui = u[i] as number;
    allowed.eachAllowed(i, (j, s) => {
      if (!violation && ui + (v[j] as number) < s + bonus - tol)
        violation = `pair [${i},${j}] violates u+v ≥ w by ${s + bonus - ui - (v[j] as number)}`;
    });
  }
  if (violation) return violation;
  if (Math.abs(dual - primal) > tol * (N + cap.length)) return `dual ${dual} ≠ primal ${primal}`;
  return null;
}

/** The commit measured, and whether src/matching had uncommitted changes at the time. */
function sourceVersion(): { commit?: string; dirty?: boolean } {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
  const commit = git("rev-parse", "--short", "HEAD");
  if (!commit) return {};
  return { commit, dirty: git("status", "--porcelain", "--", "src/matching") !== "" };
}

// ---- main ----
async function main() {
  const o = parseArgs(process.argv.slice(2));
  const { solve } = await load<SolverModule>(o.solver, "solver");

  const t0 = now();
  const jsonText = fs.readFileSync(`${o.prefix}.json`, "utf8");
  let json: (InstanceMeta & Record<string, unknown>) | null = JSON.parse(jsonText);
  if (!json) throw new Error("empty instance");
  const meta: InstanceMeta = {
    name: json.name,
    N: json.N,
    M: json.M,
    K: json.K,
    big: json.big,
    max_score: json.max_score,
    capacity: json.capacity,
    dense_sum: json.dense_sum,
    dense_sha256: json.dense_sha256,
  };
  const { N, M } = meta;
  const capacities = Int32Array.from(meta.capacity);
  let makeScores: () => PairScores;
  let makeAllowed: () => Allowed;
  let kind: string;
  if (o.form === "dense") {
    const { denseScores } = await load<SourcesModule>(o.sources, "score sources");
    const buf = fs.readFileSync(`${o.prefix}.dense.i16`);
    if (buf.length !== N * M * 2)
      throw new Error(`dense file has ${buf.length} bytes, not ${N * M * 2}`);
    const S = view(buf, Int16Array, 0, N * M);
    makeScores = () => denseScores(S, N, M, meta.max_score);
    makeAllowed = () => allowedDense(S, M);
    kind = "full";
    json = null; // only the matrix stays in memory
  } else if (o.form === "sparse") {
    const { sparseScores } = await load<SourcesModule>(o.sources, "score sources");
    const buf = fs.readFileSync(`${o.prefix}.sparse.bin`);
    const hdr = view(buf, Int32Array, 0, 4);
    const [n, m, k, e] = [hdr[0] as number, hdr[1] as number, hdr[2] as number, hdr[3] as number];
    if (n !== N || m !== M) throw new Error("sparse file does not match the JSON");
    let at = 16;
    const off = view(buf, Int32Array, at, N + 1);
    at += (N + 1) * 4;
    const mentor = view(buf, Int32Array, at, e);
    at += e * 4;
    const score = view(buf, Int32Array, at, e);
    makeScores = () => sparseScores(off, mentor, score, N, M);
    makeAllowed = () => allowedSparse(off, mentor, score);
    kind = `top${k}`;
    json = null;
  } else {
    const { profilesFromBenchInstance } = await load<ProfilesModule>(o.profiles, "bench profiles");
    const { createScorer } = await load<ScorerModule>(o.scorer, "scorer");
    const { cohort, config } = profilesFromBenchInstance(json);
    makeScores = () => createScorer(cohort, config);
    kind = "full";
    json = null;
    makeAllowed = () => allowedFromSource(makeScores());
  }
  let scores: PairScores | null = makeScores();
  const buildS = now() - t0;

  const times: number[] = [];
  const peaks: number[] = [];
  let res: MatchResult | null = null;
  let stats: MatchResult["stats"] | null = null;
  const canReset = resetPeak();
  for (let r = 0; r < o.runs; r++) {
    // A fresh score source for every run, so no run profits from a cache the last one filled.
    if (r > 0 || !scores) scores = makeScores();
    res = null;
    gc?.();
    if (canReset) resetPeak();
    const a = now();
    res = solve({ scores, capacities, objective: o.objective });
    times.push(now() - a);
    peaks.push(peakMb());
    stats = res.stats;
    scores = null;
  }
  if (!res) throw new Error("no run");

  const t1 = now();
  const allowed = makeAllowed();
  const feasible = checkFeasible(res, allowed, capacities, N);
  let certified: boolean | null = null;
  let certificateError: string | null = null;
  if (o.certify && !feasible) {
    certificateError = checkCertificate(res, allowed, capacities, N);
    certified = certificateError === null;
  }
  // The profiles scorer must reproduce gen.py's matrix bit for bit: compare the checksum.
  let scoresChecksum: boolean | null = null;
  if (o.form === "profiles" && o.certify) {
    const src = makeScores();
    const row = new Int32Array(M);
    let sum = 0;
    for (let i = 0; i < N; i++) {
      src.row(i, row);
      for (let j = 0; j < M; j++) sum += row[j] as number;
    }
    scoresChecksum = sum === meta.dense_sum;
  }
  const verifyS = now() - t1;

  const expected =
    o.objective === "max-matched-then-score"
      ? knownOptimum(meta, o.prefix, kind, o.reference)
      : null;
  const agrees = expected
    ? expected.matched === res.matched && expected.score === res.totalScore
    : null;
  const heap = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  const oldSpace = (process.env.NODE_OPTIONS ?? "").match(/--max-old-space-size=(\d+)/);
  const out = {
    instance: meta.name,
    solver: "mutual",
    form: o.form,
    matched: res.matched,
    score: res.totalScore,
    solve_s: round(median(times)),
    build_s: round(buildS),
    peak_rss_mb: Math.round(Math.max(...peaks)),
    runs: o.runs,
    agrees,
    expected,
    feasible: feasible === null,
    ...(feasible ? { feasible_error: feasible } : {}),
    certified,
    ...(certificateError ? { certificate_error: certificateError } : {}),
    ...(scoresChecksum !== null ? { scores_checksum: scoresChecksum } : {}),
    solve_runs_s: times.map((t) => round(t)),
    core_arcs: stats?.coreArcs,
    pricing_rounds: stats?.pricingRounds,
    verify_s: round(verifyS, 2),
    process_max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    peak_rss_method: canReset ? "VmHWM reset before each solve" : "process maxRSS",
    heap_limit_mb: Math.round(heap),
    ...(oldSpace ? { max_old_space_size_mb: Number(oldSpace[1]) } : {}),
    node: process.version,
    ...sourceVersion(),
  };
  console.log(JSON.stringify(out));
  const ok =
    agrees !== false && feasible === null && certified !== false && scoresChecksum !== false;
  process.exitCode = ok ? 0 : 1;
}

await main();
