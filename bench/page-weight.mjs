#!/usr/bin/env node
// Page weight: the gzipped JavaScript a browser loads for each page of the web app, against the
// 250 kB budget. A page = the app shell (index.html's entry and its static imports) + the page's
// lazily loaded route chunk + everything that chunk imports, statically or lazily (a page's own
// lazy parts, like the profile's skills section, load when it renders), except other pages.
// Reads the manifest Vite writes (`build.manifest`). Usage: npx vite build && node bench/page-weight.mjs
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 250 * 1024;
const dist = path.resolve("dist/web");
const manifest = JSON.parse(fs.readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));
const size = new Map();
const gz = (file) => {
  if (!size.has(file)) size.set(file, gzipSync(fs.readFileSync(path.join(dist, file))).length);
  return size.get(file);
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** Every chunk key reachable from `start` through `edges`, not entering `stop`. */
function closure(start, edges, stop = new Set()) {
  const seen = new Set();
  const todo = [start];
  while (todo.length > 0) {
    const key = todo.pop();
    if (seen.has(key) || (key !== start && stop.has(key))) continue;
    seen.add(key);
    for (const next of edges(manifest[key])) todo.push(next);
  }
  return seen;
}
const staticEdges = (chunk) => chunk.imports ?? [];
const allEdges = (chunk) => [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])];
const bytesOf = (keys) => [...keys].reduce((sum, key) => sum + gz(manifest[key].file), 0);

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = closure(entry, staticEdges);
const pages = new Set([...shell].flatMap((key) => manifest[key].dynamicImports ?? []));
const shellBytes = bytesOf(shell);
console.log(`App shell (loaded on every page): ${kb(shellBytes)} gzipped`);
const rows = [...pages].map((page) => {
  const own = [...closure(page, allEdges, pages)].filter((key) => !shell.has(key));
  return { page, bytes: shellBytes + bytesOf(own) };
});
rows.sort((a, b) => b.bytes - a.bytes);
for (const { page, bytes } of rows)
  console.log(`  ${kb(bytes).padStart(9)}  ${page.replace(/^features\//, "")}`);
const heaviest = rows[0]?.bytes ?? shellBytes;
console.log(`Heaviest page: ${kb(heaviest)} of a ${kb(BUDGET)} budget`);
if (heaviest > BUDGET) {
  console.error("Over budget.");
  process.exit(1);
}
