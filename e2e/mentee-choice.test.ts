import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { callApi, seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Mentee choice on the demo organization: the demo program is switched to "mentees choose"; a
 * mentee picks a mentor from their shortlist (with its reasons) and sends a request; the mentor
 * sees it under Mentor requests and accepts; the mentee finds their mentor under My matches and
 * a notification in the bell.
 */

const PROGRAM = "grow-together";
type Someone = { email: string; name: string };

let server: TestServer;
let browser: Browser;
let admin: Someone;
let everyone: { id: string; email: string; name: string }[] = [];
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems);

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-choice-"));
  const found = seedDemo(appDir, dataDir).find((p) => p.role === "admin");
  if (!found) throw new Error("seed-demo named no admin");
  admin = found;
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential("choosing a mentor", () => {
  let mentee: Someone;
  let mentorName = "";
  let mentorId = "";

  it("the administrator lets mentees choose in the demo program", async () => {
    let page: Page | undefined;
    await step(
      "switch the demo program to mentee choice and find a mentee",
      () => ({ admin: page }),
      async () => {
        page = await signedIn(admin);
        const program = await callApi(page, "GET", `/api/programs/${PROGRAM}`);
        expect(program.status, JSON.stringify(program.body)).toBe(200);
        const changed = await callApi(page, "PATCH", `/api/programs/${PROGRAM}`, {
          matching: { ...program.body.matching, mode: "choice" },
        });
        expect(changed.status, JSON.stringify(changed.body)).toBe(200);
        everyone = (await callApi(page, "GET", "/api/people")).body.people;
        const enrolled = (await callApi(page, "GET", `/api/programs/${PROGRAM}/enrollments`)).body
          .enrollments as {
          personId: string;
          asMentee: boolean;
          asMentor: boolean;
          status: string;
          preparationDone: number;
          preparationTotal: number;
        }[];
        const prepared = (e: (typeof enrolled)[number]) =>
          !program.body.preparationRequired || e.preparationDone >= e.preparationTotal;
        const mentees = enrolled.filter(
          (e) => e.status === "submitted" && e.asMentee && prepared(e),
        );
        const candidate = mentees.find((e) => !e.asMentor) ?? mentees[0];
        const person = everyone.find((p) => p.id === candidate?.personId);
        if (!person) throw new Error("no prepared mentee in the demo program");
        mentee = { email: person.email, name: person.name };
      },
    );
  });

  it("a mentee picks a mentor from their shortlist, and the mentor accepts", async () => {
    let page: Page | undefined;
    let mentorPage: Page | undefined;
    await step(
      "the mentee chooses from the shortlist",
      () => ({ mentee: page }),
      async () => {
        page = await signedIn(mentee);
        await page.goto(`/programs/${PROGRAM}/choose`);
        await page.getByRole("heading", { name: "Choose a mentor", level: 1 }).waitFor();
        await page.getByRole("heading", { name: "Your shortlist" }).waitFor();
        await page.getByText("Why we suggest them").first().waitFor();
        await checkA11y(page, "the shortlist");
        const first = page.getByRole("button", { name: /^Choose / }).first();
        mentorName = ((await first.textContent()) ?? "").replace(/^Choose /, "").trim();
        expect(mentorName).not.toBe("");
        await first.click();
        await page.getByRole("button", { name: "Choice 1" }).waitFor();
        await page
          .getByRole("textbox", { name: /A note for your mentor/ })
          .fill("I'd love to learn how you plan your week.");
        await page.getByRole("button", { name: "Send my request" }).click();
        await page.getByRole("heading", { name: "Your requests" }).waitFor();
        await page.getByText("With the mentor").first().waitFor();
        const choice = await callApi(page, "GET", `/api/programs/${PROGRAM}/choice`);
        mentorId = choice.body.requests[0]?.mentor.id;
      },
    );
    await step(
      "the mentor accepts",
      () => ({ mentor: mentorPage }),
      async () => {
        const mentor = everyone.find((p) => p.id === mentorId);
        if (!mentor) throw new Error(`no such person: ${mentorName}`);
        mentorPage = await signedIn(mentor);
        await mentorPage.getByRole("heading", { name: "Your matches and requests" }).waitFor();
        await mentorPage.goto("/requests");
        await mentorPage.getByRole("heading", { name: "Mentor requests", level: 1 }).waitFor();
        await mentorPage.getByText(mentee.name, { exact: true }).waitFor();
        await mentorPage
          .getByText("I'd love to learn how you plan your week.", { exact: false })
          .waitFor();
        await checkA11y(mentorPage, "the mentor's requests");
        await mentorPage.getByRole("button", { name: "Accept" }).click();
        await mentorPage
          .getByText(`You're now mentoring ${mentee.name}`, { exact: false })
          .waitFor();
      },
    );
    await step(
      "the mentee finds their mentor under My matches, and a notification",
      () => ({ mentee: page }),
      async () => {
        const current = page as Page;
        await current.goto("/matches");
        await current.getByRole("heading", { name: "My matches", level: 1 }).waitFor();
        await current.getByText(mentorName, { exact: true }).first().waitFor();
        await current.getByText("Under way").first().waitFor();
        await checkA11y(current, "my matches");
        await current.getByRole("button", { name: /Notifications: \d+ unread/ }).click();
        await current.getByText(`${mentorName} will be your mentor`).waitFor();
        await checkA11y(current, "the notifications popover");
        await current.getByRole("link", { name: "See all notifications" }).click();
        await current.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
        await current.getByRole("main").getByText(`${mentorName} will be your mentor`).waitFor();
        await checkA11y(current, "the notifications page");
      },
    );
    expect(problems).toEqual([]);
  });
});
