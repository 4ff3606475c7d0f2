import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type TestServer = {
  /** Where the server listens, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  dataDir: string;
  /** Everything the server printed so far (it logs at "warn"). */
  output(): string;
  /** Stops the server; its data directory is removed unless `keepData` (to start it again). */
  stop(options?: { keepData?: boolean }): Promise<void>;
};

/** Asks the operating system for a port nobody is using right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

/**
 * Starts a fresh Mutual (`node bin/mutual.js start`) on a free port with its own empty data
 * directory, so it runs on a new embedded database. Resolves once GET /readyz answers 200.
 * `appDir` is where the app lives (the repository, or the snapshot the global setup made).
 */
export async function startServer({
  appDir = root,
  timeoutMs = 90_000,
  dataDir: given,
  env = {},
}: {
  appDir?: string;
  timeoutMs?: number;
  /**
   * A data directory prepared beforehand (e.g. by `mutual seed-demo`, or kept by an earlier
   * server's `stop({ keepData: true })`); removed on stop.
   */
  dataDir?: string;
  /** More environment for this server (e.g. a higher SIGN_IN_RATE_LIMIT). */
  env?: Record<string, string>;
} = {}): Promise<TestServer> {
  const dataDir = given ?? (await fs.mkdtemp(path.join(os.tmpdir(), "mutual-e2e-")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, ["bin/mutual.js", "start"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: url,
      LOG_LEVEL: "warn",
      SESSION_SECRET: "e2e-session-secret-that-is-long-enough-0123456789",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });

  const exit = exited(child);
  let stopped = false;
  const stop = async (options: { keepData?: boolean } = {}) => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.kill("SIGTERM");
      await exit;
      clearTimeout(kill);
    }
    if (!options.keepData) {
      await fs.rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  };

  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`Mutual exited before it was ready (code ${child.exitCode}).`);
      }
      try {
        const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`Mutual wasn't ready after ${timeoutMs} ms.`);
      // Poll again as soon as the process has had a moment (or exits).
      await Promise.race([new Promise((r) => setTimeout(r, 100)), exit]);
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${log || "(none)"}`);
  }
  return { url, dataDir, output: () => log, stop };
}
