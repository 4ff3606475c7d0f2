import net from "node:net";
import { sql } from "drizzle-orm";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "../db/client.ts";
import { queueEmail } from "../modules/email/queue-email.ts";
import { sendEmailJob } from "../modules/email/send-email-job.ts";
import { sweepEmailsJob } from "../modules/email/sweep-emails-job.ts";
import { invitationEmail } from "../modules/email/templates.ts";
import { jobDefinitions } from "../modules/jobs.ts";
import { buildSessionInvite } from "../modules/sessions/ics.ts";
import { testConfig } from "../test/app.ts";
import { TestClient } from "../test/client.ts";
import { createTestDatabase } from "../test/database.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../test/factories.ts";
import { type App, buildApp } from "./app.ts";
import type { Services } from "./context.ts";
import { type JobRunner, startJobs } from "./jobs/boss.ts";
import { defineJob } from "./jobs/queue.ts";

/**
 * pg-boss and SMTP for real: the test database (PGlite or PostgreSQL) runs pg-boss, the worker
 * delivers over SMTP to a server in this process, and the app is built with the real job runner.
 */

type Received = { from: string; to: string[]; raw: string };

/** Tiny mail parser: the headers and decoded text/plain part of what nodemailer sent. */
function parseMail(raw: string) {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n(?=[ \t])/g, "").split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const body = rest.join("\r\n\r\n");
  const parts = boundary ? body.split(`--${boundary}`) : [body];
  const textPart = parts.find((p) => /content-type: text\/plain/i.test(p)) ?? "";
  const [partHead = "", ...partBody] = textPart.replace(/^\r\n/, "").split("\r\n\r\n");
  let text = partBody.join("\r\n\r\n");
  if (/quoted-printable/i.test(partHead)) {
    const bytes = text
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    text = Buffer.from(bytes, "latin1").toString("utf8");
  } else if (/base64/i.test(partHead)) {
    text = Buffer.from(text, "base64").toString("utf8");
  }
  return { headers, text: text.replace(/\r\n/g, "\n") };
}

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    // Plain SMTP on localhost: no TLS upgrade to negotiate with the test's self-signed certificate.
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no SMTP address");
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on which nothing listens, so connections are refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function emailRow(db: Database["db"], id: string) {
  const result = await db.execute(
    sql`select status, attempts, last_error as "lastError", sent_at as "sentAt" from emails where id = ${id}`,
  );
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows[0] as
    | { status: string; attempts: number; lastError: string | null; sentAt: unknown }
    | undefined;
}

/** A job that fails until pg-boss says it's the final attempt, recording each attempt's flag. */
const finalFlags: boolean[] = [];
const flakyJob = defineJob({
  name: "test-flaky",
  payload: z.object({ n: z.number() }),
  retryLimit: 1,
  async handle(_services, _payload, { final }) {
    finalFlags.push(final);
    if (!final) throw new Error("not yet");
  },
});

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let jobs: JobRunner;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let smtpConfig: ReturnType<typeof testConfig>;
let outboxConfig: ReturnType<typeof testConfig>;
/** What the worker runs with; the outbox tests swap its config (tests in a file run in order). */
let workerServices: Services;
let smtpApp: App;
let outboxApp: App;
let organizationId: string;
let adminEmail: string;

beforeAll(async () => {
  smtp = await startSmtp();
  database = await createTestDatabase();
  jobs = await startJobs(database, [...jobDefinitions, flakyJob], pino({ level: "silent" }));
  smtpConfig = testConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Mutual <mutual@acme.test>" });
  outboxConfig = testConfig();
  workerServices = { db: database.db, config: smtpConfig, jobs };
  await jobs.work(workerServices);
  smtpApp = await buildApp({ config: smtpConfig, database, jobs });
  outboxApp = await buildApp({ config: outboxConfig, database, jobs });
  const organization = await createOrganization(database.db, { name: "Acme Learning" });
  organizationId = organization.id;
  adminEmail = (
    await createPerson(database.db, { organizationId, role: "admin", name: "Ada Lovelace" })
  ).email;
});

afterAll(async () => {
  await smtpApp?.close();
  await outboxApp?.close();
  await jobs?.stop();
  await database?.close();
  await smtp?.close();
});

