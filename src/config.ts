import path from "node:path";
import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a port number from 1 to 65535" })
  .int("must be a port number from 1 to 65535")
  .min(1, "must be a port number from 1 to 65535")
  .max(65535, "must be a port number from 1 to 65535");
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      error: "must be development, production or test",
    })
    .default("development"),
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  BASE_URL: z.url({ message: "must be a full URL such as https://mutual.example.org" }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_DAYS: wholeNumber(1, 365).default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Mutual <mutual@localhost>"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  SIGN_IN_RATE_LIMIT: wholeNumber(1, 100_000).default(10),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  baseUrl: string;
  secureCookies: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string | undefined;
  sessionDays: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  signInRateLimit: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Mutual cannot start: the configuration has problems.\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

/** Parses the environment once; empty strings count as unset. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const c = parsed.data;
  const baseUrl = (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, "");
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    baseUrl,
    secureCookies: baseUrl.startsWith("https://"),
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    sessionSecret: c.SESSION_SECRET,
    sessionDays: c.SESSION_DAYS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    signInRateLimit: c.SIGN_IN_RATE_LIMIT,
  };
}
