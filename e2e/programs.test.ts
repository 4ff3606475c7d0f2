import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * A program manager designs a program with the needs-analysis wizard, accepts the recommendation
 * with its reasons, creates the program and opens enrollment; a member reads the demo program's
 * preparation and ticks a page done.
 */

type Someone = { email: string; name: string; role: string };

let server: TestServer;
let browser: Browser;
let people: Someone[] = [];
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems, { timeout: 20_000 });

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-programs-"));
  people = seedDemo(appDir, dataDir);
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("designing a program", () => {
  it("a manager answers the wizard, keeps the recommendation, creates the program and opens enrollment", async () => {
    const admin = people.find((p) => p.role === "admin");
    if (!admin) throw new Error("seed-demo named no admin");
    let page: Page | undefined;
    const current = () => page as Page;
    const next = () => current().getByRole("button", { name: "Continue" }).click();
    await step(
      "the manager finds the programs and starts a new one",
      () => ({ manager: page }),
      async () => {
        page = await signedIn(admin);
        await current().getByRole("link", { name: "Programs" }).click();
        await current().getByRole("heading", { name: "Programs", level: 1 }).waitFor();
        await current().getByRole("link", { name: "Grow together" }).waitFor();
        await checkA11y(current(), "the programs list");
        await current().getByRole("link", { name: "New program" }).click();
        await current().getByRole("heading", { name: "Design a new program", level: 1 }).waitFor();
      },
    );
    await step(
      "the manager describes the need",
      () => ({ manager: page }),
      async () => {
        await current()
          .getByRole("radio", { name: "Important knowledge is held by only a few people" })
          .check();
        await next();
        await current().getByRole("radio", { name: "A few experts answer most questions" }).check();
        await current().getByRole("radio", { name: "Some do" }).check();
        await next();
        await current()
          .getByRole("radio", { name: "Experts and the people who need what they know" })
          .check();
        await current().getByRole("textbox", { name: "About how many people?" }).fill("40");
        await next();
      },
    );
    await step(
      "the wizard recommends a design, with its reasons",
      () => ({ manager: page }),
      async () => {
        await current()
          .getByText("Knowledge is held by a few → 1:1 mentoring from tenured experts.")
          .first()
          .waitFor();
        await checkA11y(current(), "the wizard's recommendation");
        await next();
      },
    );
    await step(
      "the manager names and creates the program, then opens enrollment",
      () => ({ manager: page }),
      async () => {
        await current().getByRole("textbox", { name: "Program name" }).fill("Billing know-how");
        await current().getByRole("button", { name: "Create the program" }).click();
        await current().getByRole("heading", { name: "Billing know-how", level: 1 }).waitFor();
        expect(current().url()).toBe(`${server.url}/programs/billing-know-how`);
        await current().getByText("Draft", { exact: true }).waitFor();
        await current().getByText("Being a good mentee").waitFor();
        await checkA11y(current(), "the new program's page");
        await current().getByRole("button", { name: "Open enrollment" }).click();
        await current().getByText("Enrolling", { exact: true }).waitFor();
      },
    );
    await step(
      "the manager keeps the program to one department",
      () => ({ manager: page }),
      async () => {
        expect(
          await current()
            .getByText(/open to everyone/)
            .count(),
        ).toBe(1);
        await current().getByRole("button", { name: "Change settings" }).click();
        await current().getByText("Some departments or places", { exact: true }).click();
        await current().getByPlaceholder("Any department").click();
        const first = current().getByRole("option").first();
        const department = ((await first.textContent()) ?? "").trim();
        await first.click();
        await current().keyboard.press("Escape");
        await checkA11y(current(), "the program's settings");
        await current().getByRole("button", { name: "Save settings" }).click();
        await current().getByText(`open to ${department}`, { exact: false }).waitFor();
      },
    );
    expect(problems).toEqual([]);
  });

  it("a member reads the demo program's preparation and ticks a page done", async () => {
    const member = people.find((p) => p.role === "member");
    if (!member) throw new Error("seed-demo named no member");
    let page: Page | undefined;
    await step(
      "the member reads and ticks a page",
      () => ({ member: page }),
      async () => {
        page = await signedIn(member);
        await page.goto("/programs/grow-together");
        await page.getByRole("heading", { name: "Grow together", level: 1 }).waitFor();
        await page.getByRole("button", { name: /Who does what/ }).click();
        await page.getByText("each side looks after", { exact: false }).waitFor();
        await page.getByRole("checkbox", { name: "I've read this" }).check();
        await page.getByText("1 of 3 read").waitFor();
        await checkA11y(page, "the preparation reader");
      },
    );
    expect(problems).toEqual([]);
  });
});
