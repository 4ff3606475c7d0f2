import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * A member completes their profile with skills and finds a person who can teach a skill. The
 * server runs on a small demo organization (`mutual seed-demo`), so there are colleagues to find;
 * two of them sign in with the demo password: one offers a skill and is open to mentoring, the
 * other wants to learn it and looks for help in the directory.
 */

const SKILL = "Haskell";

type Colleague = { email: string; name: string };

let server: TestServer;
let browser: Browser;
let teacher: Colleague;
let learner: Colleague;
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems);

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-demo-"));
  const examples = seedDemo(appDir, dataDir).filter((person) => person.role === "member");
  const [first, second] = examples;
  if (!first || !second) throw new Error("seed-demo named fewer than two members to sign in as");
  teacher = first;
  learner = second;
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Picks a skill in a skill picker (a combobox) by typing its name. */
async function pickSkill(page: Page, label: string, skill: string) {
  const picker = page.getByRole("combobox", { name: label });
  await picker.fill(skill);
  await page
    .getByRole("option", { name: new RegExp(`^${skill}`) })
    .first()
    .click();
}

/** Waits for the profile's skill change to reach the server. */
const skillSaved = (page: Page, list: "offered" | "wanted") =>
  page.waitForResponse(
    (response) =>
      response.url().includes(`/skills/${list}/`) &&
      response.request().method() === "PUT" &&
      response.ok(),
  );

async function openProfile(page: Page) {
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Profile" })
    .click();
  await page.waitForURL(`${server.url}/profile`);
  await page.getByRole("heading", { name: "Skills", level: 2 }).waitFor();
}

describe.sequential("profile skills and the directory", () => {
  it("a colleague offers a skill, teaches it and has room to mentor", async () => {
    let page: Page | undefined;
    await step(
      "the teacher fills in their profile",
      () => ({ teacher: page }),
      async () => {
        page = await signedIn(teacher);
        await openProfile(page);
        const open = page.getByRole("switch", { name: "I'm open to mentoring someone" });
        if (!(await open.isChecked())) await open.check();
        await page.getByRole("combobox", { name: "How many mentees at once" }).selectOption("2");
        await page.getByRole("button", { name: "Save mentoring preferences" }).click();
        await page.getByText("Saved", { exact: true }).first().waitFor();

        const level = page.getByRole("combobox", { name: `Your level in ${SKILL}` });
        if ((await level.count()) === 0) {
          const saved = skillSaved(page, "offered");
          await pickSkill(page, "Add a skill you offer", SKILL);
          await saved;
        }
        const expert = skillSaved(page, "offered");
        await level.selectOption("5");
        await expert;
        await expect
          .poll(() => page?.getByRole("switch", { name: `I'd teach ${SKILL}` }).isChecked())
          .toBe(true);
        await checkA11y(page, "the teacher's profile");
      },
    );
  });

  it("a member adds what they want to learn and finds who can teach it", async () => {
    let page: Page | undefined;
    await step(
      "the learner adds a skill to learn",
      () => ({ learner: page }),
      async () => {
        page = await signedIn(learner);
        await openProfile(page);
        if (
          (await page
            .getByRole("combobox", { name: `How much ${SKILL} matters to you` })
            .count()) === 0
        ) {
          const saved = skillSaved(page, "wanted");
          await pickSkill(page, "Add a skill you'd like to learn", SKILL);
          await saved;
        }
        await page.getByRole("combobox", { name: `How much ${SKILL} matters to you` }).waitFor();
      },
    );

    await step(
      "the learner finds the teacher by name",
      () => ({ learner: page }),
      async () => {
        const current = page as Page;
        await current
          .getByRole("navigation", { name: "Main navigation" })
          .getByRole("link", { name: "Directory" })
          .click();
        await current.waitForURL(`${server.url}/directory`);
        await current.getByRole("heading", { name: "Directory", level: 1 }).waitFor();
        await current.getByText(/\d+ people in your organization/).waitFor();
        await checkA11y(current, "the directory");
        await current.getByRole("searchbox", { name: "Search" }).fill(teacher.name);
        await current.waitForURL(/[?&]q=/);
        await current.getByRole("link", { name: teacher.name, exact: true }).first().waitFor();
      },
    );

    await step(
      "the learner asks who can help",
      () => ({ learner: page }),
      async () => {
        const current = page as Page;
        await current.getByRole("link", { name: "Who can help me with…" }).click();
        await current.waitForURL(/view=help/);
        await pickSkill(current, "What would you like help with?", SKILL);
        const results = current.getByRole("region", { name: `People who can help with ${SKILL}` });
        const card = results
          .getByRole("listitem")
          .filter({ has: current.getByRole("link", { name: teacher.name, exact: true }) });
        await card.waitFor();
        await card.getByText("Happy to teach it").waitFor();
        await card.getByText("Expert").waitFor();
        await card.getByText(/Has room to mentor: 2 places free/).waitFor();
        // The learner isn't offered to themselves.
        expect(await results.getByRole("link", { name: learner.name, exact: true }).count()).toBe(
          0,
        );
        await checkA11y(current, "who can help");
        await card.getByRole("link", { name: teacher.name, exact: true }).click();
        await current.getByRole("heading", { name: teacher.name, level: 1 }).waitFor();
      },
    );
    expect(problems).toEqual([]);
  });
});
