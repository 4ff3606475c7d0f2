import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Skills in the browser: setup starts the taxonomy with the ready-made list; a member picks
 * skills by type-ahead (a synonym finds its skill), sets level, teaching and priority, and
 * proposes a skill that isn't there; the administrator approves it and merges two duplicates;
 * a colleague reads the skills on the member's page.
 */

const PASSWORD = "a long enough password for all";
let server: TestServer;
let browser: Browser;
const problems: string[] = [];
const pages: Record<string, Page | undefined> = {};
let benId = "";

async function newPage(who: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`${who}: uncaught error: ${error.message}`));
  pages[who] = page;
  return page;
}

const all = () => pages;
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ appDir: inject("e2eAppDir") }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Types into a skill picker and picks the option whose text matches. */
async function pickSkill(page: Page, picker: string, typed: string, option: string | RegExp) {
  const input = page.getByRole("combobox", { name: picker });
  await input.fill(typed);
  await page.getByRole("option", { name: option }).click();
}

describe.sequential("skills", () => {
  it("setup starts with the ready-made skills, shown on the administrators' page", async () => {
    const ada = await newPage("ada");
    await step("set up with the box left ticked", all, async () => {
      await ada.goto("/setup");
      await ada.getByRole("textbox", { name: "Organization name" }).fill("Bakehouse Cooperative");
      await ada.getByRole("textbox", { name: "Your name", exact: true }).fill("Ada Admin");
      await ada.getByRole("textbox", { name: "Email", exact: true }).fill("ada@bakehouse.test");
      await ada.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
      expect(
        await ada
          .getByRole("checkbox", { name: "Start with a ready-made list of workplace skills" })
          .isChecked(),
      ).toBe(true);
      await ada.getByRole("button", { name: "Create organization" }).click();
      await ada
        .getByRole("heading", { level: 1, name: /Good (morning|afternoon|evening)/ })
        .waitFor();
    });
    await step("browse the skills and see where they come from", all, async () => {
      await ada.getByRole("link", { name: "Skills", exact: true }).click();
      await heading(ada, "Skills").waitFor();
      await ada
        .getByText("This service uses the ESCO classification of the European Commission.")
        .waitFor();
      await ada.getByRole("combobox", { name: "Category" }).selectOption("Programming languages");
      await ada.getByRole("cell", { name: "TypeScript", exact: true }).waitFor();
      await checkA11y(ada, "the skills administration page");
    });
    await step("invite Ben", all, async () => {
      const csrf = await ada.evaluate(async () => {
        const session = await fetch("/api/session").then((r) => r.json());
        return session.csrfToken as string;
      });
      const post = (path: string, data: unknown) =>
        ada.request.post(path, { data, headers: { "x-csrf-token": csrf } });
      expect((await post("/api/invitations", { emails: "ben@bakehouse.test" })).status()).toBe(201);
      const outbox = await (await ada.request.get("/api/outbox")).json();
      const summary = outbox.emails.find((e: { to: string }) => e.to === "ben@bakehouse.test");
      const email = await (await ada.request.get(`/api/outbox/${summary.id}`)).json();
      const token = /\/invite\/([\w-]+)/.exec(email.text)?.[1];
      const ben = await newPage("ben");
      const joined = await ben.request.post("/api/invitations/accept", {
        data: { token, name: "Ben Baker", password: PASSWORD },
      });
      expect(joined.status()).toBe(201);
      benId = (await joined.json()).user.id;
    });
  });

  it("a member adds skills by type-ahead and proposes a new one", async () => {
    const ben = pages.ben as Page;
    await step("find JavaScript by typing “js”", all, async () => {
      await ben.goto("/profile");
      await ben.getByRole("heading", { name: "Skills you offer" }).waitFor();
      await pickSkill(ben, "Add a skill you offer", "js", /JavaScript.*also “JS”/);
      await ben.getByRole("combobox", { name: "Your level in JavaScript" }).selectOption("5");
      await ben.getByRole("switch", { name: "I'd teach JavaScript" }).uncheck();
    });
    await step("want to learn Kubernetes, found as “k8s”", all, async () => {
      await pickSkill(ben, "Add a skill you'd like to learn", "k8s", /Kubernetes/);
      await ben
        .getByRole("combobox", { name: "How much Kubernetes matters to you" })
        .selectOption("3");
    });
    await step("propose a skill the list lacks, with the keyboard", all, async () => {
      const input = ben.getByRole("combobox", { name: "Add a skill you offer" });
      await input.fill("Sourdough baking");
      await ben
        .getByRole("option", { name: "Propose “Sourdough baking” as a new skill" })
        .waitFor();
      await input.press("ArrowUp");
      await input.press("Enter");
      await ben.getByText("“Sourdough baking” is on your profile now").waitFor();
      await ben.getByText("Waiting for review").first().waitFor();
      await checkA11y(ben, "the profile page with skills");
    });
    await step("it all comes back after a reload", all, async () => {
      await ben.reload();
      await ben.getByRole("heading", { name: "Skills you offer" }).waitFor();
      expect(
        await ben.getByRole("combobox", { name: "Your level in JavaScript" }).inputValue(),
      ).toBe("5");
      expect(await ben.getByRole("switch", { name: "I'd teach JavaScript" }).isChecked()).toBe(
        false,
      );
      expect(
        await ben
          .getByRole("combobox", { name: "How much Kubernetes matters to you" })
          .inputValue(),
      ).toBe("3");
    });
  });

  it("the administrator approves the proposal and merges a duplicate", async () => {
    const ada = pages.ada as Page;
    await step("approve “Sourdough baking” with a synonym", all, async () => {
      await ada.goto("/admin/skills");
      await ada.getByRole("tab", { name: /Proposals/ }).click();
      await ada.getByText(/Proposed by Ben Baker/).waitFor();
      await ada.getByRole("button", { name: "Approve…" }).click();
      const form = ada.getByRole("dialog", { name: "Approve proposal" });
      await form.getByRole("combobox", { name: "Category" }).fill("Baking");
      await form.getByRole("textbox", { name: "Synonyms" }).fill("levain");
      await form.getByRole("button", { name: "Approve", exact: true }).click();
      await ada.getByText("No proposals waiting.").waitFor();
    });
    await step("add “Bread making”, which means the same", all, async () => {
      await ada.getByRole("tab", { name: "Browse and edit" }).click();
      await ada.getByRole("button", { name: "Add a skill" }).click();
      const form = ada.getByRole("dialog", { name: "Add a skill" });
      await form.getByRole("textbox", { name: "Name" }).fill("Bread making");
      await form.getByRole("combobox", { name: "Category" }).fill("Baking");
      await form.getByRole("textbox", { name: "Synonyms" }).fill("levain");
      await form.getByRole("button", { name: "Add skill" }).click();
      // “levain” already leads to Sourdough baking: the form says so and names it.
      await form.getByText("“levain” is already a name or synonym of “Sourdough baking”").waitFor();
      await form.getByRole("textbox", { name: "Synonyms" }).fill("breadmaking\nbaking bread");
      await form.getByRole("button", { name: "Add skill" }).click();
      await form.waitFor({ state: "detached" });
    });
    await step("merge Sourdough baking into Bread making", all, async () => {
      await ada.getByRole("tab", { name: "Merge duplicates" }).click();
      await pickSkill(ada, "The duplicate to merge away", "levain", /Sourdough baking/);
      await pickSkill(ada, "The skill to keep", "bread ma", /Bread making/);
      ada.once("dialog", (dialog) => void dialog.accept());
      await ada.getByRole("button", { name: "Merge", exact: true }).click();
      await ada
        .getByText("Merged: “Sourdough baking” is now a synonym of “Bread making”.")
        .waitFor();
      await checkA11y(ada, "the merge tab");
    });
  });

  it("a colleague reads the member's skills on his page", async () => {
    const ada = pages.ada as Page;
    await step("Ben's page lists what he offers and wants, read-only", all, async () => {
      await ada.goto(`/people/${benId}`);
      await heading(ada, "Ben Baker").waitFor();
      await ada.getByText("JavaScript · Expert").waitFor();
      await ada.getByText("Bread making · Confident").waitFor();
      await ada.getByText("Kubernetes · Most important").waitFor();
      expect(await ada.getByRole("combobox", { name: /Add a skill/ }).count()).toBe(0);
      await checkA11y(ada, "a person's page with skills");
    });
  });

  it("caused no page errors", () => {
    expect(problems).toEqual([]);
  });
});
