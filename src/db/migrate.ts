import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Database } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the checked-in migrations; safe to run on every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: each migrator wants its own driver's type
  const db = database.db as any;
  if (database.kind === "pglite") await migratePglite(db, { migrationsFolder });
  else await migratePostgres(database.connectionString);
}

/**
 * Processes that start together (web and worker) take turns under an advisory lock: the first
 * migrates, the others then find nothing to do instead of failing on "type already exists".
 */
async function migratePostgres(connectionString: string | undefined) {
  if (!connectionString) throw new Error("a PostgreSQL database without its connection string");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('mutual:migrate'))");
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

// The checked-in migrations don't change while the process runs: count them once.
let migrationCount: number | undefined;
const countMigrations = () => {
  migrationCount ??= (
    JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as {
      entries: unknown[];
    }
  ).entries.length;
  return migrationCount;
};

/** True when every migration in the journal has been applied. */
export async function migrationsApplied(database: Database): Promise<boolean> {
  try {
    const result = await database.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    return (rows[0]?.n ?? 0) >= countMigrations();
  } catch {
    return false;
  }
}
