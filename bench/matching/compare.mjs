#!/usr/bin/env node
// Mutual's matching solver against the baselines of ../shared/bench/matching, side by side, on
// the same instances, in one run, one solver at a time (never two timed runs at once):
//   sparse top-K   LEMON network simplex (lemon_mcf … sparse ns)   vs ours --form sparse
//   dense (exact)  LEMON core + pricing (lemon_core … ns R 10 2),
//                  scipy linear_sum_assignment (N ≤ 5,000 unless SLOW=1: 8.6 GB at N = 20,000)
//                  vs ours --form dense, and ours --form profiles (lazy scoring) when the
//                  scorer's bench adapter exists
// Every JSON line goes to .tmp/bench-results.jsonl; then it checks that every solver found the
// same matched/score per instance and form, and prints a markdown table of medians with the
// ratio ours/LEMON and the issue's targets (also written to .tmp/bench-results.md).
//
//   node bench/matching/compare.mjs
//   SIZES="1000 5000" RECIP=0 RUNS=1 node bench/matching/compare.mjs
//   SLOW=1   also scipy at N = 20,000 and LEMON network simplex on the full dense graph
//   HUGE=1   also 100,000 mentees × 33,333 mentors (generated in blocks by gen_chunked.py, no
//            dense file: ours --form profiles and --form sparse, LEMON sparse)
//   FORMS="dense sparse profiles"  which of our forms to run · ONLY_OURS=1  skip the baselines
//   SUMMARY=1  only re-print the table from .tmp/bench-results.jsonl
//   RESULTS=.tmp/other.jsonl  where the lines go (the table goes next to it, .md)
//   BENCH_ARGS="--solver x.ts --sources x.ts"  extra options for bench.ts (stand-in modules)
// Needs g++, liblemon-dev, python3-numpy, python3-scipy (see bench/matching/README.md).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const kit = path.resolve(process.env.MATCHBENCH_DIR ?? path.join(root, "../shared/bench/matching"));
const tmp = path.join(root, ".tmp");
const instDir = path.join(tmp, "instances");
const resultsFile = path.resolve(process.env.RESULTS ?? path.join(tmp, "bench-results.jsonl"));
const tableFile = `${resultsFile.replace(/\.jsonl$/, "")}.md`;
const optimaFile = path.join(tmp, "bench-optima.json");
const PY = "/usr/bin/python3";
const env = process.env;
const SIZES = (env.SIZES ?? "1000 5000 20000")
  .split(/[\s,]+/)
  .filter(Boolean)
  .map(Number);
const RECIP = env.RECIP !== "0";
const RUNS = Number(env.RUNS ?? 3);
const SLOW = env.SLOW === "1";
const HUGE = env.HUGE === "1";
const FORMS = (env.FORMS ?? "dense sparse profiles").split(/[\s,]+/);
const ONLY_OURS = env.ONLY_OURS === "1";
const HUGE_N = 100_000;
const profilesModule = path.join(root, "src/matching/bench-profiles.ts");

const log = (...a) => console.error(...a);

function sh(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    cwd: root,
    ...opts,
    env: { ...process.env, ...(opts.env ?? {}) },
  });
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

function machine() {
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1];
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: cpu ?? os.cpus()[0]?.model,
    mem_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load1_at_start: os.loadavg()[0],
  };
}

// ---- set-up: LEMON programs and instances ----
function buildLemon() {
  for (const prog of ["lemon_mcf", "lemon_core"]) {
    const out = path.join(tmp, prog);
    const src = path.join(kit, `${prog}.cpp`);
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs > fs.statSync(src).mtimeMs) continue;
    log(`building ${path.relative(root, out)}`);
    const r = sh("g++", ["-O3", "-DNDEBUG", "-o", out, src]);
    if (r.status !== 0) throw new Error(`g++ failed (is liblemon-dev installed?)\n${r.stderr}`);
  }
}

