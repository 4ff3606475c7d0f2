import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected loadConfig to throw a ConfigError");
}

describe("loadConfig", () => {
  it("has working defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: "development",
      port: 3000,
      host: "127.0.0.1",
      baseUrl: "http://localhost:3000",
      secureCookies: false,
      dataDir: path.resolve("./data"),
      databaseUrl: undefined,
      sessionSecret: undefined,
      sessionDays: 30,
      smtpUrl: undefined,
      mailFrom: "Mutual <mutual@localhost>",
      logLevel: "info",
      signInRateLimit: 10,
    });
  });

  it("takes PORT and HOST from the environment, and derives the base URL from PORT", () => {
    const config = loadConfig({ PORT: "8080", HOST: "0.0.0.0" });
    expect(config.port).toBe(8080);
    expect(config.host).toBe("0.0.0.0");
    expect(config.baseUrl).toBe("http://localhost:8080");
  });

  it("reads the other variables", () => {
    const config = loadConfig({
      DATA_DIR: "/var/lib/mutual",
      DATABASE_URL: "postgresql://u@db/mutual",
      SMTP_URL: "smtps://mail.example.org:465",
      SESSION_DAYS: "7",
      LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      dataDir: "/var/lib/mutual",
      databaseUrl: "postgresql://u@db/mutual",
      smtpUrl: "smtps://mail.example.org:465",
      sessionDays: 7,
      logLevel: "warn",
    });
  });

  it("names each bad variable in one error", () => {
    const error = configError({
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      SMTP_URL: "http://x",
    });
    expect(error.message).toContain("Mutual cannot start");
    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/^\s+- PORT: /m);
    expect(error.message).toMatch(/^\s+- DATABASE_URL: .*postgres:\/\//m);
    expect(error.message).toMatch(/^\s+- SMTP_URL: .*smtp:\/\//m);
  });

  it.each([
    ["PORT", "0"],
    ["PORT", "65536"],
    ["PORT", "80.5"],
    ["SESSION_SECRET", "too short"],
    ["BASE_URL", "mutual.example.org"],
    ["LOG_LEVEL", "loud"],
    ["NODE_ENV", "staging"],
    ["SESSION_DAYS", "0"],
  ])("rejects %s=%s", (name, value) => {
    const error = configError({ [name]: value });
    expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
  });

  it("counts empty strings as unset", () => {
    const config = loadConfig({
      PORT: "",
      HOST: "",
      DATABASE_URL: "",
      SMTP_URL: "",
      SESSION_SECRET: "",
      BASE_URL: "",
    });
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
    expect(config.sessionSecret).toBeUndefined();
    expect(config.baseUrl).toBe("http://localhost:3000");
  });

  it("uses secure cookies when the base URL is https, and drops trailing slashes", () => {
    const config = loadConfig({ BASE_URL: "https://mutual.example.org/" });
    expect(config.baseUrl).toBe("https://mutual.example.org");
    expect(config.secureCookies).toBe(true);
    expect(loadConfig({ BASE_URL: "http://mutual.example.org" }).secureCookies).toBe(false);
  });
});
