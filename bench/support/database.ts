// What the PostgreSQL benchmarks share: a database of their own on the local server, and the
// commit a figure was measured at.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");

/** The URL of database `name` on the server `adminUrl` points at. */
export function benchDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops and creates database `name` (or, with `reuse`, keeps it when it exists). Returns true
 * when the database is new and needs migrating and seeding.
 */
export async function prepareBenchDatabase(
  adminUrl: string,
  name: string,
  reuse: boolean,
): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (reuse && exists.rowCount) return false;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    return true;
  } finally {
    await admin.end();
  }
}

/** The short commit, and whether `paths` have uncommitted changes (a figure's provenance). */
export function gitState(paths: string[]): { commit: string; dirty: boolean } {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
  return {
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: git("status", "--porcelain", "--", ...paths) !== "",
  };
}
