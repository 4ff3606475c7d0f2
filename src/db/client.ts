import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./lock.ts";
import * as coreSchema from "./schema.ts";
import * as programsSchema from "./schema-programs.ts";
import * as relationshipsSchema from "./schema-relationships.ts";

const schema = { ...coreSchema, ...programsSchema, ...relationshipsSchema };

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or an open transaction: domain functions accept either. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Set on the embedded database; pg-boss needs the raw instance for its adapter. */
  pglite?: PGlite;
  /** Set on a PostgreSQL server. */
  connectionString?: string;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  | { pglite: PGlite };

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in the data directory. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ("databaseUrl" in options) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    pool.on("error", () => {}); // an idle client's error must not crash the process; queries report it
    await pool.query("select 1");
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: "postgres",
      connectionString: options.databaseUrl,
      close: () => pool.end(),
    };
  }
  if ("pglite" in options) {
    const pglite = options.pglite;
    return {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      kind: "pglite",
      pglite,
      close: () => pglite.close(),
    };
  }
  const release = lockDataDir(options.dataDir);
  try {
    const dbDir = path.join(options.dataDir, "db");
    fs.mkdirSync(dbDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: dbDir });
    return {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      kind: "pglite",
      pglite,
      close: async () => {
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
