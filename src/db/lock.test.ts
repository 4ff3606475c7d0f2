import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../server/errors.ts";
import { lockDataDir } from "./lock.ts";

let dataDir: string;
let lockFile: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-lock-"));
  lockFile = path.join(dataDir, "mutual.lock");
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (!child.pid) throw new Error("could not spawn a child process");
  return child.pid;
}

function lockError(dir: string): AppError {
  try {
    lockDataDir(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected lockDataDir to throw");
}

describe("lockDataDir", () => {
  it("writes this process's pid, and release removes the lock file", () => {
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
    release(); // releasing twice is harmless
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("creates a data directory that doesn't exist yet", () => {
    const nested = path.join(dataDir, "a", "b");
    const release = lockDataDir(nested);
    expect(fs.existsSync(path.join(nested, "mutual.lock"))).toBe(true);
    release();
  });

  it("refuses a directory locked by another live process, naming the directory and the pid", () => {
    const release = lockDataDir(dataDir);
    // Another process (our parent, which is alive) now holds the lock.
    const owner = process.ppid;
    fs.writeFileSync(lockFile, String(owner));
    const error = lockError(dataDir);
    expect(error.code).toBe("data_dir_in_use");
    expect(error.status).toBe(423);
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain(`pid ${owner}`);
    expect(error.message).toContain("in use by another Mutual process");
    // The other process's lock is left alone.
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(owner));
    release();
  });

  it("takes over a stale lock left by a process that died", () => {
    fs.writeFileSync(lockFile, String(deadPid()));
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("takes over a lock file that holds no pid", () => {
    fs.writeFileSync(lockFile, "");
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
  });
});
