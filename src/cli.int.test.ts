import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webDist } from "./server/plugins/web.ts";
import { testDbKind } from "./test/database.ts";
import { adminUrl, withDatabase } from "./test/postgres-urls.ts";

/**
 * The `mutual` command as operators run it: real processes, real ports, real data directories.
 * Processes are few and shared across the tests of each block, since each one costs seconds.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin/mutual.js");
const SESSION_SECRET = "cli-test-secret-cli-test-secret-0123456789";
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

/** The environment without any Mutual settings of the test run itself. */
function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of [
    "PORT",
    "HOST",
    "BASE_URL",
    "DATA_DIR",
    "DATABASE_URL",
    "SESSION_SECRET",
    "SESSION_DAYS",
    "SMTP_URL",
    "MAIL_FROM",
    "LOG_LEVEL",
    "SIGN_IN_RATE_LIMIT",
  ]) {
    delete inherited[name];
  }
  return { ...inherited, NODE_ENV: "production", LOG_LEVEL: "warn", ...env };
}

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-cli-"));
  tempDirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Proc = {
  child: ChildProcess;
  pid: number;
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

function spawnMutual(args: string[], env: Record<string, string>, input?: string): Proc {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: baseEnv(env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  if (!child.pid) throw new Error("could not spawn mutual");
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  if (input !== undefined) child.stdin?.end(input);
  return {
    child,
    pid: child.pid,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => `--- stdout\n${stdout}\n--- stderr\n${stderr}`,
    exited,
  };
}

/** Runs a command to completion. */
async function runMutual(args: string[], env: Record<string, string>, input?: string) {
  const proc = spawnMutual(args, env, input);
  const timer = setTimeout(() => proc.child.kill("SIGKILL"), 60_000);
  const { code, signal } = await proc.exited;
  clearTimeout(timer);
  return { code, signal, stdout: proc.stdout(), stderr: proc.stderr() };
}

/** Polls /readyz until it answers 200; fails early when the process exits. */
async function waitReady(proc: Proc, baseUrl: string, timeoutMs = 90_000) {
  let exit: { code: number | null } | undefined;
  void proc.exited.then((e) => {
    exit = e;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`mutual exited (${exit.code}) before it was ready\n${proc.output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`mutual was not ready within ${timeoutMs} ms\n${proc.output()}`);
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Stops a server the way a service manager does; resolves with how it exited. */
async function stop(proc: Proc, timeoutMs = 20_000) {
  proc.child.kill("SIGTERM");
  const timer = setTimeout(() => proc.child.kill("SIGKILL"), timeoutMs);
  const result = await proc.exited;
  clearTimeout(timer);
  return result;
}

/** A browser-like HTTP client: keeps the session cookie and sends the CSRF token. */
class Http {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(public baseUrl: string) {}

  async request(method: string, url: string, body?: unknown) {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== "GET" ? { "x-csrf-token": this.csrfToken } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      if (pair?.startsWith("mutual_session=")) this.cookie = pair;
    }
    const text = await response.text();
    const json =
      text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : undefined;
    if (json && typeof json.csrfToken === "string") this.csrfToken = json.csrfToken;
    return { status: response.status, body: json };
  }
  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
}

const admin = {
  organizationName: "Acme Learning",
  organizationSlug: "acme",
  name: "Ada Lovelace",
  email: "ada@acme.test",
  password: "a sturdy passphrase",
};

beforeAll(() => {
  // Build the web app once, up front, rather than in each started server.
  if (fs.existsSync(path.join(webDist, "index.html"))) return;
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`vite build failed\n${build.stdout}${build.stderr}`);
}, 180_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// Configuration is read before any database is opened, so one project is enough.
describe.runIf(testDbKind === "pglite")("configuration errors", () => {
  const badConfigDir = path.join(tempDir(), "data");
  const splitDir = path.join(tempDir(), "data");
  let badConfig: ReturnType<typeof runMutual>;
  let split: ReturnType<typeof runMutual>;

  beforeAll(async () => {
    // Both at once: each costs a process start.
    badConfig = runMutual(["start"], {
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      DATA_DIR: badConfigDir,
    });
    split = runMutual(["start", "--services", "web"], {
      DATA_DIR: splitDir,
      PORT: String(await freePort()),
    });
    await Promise.all([badConfig, split]);
  }, 60_000);

  it("names each bad variable, exits 1 and prints no stack trace", async () => {
    const result = await badConfig;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("Mutual cannot start");
    expect(result.stderr).toMatch(/^\s+- PORT: /m);
    expect(result.stderr).toMatch(/^\s+- DATABASE_URL: must start with postgres:\/\//m);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(badConfigDir)).toBe(false);
  });

  it("refuses to split web and worker on the embedded database (exit 2)", async () => {
    const result = await split;
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("The embedded database runs in one process");
    expect(result.stderr).toContain("DATABASE_URL");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(splitDir)).toBe(false);
  });
});

// The embedded database is locked to one process, so this is about PGlite only.
describe.runIf(testDbKind === "pglite")("one server on the embedded database", () => {
  const dataDir = tempDir();
  const lockFile = path.join(dataDir, "mutual.lock");
  let server: Proc;
  let port: number;
  const env = () => ({ DATA_DIR: dataDir, PORT: String(port), SESSION_SECRET });

  beforeAll(async () => {
    port = await freePort();
    server = spawnMutual(["start"], env());
    await waitReady(server, `http://127.0.0.1:${port}`);
  }, 120_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) await stop(server);
  });

  it("holds the data directory lock while it runs", () => {
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(server.pid));
  });

  it("turns away `migrate` and a second `start` on the same data directory", async () => {
    const [migrate, second] = await Promise.all([
      runMutual(["migrate"], env()),
      runMutual(["start"], { ...env(), PORT: String(await freePort()) }),
    ]);
    for (const result of [migrate, second]) {
      expect(result.code, result.stderr).not.toBe(0);
      expect(result.code).not.toBeNull();
      expect(result.stderr).toContain("is in use by another Mutual process");
      expect(result.stderr).toContain(`(pid ${server.pid})`);
      expect(result.stderr).toContain(dataDir);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    // The first server is unharmed and keeps its lock.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(server.pid));
  }, 60_000);

  it("completes first-run setup over HTTP", async () => {
    const http = new Http(`http://127.0.0.1:${port}`);
    expect((await http.get("/api/session")).body).toEqual({
      signedIn: false,
      setupNeeded: true,
    });
    const setup = await http.post("/api/setup", admin);
    expect(setup.status).toBe(201);
    expect((await http.get("/api/session")).body).toMatchObject({
      signedIn: true,
      user: { email: admin.email },
    });
  });

  it("exits cleanly on SIGTERM and removes its lock", async () => {
    expect(await stop(server)).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(lockFile)).toBe(false);
    expect(server.stderr()).not.toMatch(/error/i);
  });

  it("create-admin adds an organization, with the password from standard input", async () => {
    const args = ["create-admin", "--org", "acme2", "--org-name", "Acme Two", "--name", "X"];
    const created = await runMutual(
      [...args, "--email", "x@y.test"],
      env(),
      "another sturdy one\n",
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(
      "Created the organization and its administrator x@y.test in “Acme Two”",
    );

    const short = await runMutual([...args, "--email", "z@y.test"], env(), "short\n");
    expect(short.code).not.toBe(0);
    expect(short.code).not.toBeNull();
    expect(short.stderr).toMatch(/- password: Use at least 10 characters/);
    expect(short.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 90_000);

  it("keeps its data across a restart", async () => {
    port = await freePort();
    server = spawnMutual(["start"], env());
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitReady(server, baseUrl);
    const http = new Http(baseUrl);
    expect((await http.get("/api/session")).body).toEqual({
      signedIn: false,
      setupNeeded: false,
    });
    const signIn = await http.post("/api/auth/sign-in", {
      email: admin.email,
      password: admin.password,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({
      email: admin.email,
      role: "admin",
      organization: { slug: "acme" },
    });
    expect((await http.get("/api/session")).body).toMatchObject({ signedIn: true });

    const other = await new Http(baseUrl).post("/api/auth/sign-in", {
      email: "x@y.test",
      password: "another sturdy one",
      organization: "acme2",
    });
    expect(other.status).toBe(200);
    expect(other.body.user).toMatchObject({
      role: "admin",
      organization: { slug: "acme2", name: "Acme Two" },
    });
    const refused = await new Http(baseUrl).post("/api/auth/sign-in", {
      email: "z@y.test",
      password: "short",
      organization: "acme2",
    });
    expect(refused.status).not.toBe(200);
  }, 120_000);
});

// Several processes can only share a database server, not the embedded database.
describe.runIf(testDbKind === "postgres")("web and worker processes sharing PostgreSQL", () => {
  const databaseName = `mutual_t_cli_${process.pid}_${randomBytes(4).toString("hex")}`;
  const adminQuery = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  let web1: Proc;
  let web2: Proc;
  let worker: Proc;
  let url1: string;
  let url2: string;
  const http1 = () => new Http(url1);
  let session: Http;

  beforeAll(async () => {
    // An empty database, not a migrated clone: the three processes race to migrate it.
    await adminQuery(`create database ${databaseName}`);
    const env = {
      DATABASE_URL: withDatabase(adminUrl(), databaseName),
      SESSION_SECRET,
      DATA_DIR: tempDir(),
    };
    const [port1, port2] = [await freePort(), await freePort()];
    url1 = `http://127.0.0.1:${port1}`;
    url2 = `http://127.0.0.1:${port2}`;
    web1 = spawnMutual(["start", "--services", "web"], { ...env, PORT: String(port1) });
    web2 = spawnMutual(["start", "--services", "web"], { ...env, PORT: String(port2) });
    // Info level, so that the worker says when it runs (it has no port to poll).
    worker = spawnMutual(["start", "--services", "worker"], { ...env, LOG_LEVEL: "info" });
    await Promise.all([
      waitReady(web1, url1),
      waitReady(web2, url2),
      waitUntil(
        "the worker to start",
        async () => {
          if (worker.child.exitCode !== null) throw new Error(`worker exited\n${worker.output()}`);
          return worker.stdout().includes("Mutual is running (worker)") ? true : undefined;
        },
        90_000,
      ),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([web1, web2, worker].filter(Boolean).map((p) => stop(p)));
    await adminQuery(`drop database if exists ${databaseName} with (force)`);
  });

  it("a session started on one web process works on the other", async () => {
    const setup = await http1().post("/api/setup", admin);
    expect(setup.status).toBe(201);
    session = http1();
    await session.post("/api/auth/sign-in", { email: admin.email, password: admin.password });
    expect(session.cookie).not.toBeNull();
    expect(session.csrfToken).not.toBeNull();

    session.baseUrl = url2;
    const onWeb2 = await session.get("/api/session");
    expect(onWeb2.body).toMatchObject({ signedIn: true, user: { email: admin.email } });
    expect(onWeb2.body.csrfToken).toBe(session.csrfToken);
    // The cookie alone is not enough for a change: web #2 checks the CSRF token too.
    const withoutToken = new Http(url2);
    withoutToken.cookie = session.cookie;
    const refused = await withoutToken.post("/api/invitations", { emails: "eve@example.test" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("csrf_failed");
    const invited = await session.post("/api/invitations", { emails: "grace@example.test" });
    expect(invited.status).toBe(201);
    expect(invited.body.invited).toEqual([{ id: expect.any(String), email: "grace@example.test" }]);
  });

  it("the worker process delivers the email", async () => {
    const email = await waitUntil("the email to be sent", async () => {
      const list = await session.get("/api/outbox");
      expect(list.status).toBe(200);
      const found = list.body.emails.find((e: { to: string }) => e.to === "grace@example.test");
      return found?.status === "sent" ? found : undefined;
    });
    expect(email).toMatchObject({ attempts: 1, lastError: null });

    // Outbox mode (no SMTP_URL): the link is in the outbox and opens the invitation on web #1.
    const full = await session.get(`/api/outbox/${email.id}`);
    const token = /\/invite\/(\S+)/.exec(full.body.text)?.[1];
    expect(token).toBeDefined();
    const opened = await http1().get(`/api/invitations/by-token/${token}`);
    expect(opened.body).toMatchObject({
      email: "grace@example.test",
      organizationName: "Acme Learning",
    });
  });

  it("each process exits cleanly on SIGTERM", async () => {
    const results = await Promise.all([web1, web2, worker].map((p) => stop(p)));
    expect(results).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
  });
});
