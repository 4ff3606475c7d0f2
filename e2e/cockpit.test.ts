import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, screenshot, step } from "./support/browser.ts";
import { callApi, type DemoPerson, seedDemo, signInAs } from "./support/demo.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * The learning cockpit and circles, in the browser: the demo's newcomer signs in to a living home
 * page (a session coming up, their commitments, their relationship, what waits for them); a
 * program manager starts a circle, and one of its members finds it on their home page.
 */
let server: TestServer;
let browser: Browser;
let people: DemoPerson[];
const problems: string[] = [];

beforeAll(async () => {
  const appDir = inject("e2eAppDir");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-cockpit-"));
  people = seedDemo(appDir, dataDir);
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("shows a living cockpit, and lets a manager start a circle its members find at home", async () => {
  const newcomer = people.filter((p) => p.role === "member").at(-1);
  const admin = people.find((p) => p.role === "admin");
  if (!newcomer || !admin) throw new Error("seed-demo named no newcomer or admin");
  let page: Page | undefined;
  const current = () => page as Page;

  await step(
    "the newcomer's home page shows their learning",
    () => ({ newcomer: page }),
    async () => {
      page = await signInAs(browser, server.url, newcomer, problems);
      await current().getByRole("heading", { name: "Coming up" }).waitFor();
      await current().getByRole("heading", { name: "Your commitments" }).waitFor();
      await current().getByRole("heading", { name: "Your relationships" }).waitFor();
      await current().getByRole("heading", { name: "Waiting for you" }).waitFor();
      await current().getByText("Ask Priya if I can shadow her next interview").waitFor();
      await current().getByText("under way").waitFor();
      await checkA11y(current(), "the cockpit");
      await screenshot(current(), "cockpit-home");
      // The relationship's card opens its page.
      await current()
        .getByRole("link", { name: /^You and / })
        .first()
        .click();
      await current().waitForURL(/\/relationships\/[0-9a-f-]+/);
    },
  );

  let circleMember: { id: string; name: string; email: string } | undefined;
  await step(
    "a manager starts a circle in the running program",
    () => ({ manager: page }),
    async () => {
      page = await signInAs(browser, server.url, admin, problems);
      // The CEO isn't learning with anyone yet: the cockpit says so, kindly, and where to start.
      await current().getByText("You're not learning with anyone yet.", { exact: false }).waitFor();
      await checkA11y(current(), "an empty cockpit");
      await screenshot(current(), "cockpit-empty");
      await current().goto("/programs/learning-partners");
      await current().getByRole("link", { name: "Circles" }).click();
      await current().getByRole("heading", { name: "Circles", level: 1 }).waitFor();
      await current().getByRole("heading", { name: "New managers circle" }).waitFor();
      await checkA11y(current(), "the circles page");
      const everyone = (await callApi(current(), "GET", "/api/people")).body.people as {
        id: string;
        name: string;
        email: string;
        status: string;
      }[];
      const busy = new Set(
        (
          (await callApi(current(), "GET", "/api/programs/learning-partners/circles")).body
            .circles as { people: { id: string }[] }[]
        ).flatMap((c) => c.people.map((p) => p.id)),
      );
      const free = everyone.filter(
        (p) => !busy.has(p.id) && p.email !== admin.email && /^[A-Za-z]/.test(p.name),
      );
      const [facilitator, first, second] = free;
      if (!facilitator || !first || !second) throw new Error("not enough people for a circle");
      circleMember = first;
      await current().getByRole("textbox", { name: "Name" }).fill("Curious readers circle");
      const pick = async (label: RegExp, name: string) => {
        const box = current().getByLabel(label).and(current().locator("input"));
        await box.fill(name.slice(0, 6));
        await current()
          .getByRole("option", { name: new RegExp(`^${name}`) })
          .first()
          .click();
      };
      await pick(/^Facilitators/, facilitator.name);
      await pick(/^Members/, first.name);
      await pick(/^Members/, second.name);
      await current().getByRole("button", { name: "Start the circle" }).click();
      await current().getByRole("heading", { name: "Curious readers circle" }).waitFor();
      await screenshot(current(), "cockpit-circles");
    },
  );

  await step(
    "a member of the new circle finds it on their home page",
    () => ({ member: page }),
    async () => {
      if (!circleMember) throw new Error("no circle member");
      page = await signInAs(browser, server.url, circleMember, problems);
      await current().getByRole("link", { name: "Curious readers circle" }).first().waitFor();
      await current().getByText("agreement to write").waitFor();
      await checkA11y(current(), "a circle member's cockpit");
      await current().goto("/matches");
      await current().getByRole("link", { name: "Curious readers circle" }).first().waitFor();
      await checkA11y(current(), "a circle on My matches");
      await screenshot(current(), "cockpit-circle-matches");
    },
  );
  expect(problems).toEqual([]);
});