async function signedInAdmin(app: App) {
  const client = new TestClient(app);
  await client.signIn(adminEmail, TEST_PASSWORD);
  return client;
}

describe("invitation email over SMTP, through pg-boss", () => {
  let client: TestClient;
  let token: string;
  let emailId: string;

  it("delivers the invitation to the invitee with a working link", async () => {
    client = await signedInAdmin(smtpApp);
    const before = smtp.received.length;
    const invited = await client.post("/api/invitations", { emails: "Grace <Grace@Example.test>" });
    expect(invited.status).toBe(201);
    expect(invited.body.invited).toEqual([{ id: expect.any(String), email: "grace@example.test" }]);

    const mail = await waitFor("the SMTP server to receive the invitation", () =>
      smtp.received.slice(before).find((m) => m.to.includes("grace@example.test")),
    );
    expect(mail.to).toEqual(["grace@example.test"]);
    expect(mail.from).toBe("mutual@acme.test");
    const { headers, text } = parseMail(mail.raw);
    expect(headers.get("to")).toBe("grace@example.test");
    expect(headers.get("subject")).toBe("Ada Lovelace invited you to Acme Learning on Mutual");
    const link = /^(http:\/\/mutual\.test\/invite\/(\S+))$/m.exec(text);
    expect(link, text).not.toBeNull();
    token = link?.[2] ?? "";

    const opened = await new TestClient(smtpApp).get(`/api/invitations/by-token/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({
      email: "grace@example.test",
      organizationName: "Acme Learning",
      invitedByName: "Ada Lovelace",
      role: "member",
    });
  });

  it("marks the email sent, once", async () => {
    const outbox = await waitFor("the email to be marked sent", async () => {
      const list = await client.get("/api/outbox");
      const email = list.body.emails.find(
        (e: { to: string; status: string }) => e.to === "grace@example.test",
      );
      return email?.status === "sent" ? list.body : undefined;
    });
    expect(outbox.mode).toBe("smtp");
    const email = outbox.emails.find((e: { to: string }) => e.to === "grace@example.test");
    expect(email).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(email.sentAt).not.toBeNull();
    emailId = email.id;
    expect(smtp.received.filter((m) => m.to.includes("grace@example.test"))).toHaveLength(1);
  });

  it("hides bodies from the admin when a mail server is configured", async () => {
    const one = await client.get(`/api/outbox/${emailId}`);
    expect(one.status).toBe(404);
    expect(JSON.stringify(one.body)).not.toContain(token);
  });

  it("a token that isn't in any mail opens nothing", async () => {
    const opened = await new TestClient(smtpApp).get(`/api/invitations/by-token/${token}x`);
    expect(opened.status).toBe(404);
  });
});

describe("send-email job: failures and retries", () => {
  let emailId: string;
  let deadSmtp: Services;
  let liveSmtp: Services;

  beforeAll(async () => {
    deadSmtp = {
      db: database.db,
      config: testConfig({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` }),
      jobs,
    };
    liveSmtp = { db: database.db, config: smtpConfig, jobs };
    // Queued but not enqueued: these tests call the handler themselves.
    emailId = await queueEmail(database.db, {
      organizationId,
      to: "retry@example.test",
      content: invitationEmail({
        organizationName: "Acme Learning",
        invitedByName: "Ada",
        link: "http://mutual.test/invite/retry-token",
        expiresInDays: 14,
      }),
    });
  });

  it("records the attempt and error, and stays queued while retries remain", async () => {
    await expect(sendEmailJob.handle(deadSmtp, { emailId }, { final: false })).rejects.toThrow();
    const row = await emailRow(database.db, emailId);
    expect(row).toMatchObject({ status: "queued", attempts: 1, sentAt: null });
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it("is marked failed after the final attempt", async () => {
    await expect(sendEmailJob.handle(deadSmtp, { emailId }, { final: true })).rejects.toThrow();
    expect(await emailRow(database.db, emailId)).toMatchObject({
      status: "failed",
      attempts: 2,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    const client = await signedInAdmin(smtpApp);
    const listed = (await client.get("/api/outbox")).body.emails.find(
      (e: { id: string }) => e.id === emailId,
    );
    expect(listed).toMatchObject({ status: "failed", attempts: 2 });
  });

  it("a later successful delivery marks it sent and clears the error", async () => {
    const before = smtp.received.length;
    await sendEmailJob.handle(liveSmtp, { emailId }, { final: false });
    const row = await emailRow(database.db, emailId);
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(row?.sentAt).not.toBeNull();
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([["retry@example.test"]]);
  });

  it("does nothing for an email already sent (idempotent)", async () => {
    const before = smtp.received.length;
    await sendEmailJob.handle(liveSmtp, { emailId }, { final: false });
    await sendEmailJob.handle(deadSmtp, { emailId }, { final: true });
    expect(smtp.received.length).toBe(before);
    expect(await emailRow(database.db, emailId)).toMatchObject({
      status: "sent",
      attempts: 3,
      lastError: null,
    });
  });

  it("ignores an email that doesn't exist", async () => {
    await expect(
      sendEmailJob.handle(liveSmtp, { emailId: crypto.randomUUID() }, { final: true }),
    ).resolves.toBeUndefined();
  });

  it("pg-boss retries a failed job and flags its last attempt as final", async () => {
    await jobs.send(flakyJob, { n: 1 });
    await waitFor("the first attempt", () => (finalFlags.length >= 1 ? true : undefined));
    // Skip the retry delay (5–10 s with backoff) instead of waiting it out.
    await waitFor("the retry to be scheduled", async () => {
      const result = await database.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'test-flaky' and state = 'retry' returning id`,
      );
      return (result as unknown as { rows: unknown[] }).rows.length > 0 ? true : undefined;
    });
    await waitFor("the retry", () => (finalFlags.length >= 2 ? true : undefined));
    expect(finalFlags).toEqual([false, true]);
    const state = await waitFor("the job to complete", async () => {
      const result = await database.db.execute(
        sql`select state from pgboss.job where name = 'test-flaky'`,
      );
      const rows = (result as unknown as { rows: { state: string }[] }).rows;
      return rows[0]?.state === "completed" ? rows : undefined;
    });
    expect(state).toEqual([{ state: "completed" }]);
  });
});

describe("sweeper: an email committed but never enqueued", () => {
  const strandedEmail = (to: string) =>
    queueEmail(database.db, {
      organizationId,
      to,
      content: invitationEmail({
        organizationName: "Acme Learning",
        invitedByName: "Ada",
        link: "http://mutual.test/invite/stranded-token",
        expiresInDays: 14,
      }),
    });
  const backdate = (id: string, age: string) =>
    database.db.execute(
      sql`update emails set created_at = now() - ${age}::interval where id = ${id}`,
    );
  const jobsFor = async (id: string) => {
    const result = await database.db.execute(
      sql`select count(*)::int as n from pgboss.job where name = 'send-email' and data->>'emailId' = ${id}`,
    );
    return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
  };

  it("is delivered once by the sweep, and a second sweep sends nothing", async () => {
    const stranded = await strandedEmail("stranded@example.test");
    const fresh = await strandedEmail("fresh@example.test");
    const ancient = await strandedEmail("ancient@example.test");
    await backdate(stranded, "10 minutes");
    await backdate(ancient, "5 days");
    const before = smtp.received.length;

    await sweepEmailsJob.handle(workerServices, {}, { final: false });
    const mail = await waitFor("the stranded email to arrive", () =>
      smtp.received.slice(before).find((m) => m.to.includes("stranded@example.test")),
    );
    expect(parseMail(mail.raw).headers.get("subject")).toContain("invited you");
    await waitFor("the email to be marked sent", async () =>
      (await emailRow(database.db, stranded))?.status === "sent" ? true : undefined,
    );

    await sweepEmailsJob.handle(workerServices, {}, { final: false });
    // Give a wrongly enqueued job the time to be fetched and delivered (the worker polls every second).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const delivered = smtp.received.slice(before).flatMap((m) => m.to);
    expect(delivered).toEqual(["stranded@example.test"]);
    // Too recent (its own job may still be on its way) and too old: left alone.
    expect(await emailRow(database.db, fresh)).toMatchObject({ status: "queued", attempts: 0 });
    expect(await emailRow(database.db, ancient)).toMatchObject({ status: "queued", attempts: 0 });
  });

  it("a job named by its email is enqueued once, however often it is sent", async () => {
    const emailId = await strandedEmail("twice@example.test");
    await jobs.send(sendEmailJob, { emailId });
    await jobs.send(sendEmailJob, { emailId });
    expect(await jobsFor(emailId)).toBe(1);
    await waitFor("the email to be marked sent", async () =>
      (await emailRow(database.db, emailId))?.status === "sent" ? true : undefined,
    );
    await jobs.send(sendEmailJob, { emailId });
    expect(await jobsFor(emailId)).toBe(1);
  });

  it("sendMany enqueues a batch the same way: one job per email, retried like send's", async () => {
    const first = await strandedEmail("batch-1@example.test");
    const second = await strandedEmail("batch-2@example.test");
    const before = smtp.received.length;
    await jobs.sendMany(sendEmailJob, [
      { emailId: first },
      { emailId: second },
      { emailId: first },
    ]);
    expect([await jobsFor(first), await jobsFor(second)]).toEqual([1, 1]);
    const result = await database.db.execute(
      sql`select retry_limit as "retryLimit" from pgboss.job where name = 'send-email' and data->>'emailId' = ${first}`,
    );
    expect((result as unknown as { rows: unknown[] }).rows).toEqual([
      { retryLimit: sendEmailJob.retryLimit },
    ]);
    await waitFor("both emails to arrive", () =>
      smtp.received.slice(before).length >= 2 ? true : undefined,
    );
    expect(
      smtp.received
        .slice(before)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(["batch-1@example.test", "batch-2@example.test"]);
  });
});

describe("without SMTP_URL (outbox mode)", () => {
  beforeAll(() => {
    workerServices.config = outboxConfig;
  });
  afterAll(() => {
    workerServices.config = smtpConfig;
  });

  it("marks the email sent without sending anything, and shows its text to the admin", async () => {
    const client = await signedInAdmin(outboxApp);
    const before = smtp.received.length;
    const invited = await client.post("/api/invitations", { emails: "alan@example.test" });
    expect(invited.status).toBe(201);
    const email = await waitFor("the email to be marked sent", async () => {
      const list = await client.get("/api/outbox");
      expect(list.body.mode).toBe("outbox");
      const found = list.body.emails.find(
        (e: { to: string; status: string }) => e.to === "alan@example.test",
      );
      return found?.status === "sent" ? found : undefined;
    });
    expect(email).toMatchObject({ attempts: 1, lastError: null });
    expect(smtp.received.length).toBe(before);

    const one = await client.get(`/api/outbox/${email.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: email.id,
      to: "alan@example.test",
      status: "sent",
      subject: "Ada Lovelace invited you to Acme Learning on Mutual",
    });
    const token = /http:\/\/mutual\.test\/invite\/(\S+)/.exec(one.body.text)?.[1];
    expect(token).toBeDefined();
    const opened = await new TestClient(outboxApp).get(`/api/invitations/by-token/${token}`);
    expect(opened.body).toMatchObject({ email: "alan@example.test" });
  });
});

describe("send-email job: a session's calendar invite", () => {
  it("goes over SMTP as a text/calendar part with its method", async () => {
    const calendar = buildSessionInvite({
      sessionId: "0b6f5a51-8d2e-4c1b-9a7d-3e2f1c0b9a88",
      startsAt: new Date("2030-01-02T08:00:00Z"),
      durationMinutes: 45,
      channel: "video",
      channelDetail: "https://meet.example.test/smtp",
      sequence: 2,
      confirmed: true,
      method: "REQUEST",
      title: "Mentoring: Mina & Theo",
      sessionUrl: "http://mutual.test/relationships/r/sessions/s",
      organizer: "Mutual <mutual@acme.test>",
      attendees: [{ name: "Mina", email: "invite@example.test" }],
    });
    const emailId = await queueEmail(database.db, {
      organizationId,
      to: "invite@example.test",
      content: {
        subject: "Session confirmed",
        text: "See you then.",
        html: "<p>See you then.</p>",
        calendar,
      },
    });
    const before = smtp.received.length;
    await sendEmailJob.handle(
      { db: database.db, config: smtpConfig, jobs },
      { emailId },
      { final: false },
    );
    const [mail] = smtp.received.slice(before);
    expect(mail?.to).toEqual(["invite@example.test"]);
    expect(mail?.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail?.raw).toContain("BEGIN:VCALENDAR");
    expect(mail?.raw).toContain("SEQUENCE:2");
    expect(parseMail(mail?.raw ?? "").text).toContain("See you then.");
  });
});