function ensureInstance(name, n, reciprocal) {
  const prefix = path.join(instDir, name);
  const huge = n >= HUGE_N;
  const files = huge ? [".json", ".sparse.bin"] : [".json", ".sparse.bin", ".dense.i16"];
  if (files.every((f) => fs.existsSync(prefix + f))) return prefix;
  log(`generating ${name}${huge ? " in blocks (no dense file)" : ""}`);
  const args = huge
    ? [path.join(root, "bench/matching/gen_chunked.py"), "--n", `${n}`, "--seed", "1"]
    : [
        path.join(kit, "gen.py"),
        "--n",
        `${n}`,
        "--seed",
        "1",
        ...(reciprocal ? ["--reciprocal"] : []),
      ];
  const r = sh(PY, [...args, "--out", instDir], { stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`instance generation failed for ${name}`);
  log(`  ${r.stdout.trim()}`);
  return prefix;
}

// ---- runs ----
const results = [];
function record(lines, extra) {
  for (const line of lines) {
    const row = { ...line, ...extra };
    results.push(row);
    fs.appendFileSync(resultsFile, `${JSON.stringify(row)}\n`);
  }
}

function jsonLines(text) {
  return (text ?? "")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l));
}

function runTool(label, cmd, args, opts = {}) {
  const load1 = os.loadavg()[0];
  log(`▶ ${label}`);
  const r = sh(cmd, args, opts);
  const lines = jsonLines(r.stdout);
  if (r.status !== 0 || lines.length === 0) {
    const why = (r.stderr || r.error?.message || "").trim().split("\n").slice(-3).join(" | ");
    log(`  ✗ exit ${r.status ?? r.signal}${why ? `: ${why}` : ""}`);
    record(
      [{ solver: label, failed: true, exit: r.status ?? r.signal, error: why.slice(0, 500) }],
      {
        load1,
      },
    );
    return { lines: [], r };
  }
  record(lines, { load1 });
  for (const l of lines)
    log(
      `  ${l.solver} ${l.form}: ${l.matched}/${l.score} in ${l.solve_s} s${l.agrees === false ? " DISAGREES" : ""}`,
    );
  return { lines, r };
}

function saveOptimum(instPrefix, kind, line) {
  const head = fs.readFileSync(`${instPrefix}.json`, "utf8"); // dense_sum is near the end
  const name = head.match(/"name":"([^"]+)"/)?.[1];
  const denseSum = head.match(/"dense_sum":(\d+)/)?.[1];
  if (!name || !denseSum) return;
  let all = {};
  try {
    all = JSON.parse(fs.readFileSync(optimaFile, "utf8"));
  } catch {}
  const key = `${name}|${denseSum}|${kind}`;
  if (all[key]) return;
  all[key] = { matched: line.matched, score: line.score, source: line.solver };
  fs.writeFileSync(optimaFile, `${JSON.stringify(all, null, 1)}\n`);
}

function ours(prefix, form, runs, heapMb) {
  const nodeArgs = ["--expose-gc", "--import", "tsx"];
  const opts = heapMb ? { env: { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } } : {};
  const args = [
    ...nodeArgs,
    "bench/matching/bench.ts",
    prefix,
    "--form",
    form,
    "--runs",
    `${runs}`,
  ];
  if (env.BENCH_ARGS) args.push(...env.BENCH_ARGS.split(/\s+/).filter(Boolean));
  const label = `mutual ${form}${heapMb ? ` (--max-old-space-size=${heapMb})` : ""}`;
  const out = runTool(label, process.execPath, args, opts);
  if (!out.lines.length && !heapMb && /heap out of memory/i.test(out.r.stderr ?? "")) {
    log("  JavaScript heap exhausted: retrying with --max-old-space-size=16384");
    return ours(prefix, form, runs, 16384);
  }
  return out;
}

