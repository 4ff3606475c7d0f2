import { type Database, openDatabase } from "../../src/db/client.ts";

/**
 * Opens a stopped server's embedded database, for what a journey can't wait for in real time:
 * weeks passing between sessions. The data directory's lock lets one process in at a time, so
 * the server must be stopped with `stop({ keepData: true })` first and started again after.
 */
export async function withStoppedDatabase<T>(
  dataDir: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
