import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * A program manager matches the demo program (seed-demo leaves it in the matching state with most
 * people enrolled): finds matches, locks a pair, runs again keeping it, asks why a mentee didn't
 * get another mentor, and publishes.
 */

const SLUG = "grow-together";
type Someone = { email: string; name: string; role: string };

let server: TestServer;
let browser: Browser;
let admin: Someone;
const problems: string[] = [];

const signedIn = (who: { email: string; name: string }) =>
  signInAs(browser, server.url, who, problems, { timeout: 20_000 });

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-matching-"));
  const found = seedDemo(appDir, dataDir).find((p) => p.role === "admin");
  if (!found) throw new Error("seed-demo named no admin");
  admin = found;
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("matching a program", () => {
  it("a manager finds matches, locks one, runs again, asks why not, and publishes", async () => {
    let page: Page | undefined;
    const current = () => page as Page;
    await step(
      "the manager finds matches",
      () => ({ manager: page }),
      async () => {
        page = await signedIn(admin);
        await current().goto(`/programs/${SLUG}/matching`);
        await current()
          .getByRole("heading", { name: /^Matching: /, level: 1 })
          .waitFor();
        await current().getByRole("slider", { name: "Skills" }).waitFor();
        await current().getByRole("button", { name: "Find matches" }).click();
        await current()
          .getByRole("heading", { name: /^Pairs \(\d+\)$/ })
          .waitFor();
        await checkA11y(current(), "the matching preview");
      },
    );
    let lockedMentee = "";
    // The row whose pair is locked: its button offers to unlock that mentee's pair.
    const lockedRow = () =>
      current()
        .getByRole("row")
        .filter({
          has: current().getByRole("button", {
            name: new RegExp(`^Unlock ${lockedMentee.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} and `),
          }),
        });
    await step(
      "the manager locks the first pair and runs again, keeping it",
      () => ({ manager: page }),
      async () => {
        const firstRow = current().getByRole("row").nth(1);
        const lock = firstRow.getByRole("button", { name: /^Lock / });
        lockedMentee = ((await lock.getAttribute("aria-label")) ?? "").replace(
          /^Lock (.+) and .+$/,
          "$1",
        );
        await lock.click();
        await firstRow.getByText("Locked", { exact: true }).waitFor();
        await current().getByRole("button", { name: "Run again, keeping locked pairs" }).click();
        await current()
          .getByRole("heading", { name: /^Pairs \(\d+\)$/ })
          .waitFor();
        await lockedRow().getByText("Locked", { exact: true }).waitFor();
      },
    );
    await step(
      "the manager asks why a mentee didn't get another mentor",
      () => ({ manager: page }),
      async () => {
        await lockedRow().getByRole("button", { name: "Why not…?" }).click();
        const dialog = current().getByRole("dialog");
        await dialog.getByLabel("Mentor", { exact: true }).click();
        await current().getByRole("option").nth(0).click();
        await dialog.getByRole("alert").or(dialog.locator(".mantine-Alert-root")).first().waitFor();
        expect(
          ((await dialog.locator(".mantine-Alert-root").textContent()) ?? "").length,
        ).toBeGreaterThan(10);
        await current().keyboard.press("Escape");
      },
    );
    await step(
      "the manager publishes",
      () => ({ manager: page }),
      async () => {
        await current().getByRole("button", { name: "Publish these matches" }).click();
        await current()
          .getByRole("dialog")
          .getByRole("button", { name: "Publish", exact: true })
          .click();
        await current().getByText("These matches are published").waitFor();
      },
    );
    expect(problems).toEqual([]);
  });
});