function benchInstance(name, n, reciprocal) {
  const prefix = ensureInstance(name, n, reciprocal);
  const huge = n >= HUGE_N;
  const runs = huge ? 1 : RUNS;
  // sparse top-K
  if (!ONLY_OURS) {
    const { lines } = runTool("lemon_ns sparse", path.join(tmp, "lemon_mcf"), [
      prefix,
      "sparse",
      "ns",
      `${runs}`,
    ]);
    if (lines[0]) saveOptimum(prefix, `top${jsonHead(prefix).K}`, lines[0]);
  }
  if (FORMS.includes("sparse")) ours(prefix, "sparse", runs);
  // dense (exact over every allowed pair)
  if (!huge) {
    if (!ONLY_OURS) {
      const { lines } = runTool("lemon_ns_core dense", path.join(tmp, "lemon_core"), [
        prefix,
        "ns",
        `${runs}`,
        "10",
        "2",
      ]);
      if (lines[0]) saveOptimum(prefix, "full", lines[0]);
      if (n <= 5000 || SLOW)
        runTool("scipy dense", PY, [
          path.join(kit, "bench_py.py"),
          prefix,
          "scipy",
          "dense",
          "--runs",
          `${runs}`,
        ]);
      if (SLOW)
        runTool("lemon_ns dense", path.join(tmp, "lemon_mcf"), [prefix, "dense", "ns", `${runs}`]);
    }
    if (FORMS.includes("dense")) ours(prefix, "dense", runs);
  }
  if (FORMS.includes("profiles")) {
    if (fs.existsSync(profilesModule)) ours(prefix, "profiles", runs);
    else
      log(`▷ mutual profiles skipped: ${path.relative(root, profilesModule)} does not exist yet`);
  }
}

function jsonHead(prefix) {
  const fd = fs.openSync(`${prefix}.json`, "r");
  const buf = Buffer.alloc(4096);
  fs.readSync(fd, buf, 0, 4096, 0);
  fs.closeSync(fd);
  const text = buf.toString("utf8");
  return { K: Number(text.match(/"K":(\d+)/)?.[1] ?? 50), N: Number(text.match(/"N":(\d+)/)?.[1]) };
}

// ---- summary ----
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) =>
  x === undefined
    ? "–"
    : x >= 10
      ? x.toFixed(1)
      : x >= 1
        ? x.toFixed(2)
        : x >= 0.01
          ? x.toFixed(3)
          : x.toFixed(4);

/** The issue's targets, by instance and form (seconds, or a ratio to LEMON NS for sparse). */
function target(instance, form, n) {
  const recip = instance.startsWith("recip");
  if (form === "sparse") {
    if (recip) return null;
    if (n === 20000) return { ratio: 1.5, text: "≤ 1.5× LEMON NS" };
    if (n === 5000) return { seconds: 0.3, text: "≤ 0.3 s" };
    return null;
  }
  if (recip && n === 5000) return { seconds: 0.5, text: "≤ 0.5 s" };
  if (n === 20000) return { seconds: 11, text: "≤ 11 s (stretch 5 s)" };
  if (n === 5000) return { seconds: 1.0, text: "≤ 1.0 s" };
  if (n === HUGE_N) return { text: "completes" };
  return null;
}

