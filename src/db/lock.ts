import fs from "node:fs";
import path from "node:path";
import { AppError } from "../server/errors.ts";

const LOCK_FILE = "mutual.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The embedded database is single-process. A lock file holding the owner's pid keeps a
 * second process (a CLI command while the server runs, a second server) from opening the same
 * data directory and corrupting it. A lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          "data_dir_in_use",
          423,
          `The embedded database in ${dataDir} is in use by another Mutual process (pid ${owner}). ` +
            "Stop that process first, or run Mutual on a PostgreSQL server (DATABASE_URL) to use several processes.",
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError("data_dir_in_use", 423, `Could not lock the data directory ${dataDir}.`);
}
