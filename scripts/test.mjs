#!/usr/bin/env node
// `npm test`: every check, in order. PostgreSQL and browser suites run when their parts are
// present, and are required when CI=true.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

const ci = process.env.CI === "true";
const chromium = "/usr/bin/chromium";

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

function postgresAnswers() {
  if (process.env.TEST_DATABASE_URL) return Promise.resolve(true);
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 5432, timeout: 1000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const bin = (name) => `node_modules/.bin/${name}`;
run("Type check", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
run("Lint and format (Biome)", bin("biome"), ["ci", "."]);

const projects = ["unit", "pglite"];
if (await postgresAnswers()) projects.push("postgres");
else if (ci) {
  console.error("✗ CI=true but no PostgreSQL answers on 127.0.0.1:5432 (or TEST_DATABASE_URL).");
  process.exit(1);
} else
  console.log(
    "\n• No PostgreSQL on 127.0.0.1:5432: skipping the PostgreSQL suite (set TEST_DATABASE_URL).",
  );

run(`Tests: ${projects.join(", ")}`, bin("vitest"), [
  "run",
  ...projects.flatMap((p) => ["--project", p]),
]);

if (fs.existsSync(chromium))
  run("Browser journeys (Chromium)", bin("vitest"), ["run", "--project", "e2e"]);
else if (ci) {
  console.error(
    `✗ CI=true but ${chromium} is missing: install it with apt-get install -y chromium.`,
  );
  process.exit(1);
} else
  console.log(`\n• ${chromium} not found: skipping browser journeys (apt-get install chromium).`);

console.log("\nAll checks passed.");