function summarize(rows) {
  const ok = rows.filter((r) => r.solve_s !== undefined && r.instance);
  const group = (r) => (r.form === "sparse" ? "sparse" : "dense");
  const keys = [...new Set(ok.map((r) => `${r.instance}|${group(r)}`))];
  const nOf = (inst) => Number(inst.match(/_n(\d+)_/)?.[1]);
  keys.sort((a, b) => {
    const [ia, fa] = a.split("|");
    const [ib, fb] = b.split("|");
    return (
      ia.split("_")[0].localeCompare(ib.split("_")[0]) || nOf(ia) - nOf(ib) || fb.localeCompare(fa)
    );
  });
  const lines = [
    "| instance | form | ours (s) | LEMON (s) | ours / LEMON | scipy (s) | matched / score | all agree | ours peak RSS | target |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  const disagreements = [];
  const failures = rows.filter((r) => r.failed);
  for (const key of keys) {
    const [instance, g] = key.split("|");
    const rs = ok.filter((r) => r.instance === instance && group(r) === g);
    const answers = new Set(rs.map((r) => `${r.matched}/${r.score}`));
    const agree = answers.size === 1 && rs.every((r) => r.agrees !== false);
    if (!agree) disagreements.push(`${instance} ${g}: ${[...answers].join(", ")}`);
    const by = (solver, form) => {
      const xs = rs.filter((r) => r.solver === solver && (!form || r.form === form));
      return xs.length ? median(xs.map((r) => r.solve_s)) : undefined;
    };
    const lemonSolver = g === "sparse" ? "lemon_ns" : "lemon_ns_core";
    const lemon = by(lemonSolver);
    const scipy = by("scipy");
    const oursForms = g === "sparse" ? ["sparse"] : ["dense", "profiles"];
    const n = nOf(instance);
    const ran = oursForms.filter((f) => rs.some((r) => r.solver === "mutual" && r.form === f));
    const onlyOurs = rs.every((r) => r.solver === "mutual");
    const agreeText = !agree
      ? "**NO**"
      : onlyOurs
        ? rs.every((r) => r.certified)
          ? "certified (no reference)"
          : "no reference"
        : "yes";
    for (const form of ran.length ? ran : oursForms.slice(0, 1)) {
      const mine = rs.filter((r) => r.solver === "mutual" && r.form === form);
      const t = mine.length ? median(mine.map((r) => r.solve_s)) : undefined;
      const rss = mine.length ? Math.max(...mine.map((r) => r.peak_rss_mb)) : undefined;
      const heap = mine.find((r) => r.max_old_space_size_mb)?.max_old_space_size_mb;
      const tg = target(instance, g, n);
      let verdict = "";
      if (tg && t !== undefined) {
        const met = tg.ratio
          ? lemon !== undefined && t <= tg.ratio * lemon
          : tg.seconds
            ? t <= tg.seconds
            : true;
        verdict = `${tg.text}: ${met ? "met" : "**not met**"}`;
      } else if (tg) verdict = `${tg.text}: no run`;
      if (n === 20000 && g === "dense" && rss !== undefined)
        verdict += `${verdict ? "; " : ""}≤ 512 MB: ${rss <= 512 ? "met" : "**not met**"}`;
      const label =
        g === "sparse"
          ? "sparse top-50"
          : form === "profiles"
            ? "full, lazy scores"
            : "full (dense file)";
      lines.push(
        `| ${instance} | ${label} | ${fmt(t)} | ${fmt(lemon)} | ${t !== undefined && lemon ? `${(t / lemon).toFixed(2)}×` : "–"} | ${g === "dense" ? fmt(scipy) : "–"} | ${[...answers].join(" ≠ ")} | ${agreeText} | ${rss !== undefined ? `${rss} MB${heap ? ` (heap ${heap} MB)` : ""}` : "–"} | ${verdict} |`,
      );
    }
  }
  lines.push("");
  lines.push(
    disagreements.length
      ? `Optimum agreement: **DISAGREEMENT** — ${disagreements.join("; ")}`
      : "Optimum agreement: every solver found the same matched/score on every instance and form.",
  );
  if (failures.length)
    lines.push(
      `Failed runs: ${failures.map((f) => `${f.solver} (${f.error || f.exit})`).join("; ")}`,
    );
  return { text: lines.join("\n"), ok: disagreements.length === 0 };
}

// ---- main ----
function main() {
  fs.mkdirSync(instDir, { recursive: true });
  if (env.SUMMARY === "1") {
    const rows = fs
      .readFileSync(resultsFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const { text } = summarize(rows);
    console.log(text);
    return;
  }
  const m = machine();
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ meta: m, sizes: SIZES, runs: RUNS, slow: SLOW, huge: HUGE })}\n`,
  );
  log(`machine: ${m.nproc} CPU (${m.cpu}), ${m.mem_gb} GB, load ${m.load1_at_start.toFixed(2)}`);
  if (!ONLY_OURS) buildLemon();
  for (const n of SIZES) benchInstance(`mm_n${n}_s1`, n, false);
  if (RECIP) benchInstance("recip_n5000_s1", 5000, true);
  if (HUGE) benchInstance(`mm_n${HUGE_N}_s1`, HUGE_N, false);
  const { text, ok } = summarize(results);
  const commits = [
    ...new Set(
      results
        .filter((r) => r.solver === "mutual")
        .map((r) => `${r.commit}${r.dirty ? "+dirty" : ""}`),
    ),
  ];
  const header = `Machine: ${m.nproc} vCPU ${m.cpu}, ${m.mem_gb} GB RAM, Node ${m.node}; ${m.date}; medians of ${RUNS} runs; load average at start ${m.load1_at_start.toFixed(2)}; Mutual at ${commits.join(", ") || "–"}.\n\n`;
  fs.writeFileSync(tableFile, `${header}${text}\n`);
  console.log(header + text);
  log(
    `\nraw lines: ${path.relative(root, resultsFile)} · table: ${path.relative(root, tableFile)}`,
  );
  process.exitCode = ok ? 0 : 1;
}

main();
