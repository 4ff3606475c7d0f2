#!/usr/bin/env node
// Page weight: gzipped JavaScript a browser loads for the app shell (the entry and what it
// imports up front) and for each lazily loaded chunk, against the 250 kB budget.
// Usage: npx vite build && node bench/page-weight.mjs
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 250 * 1024;
const dist = path.resolve("dist/web");
const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const gz = (file) => gzipSync(fs.readFileSync(path.join(dist, file))).length;
const upFront = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const all = fs
  .readdirSync(path.join(dist, "assets"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `assets/${f}`);
const shell = upFront.reduce((sum, f) => sum + gz(f), 0);
const lazy = all.filter((f) => !upFront.includes(f)).map((f) => ({ file: f, bytes: gz(f) }));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`App shell (loaded on every page): ${kb(shell)} gzipped in ${upFront.length} file(s)`);
for (const { file, bytes } of lazy.sort((a, b) => b.bytes - a.bytes))
  console.log(`  lazy ${file}: ${kb(bytes)}`);
// An upper bound for any page: the shell plus every lazy chunk, as if one page needed them all.
const heaviest = shell + lazy.reduce((sum, c) => sum + c.bytes, 0);
console.log(
  `Any page, at most (shell + every lazy chunk): ${kb(heaviest)} of a ${kb(BUDGET)} budget`,
);
if (heaviest > BUDGET) {
  console.error("Over budget.");
  process.exit(1);
}
