import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { callApi, seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * A program's administrator adds a question to its enrollment form; a member enrols (the
 * required question is asked for by name until answered); the administrator sees them in the
 * enrollment list, with its counts and CSV download. On a small demo organization.
 */

type Someone = { email: string; name: string; role: string };

let server: TestServer;
let browser: Browser;
let admin: Someone;
let member: Someone;
let slug: string;
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems);

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-enrollment-"));
  const examples = seedDemo(appDir, dataDir);
  const foundAdmin = examples.find((p) => p.role === "admin");
  const foundMember = examples.find((p) => p.role === "member");
  if (!foundAdmin || !foundMember) throw new Error("seed-demo named no admin or member");
  admin = foundAdmin;
  member = foundMember;
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential("enrolling in a program", () => {
  it("an administrator opens a program with a question on its form", async () => {
    let page: Page | undefined;
    await step(
      "the administrator creates a program and opens enrollment",
      () => ({ admin: page }),
      async () => {
        page = await signedIn(admin);
        const created = await callApi(page, "POST", "/api/programs", {
          name: "Learning circles",
          purpose: "knowledge_transfer",
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        slug = created.body.slug;
        const opened = await callApi(page, "POST", `/api/programs/${slug}/state`, {
          to: "enrolling",
        });
        expect(opened.status, JSON.stringify(opened.body)).toBe(200);
      },
    );
    await step(
      "the administrator adds a required question",
      () => ({ admin: page }),
      async () => {
        const current = page as Page;
        await current.goto(`/programs/${slug}/form`);
        await current.getByRole("heading", { name: "Enrollment form", level: 1 }).waitFor();
        await current
          .getByRole("combobox", { name: "Kind of answer" })
          .selectOption("single_choice");
        await current.getByRole("textbox", { name: "Question" }).fill("When do you learn best?");
        await current.getByRole("textbox", { name: "Options" }).fill("Mornings\nAfternoons");
        await current.getByRole("switch", { name: "Required" }).check();
        await current.getByRole("switch", { name: "Used for matching" }).check();
        await current.getByRole("button", { name: "Add question" }).click();
        await current.getByText("When do you learn best?", { exact: true }).waitFor();
        await checkA11y(current, "the form builder");
      },
    );
  });

  it("a member enrols, is asked for the required answer, and is listed", async () => {
    let page: Page | undefined;
    await step(
      "the member enrols",
      () => ({ member: page }),
      async () => {
        page = await signedIn(member);
        await page.goto(`/programs/${slug}/enroll`);
        await page.getByRole("heading", { name: "Learning circles", level: 1 }).waitFor();
        await page.getByRole("heading", { name: "From your profile" }).waitFor();
        await page.getByRole("link", { name: "Edit your profile" }).waitFor();
        await checkA11y(page, "the enrollment page");
        const mentee = page.getByRole("checkbox", { name: /As a mentee/ });
        if (!(await mentee.isChecked())) await mentee.check();
        await page.getByRole("button", { name: "Send my enrollment" }).click();
        await page
          .getByText("Please answer “When do you learn best?”: it is required.")
          .first()
          .waitFor();
        await page.getByRole("radio", { name: "Mornings" }).check();
        await page.getByRole("button", { name: "Send my enrollment" }).click();
        await page.getByText("Sent", { exact: true }).waitFor();
        await page.getByRole("button", { name: "Save changes" }).waitFor();
      },
    );
    let adminPage: Page | undefined;
    await step(
      "the administrator sees the member in the list",
      () => ({ admin: adminPage }),
      async () => {
        adminPage = await signedIn(admin);
        await adminPage.goto(`/programs/${slug}/enrollments`);
        await adminPage.getByRole("heading", { name: "Enrollments", level: 1 }).waitFor();
        const row = adminPage.getByRole("row").filter({ hasText: member.name });
        await row.waitFor();
        await row.getByRole("cell", { name: "Sent" }).waitFor();
        const csv = adminPage.getByRole("link", { name: "Download CSV" });
        expect(await csv.getAttribute("href")).toBe(`/api/programs/${slug}/enrollments/export`);
        await checkA11y(adminPage, "the enrollment list");
      },
    );
    expect(problems).toEqual([]);
  });
});
