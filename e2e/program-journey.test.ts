import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { DEMO_PASSWORD, seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Issue 5 end to end, in one flow on a fresh demo organization: a manager designs a new program
 * with the wizard and opens enrollment; 30 people enrol (29 through the API as themselves, one in
 * the browser); the manager starts matching, finds matches, reads the reasons and publishes; a
 * matched mentee sees their mentor on My matches.
 */

const PROGRAM = "Know-how circle";
const SLUG = "know-how-circle";
type Someone = { email: string; name: string; role: string };

let server: TestServer;
let browser: Browser;
let admin: Someone;
let enrollees: Someone[] = [];
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems, { timeout: 20_000 });

/** A signed-in API session for one person, as Node's fetch: the session cookie and CSRF token. */
async function apiAs(who: Someone) {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: who.email, password: DEMO_PASSWORD }),
  });
  const signedIn = (await response.json()) as { csrfToken?: string };
  expect(response.status, `${who.email}: ${JSON.stringify(signedIn)}`).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return async (method: string, url: string, body?: unknown) => {
    const answer = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": signedIn.csrfToken ?? "",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
}

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-journey5-"));
  const found = seedDemo(appDir, dataDir, 40).find((p) => p.role === "admin");
  if (!found) throw new Error("seed-demo named no admin");
  admin = found;
  // 30 people sign in from one address within a minute: a higher sign-in limit for this server.
  [server, browser] = await Promise.all([
    startServer({ appDir, dataDir, env: { SIGN_IN_RATE_LIMIT: "1000" } }),
    launchBrowser(),
  ]);
  // The first 30 active people by name, other than the manager: the same ones every run.
  const listed = await (await apiAs(admin))("GET", "/api/people");
  expect(listed.status).toBe(200);
  const everyone = listed.body.people as (Someone & { status: string })[];
  enrollees = everyone
    .filter((p) => p.status === "active" && p.email !== admin.email)
    .slice(0, 30)
    .map(({ email, name, role }) => ({ email, name, role }));
  expect(enrollees).toHaveLength(30);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a program from design to published matches", () => {
  it("a manager designs a program, 30 people enrol, the manager matches and publishes, a mentee sees their match", async () => {
    let manager: Page | undefined;
    let member: Page | undefined;
    const pages = () => ({ manager, member });
    const m = () => manager as Page;
    const next = () => m().getByRole("button", { name: "Continue" }).click();

    await step("the manager designs a program with the wizard", pages, async () => {
      manager = await signedIn(admin);
      await m().getByRole("link", { name: "Programs" }).click();
      await m().getByRole("heading", { name: "Programs", level: 1 }).waitFor();
      await m().getByRole("link", { name: "New program" }).click();
      await m().getByRole("heading", { name: "Design a new program", level: 1 }).waitFor();
      await m()
        .getByRole("radio", { name: "Important knowledge is held by only a few people" })
        .check();
      await next();
      await m().getByRole("radio", { name: "A few experts answer most questions" }).check();
      await m().getByRole("radio", { name: "Some do" }).check();
      await next();
      await m()
        .getByRole("radio", { name: "Experts and the people who need what they know" })
        .check();
      await m().getByRole("textbox", { name: "About how many people?" }).fill("30");
      await next();
      await m()
        .getByText("Knowledge is held by a few → 1:1 mentoring from tenured experts.")
        .first()
        .waitFor();
      await checkA11y(m(), "the wizard's recommendation");
      await next();
      await m().getByRole("textbox", { name: "Program name" }).fill(PROGRAM);
      await m().getByRole("button", { name: "Create the program" }).click();
      await m().getByRole("heading", { name: PROGRAM, level: 1 }).waitFor();
      expect(m().url()).toBe(`${server.url}/programs/${SLUG}`);
      await m().getByText("Draft", { exact: true }).waitFor();
    });

    await step("the manager opens enrollment", pages, async () => {
      await m().getByRole("button", { name: "Open enrollment" }).click();
      await m().getByText("Enrolling", { exact: true }).waitFor();
      await checkA11y(m(), "the program's page, enrolling");
    });

    // 10 mentors (capacity 1 or 2) and 20 mentees; the last mentee enrols in the browser.
    const mentors = enrollees.slice(0, 10);
    const mentees = enrollees.slice(10);
    const inBrowser = mentees.at(-1) as Someone;

    await step("29 people enrol through the API, as themselves", pages, async () => {
      const enrol = async (who: Someone, i: number, asMentor: boolean) => {
        const api = await apiAs(who);
        const saved = await api("PUT", `/api/programs/${SLUG}/enrollment`, {
          asMentee: !asMentor,
          asMentor,
          ...(asMentor ? { mentorCapacity: 1 + (i % 2) } : {}),
          answers: [],
          submit: true,
        });
        expect(saved.status, `${who.email}: ${JSON.stringify(saved.body)}`).toBe(200);
      };
      // A few at a time, so the server (and the machine) isn't flooded.
      const jobs = [
        ...mentors.map((who, i) => () => enrol(who, i, true)),
        ...mentees.slice(0, -1).map((who, i) => () => enrol(who, i, false)),
      ];
      for (let i = 0; i < jobs.length; i += 5) {
        await Promise.all(jobs.slice(i, i + 5).map((job) => job()));
      }
    });

    await step("one mentee enrols in the browser", pages, async () => {
      member = await signedIn(inBrowser);
      await member.goto(`/programs/${SLUG}/enroll`);
      await member.getByRole("heading", { name: PROGRAM, level: 1 }).waitFor();
      await checkA11y(member, "the enrollment page");
      const mentee = member.getByRole("checkbox", { name: /As a mentee/ });
      if (!(await mentee.isChecked())) await mentee.check();
      const mentor = member.getByRole("checkbox", { name: /As a mentor/ });
      if (await mentor.isChecked()) await mentor.uncheck();
      await member.getByRole("button", { name: "Send my enrollment" }).click();
      await member.getByText("Sent", { exact: true }).waitFor();
      await member.context().close();
      member = undefined;
    });

    await step("the manager sees 30 enrolled and starts matching", pages, async () => {
      await m().reload();
      await m().getByText("20 mentees and 10 mentors enrolled", { exact: false }).waitFor();
      await m().getByRole("button", { name: "Close enrollment and start matching" }).click();
      await m().getByRole("button", { name: "Reopen enrollment" }).waitFor();
      await m().getByRole("link", { name: "Matching", exact: true }).click();
      await m()
        .getByRole("heading", { name: /^Matching: /, level: 1 })
        .waitFor();
    });

    let mentee = "";
    let mentor = "";
    await step("the manager finds matches, with reasons", pages, async () => {
      await m().getByRole("button", { name: "Find matches" }).click();
      const pairs = m().getByRole("heading", { name: /^Pairs \(\d+\)$/ });
      await pairs.waitFor();
      const count = Number(((await pairs.textContent()) ?? "").replace(/\D/g, ""));
      // 10 mentors take 15 mentees at most (capacities 1 and 2).
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(15);
      const firstRow = m().getByRole("row").nth(1);
      const lock = firstRow.getByRole("button", { name: /^Lock / });
      [, mentee = "", mentor = ""] =
        /^Lock (.+) and (.+)$/.exec((await lock.getAttribute("aria-label")) ?? "") ?? [];
      expect(mentors.map((p) => p.name)).toContain(mentor);
      expect(mentees.map((p) => p.name)).toContain(mentee);
      const reasons = await firstRow.getByRole("listitem").allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.join(" ").length).toBeGreaterThan(10);
      await checkA11y(m(), "the matching preview");
    });

    await step("the manager publishes", pages, async () => {
      await m().getByRole("button", { name: "Publish these matches" }).click();
      await m().getByRole("dialog").getByRole("button", { name: "Publish", exact: true }).click();
      await m().getByText("These matches are published").waitFor();
    });

    await step("a matched mentee sees their mentor on My matches", pages, async () => {
      const who = mentees.find((p) => p.name === mentee) as Someone;
      member = await signedIn(who);
      await member.goto("/matches");
      await member.getByRole("heading", { name: "My matches", level: 1 }).waitFor();
      await member.getByText(`Your mentor · ${PROGRAM}`).waitFor();
      await member.getByText(mentor, { exact: true }).waitFor();
      await checkA11y(member, "My matches");
    });

    expect(problems).toEqual([]);
  }, 120_000);
});
