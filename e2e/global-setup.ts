import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const chromium = "/usr/bin/chromium";
const webIndex = path.join(root, "dist/web/index.html");
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

/**
 * Runs once before the browser journeys: checks that Chromium is installed and that the web
 * app is built (and not older than its sources, so the journeys never test a stale UI).
 */
export default async function setup() {
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `The browser tests need Chromium at ${chromium}, and it isn't there. Install it (for example \`apt-get install chromium\`) and run the tests again.`,
    );
  }
  const missing = !fs.existsSync(webIndex);
  const stale = !missing && newestIn(webSource) > fs.statSync(webIndex).mtimeMs;
  if (missing || stale) {
    console.log(`[e2e] Building the web app (${missing ? "no build yet" : "sources changed"})…`);
    const { build } = await import("vite");
    await build({
      configFile: path.join(root, "vite.config.ts"),
      root: webSource,
      logLevel: "warn",
    });
  }
}
