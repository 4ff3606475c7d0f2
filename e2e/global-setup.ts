import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A private copy of the app (sources + web build) for the journeys' servers to run. */
    e2eAppDir: string;
  }
}

const root = path.resolve(import.meta.dirname, "..");
const chromium = "/usr/bin/chromium";
const webDist = path.join(root, "dist/web");
const webSource = path.join(root, "src/web");

/** The newest modification time of any file under `dir`. */
function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

async function buildWeb(outDir: string) {
  const { build } = await import("vite");
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: path.join(root, "vite.config.ts"),
      root: webSource,
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** True when every script and stylesheet index.html names is in `dir` (not caught mid-build). */
function completeBuild(dir: string): boolean {
  const index = path.join(dir, "index.html");
  if (!fs.existsSync(index)) return false;
  const html = fs.readFileSync(index, "utf8");
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? "");
  return assets.length > 0 && assets.every((asset) => fs.existsSync(path.join(dir, asset)));
}

/**
 * Runs once before the browser journeys:
 * - checks that Chromium is installed;
 * - builds dist/web if it is missing (or older than src/web, so the journeys never test a stale UI);
 * - snapshots the app (src, bin, config and the web build) into a temporary directory that the
 *   test servers run from. Other people working in this tree may rebuild dist/web at any moment,
 *   and a server serving a half-written dist/web shows blank pages; the snapshot can't change.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `The browser tests need Chromium at ${chromium}, and it isn't there. Install it (for example \`apt-get install chromium\`) and run the tests again.`,
    );
  }
  const missing = !fs.existsSync(path.join(webDist, "index.html"));
  const stale =
    !missing && newestIn(webSource) > fs.statSync(path.join(webDist, "index.html")).mtimeMs;
  if (missing || stale) {
    console.log(`[e2e] Building the web app (${missing ? "no build yet" : "sources changed"})…`);
    await buildWeb(webDist);
  }

  const appDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-app-"));
  for (const entry of ["bin", "src", "package.json", "tsconfig.json"]) {
    fs.cpSync(path.join(root, entry), path.join(appDir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir");
  const snapshotDist = path.join(appDir, "dist/web");
  fs.cpSync(webDist, snapshotDist, { recursive: true });
  if (!completeBuild(snapshotDist)) {
    // Someone was rebuilding dist/web while we copied it: build our own.
    console.log("[e2e] dist/web changed while being copied; building a private copy…");
    await buildWeb(snapshotDist);
  }
  project.provide("e2eAppDir", appDir);
  return () => fs.rmSync(appDir, { recursive: true, force: true });
}
