import fs from "node:fs";
import path from "node:path";
import { randomToken } from "./tokens.ts";

/**
 * The secret that signs session cookies: SESSION_SECRET when set, otherwise one generated on
 * first start and kept in the data directory (processes sharing that directory share it).
 */
export function resolveSessionSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, "session-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomToken(), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}
