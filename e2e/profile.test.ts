import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Profiles and the org chart in the browser: a member fills in their profile section by section
 * (photo, work, mentoring, goals, questionnaire); colleagues find each other in the org chart;
 * an administrator keeps work details (a reporting loop is refused with the names in it), the
 * objectives and the questions. The organization is made through the API to keep this short.
 */

const ORG = { organizationName: "Difference Engines", organizationSlug: "difference-engines" };
const PASSWORD = "a long enough password for all";
const PEOPLE = {
  ada: { name: "Ada Lovelace", email: "ada@engines.test" },
  charles: { name: "Charles Babbage", email: "charles@engines.test" },
  grace: { name: "Grace Hopper", email: "grace@engines.test" },
  alan: { name: "Alan Turing", email: "alan@engines.test" },
};
type Who = keyof typeof PEOPLE;

let server: TestServer;
let browser: Browser;
const problems: string[] = [];
const pages: Partial<Record<Who, Page>> = {};
const ids: Partial<Record<Who, string>> = {};
const csrf: Partial<Record<Who, string>> = {};

async function newPage(who: Who): Promise<Page> {
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

/** A JSON request from `who`'s browser context (its cookies), with their CSRF token. */
async function api(who: Who, method: string, path: string, data?: unknown) {
  const page = pages[who] as Page;
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: csrf[who] ? { "x-csrf-token": csrf[who] as string } : {},
  });
  const body = await response.json().catch(() => undefined);
  expect(response.status(), `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });
const all = () => pages as Record<string, Page | undefined>;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ appDir: inject("e2eAppDir") }),
    launchBrowser(),
  ]);
  // Ada sets Mutual up and invites the others; each accepts; Ada sets who reports to whom:
  // Charles → Ada, Grace → Charles, Alan → Grace.
  await newPage("ada");
  const setup = await api("ada", "POST", "/api/setup", {
    ...ORG,
    ...PEOPLE.ada,
    password: PASSWORD,
  });
  csrf.ada = setup.csrfToken;
  ids.ada = setup.user.id;
  const others: Who[] = ["charles", "grace", "alan"];
  await api("ada", "POST", "/api/invitations", {
    emails: others.map((who) => PEOPLE[who].email).join(", "),
  });
  const outbox = await api("ada", "GET", "/api/outbox");
  for (const who of others) {
    const summary = outbox.emails.find((e: { to: string }) => e.to === PEOPLE[who].email);
    const email = await api("ada", "GET", `/api/outbox/${summary.id}`);
    const token = /\/invite\/([\w-]+)/.exec(email.text)?.[1];
    await newPage(who);
    const joined = await api(who, "POST", "/api/invitations/accept", {
      token,
      name: PEOPLE[who].name,
      password: PASSWORD,
    });
    csrf[who] = joined.csrfToken;
    ids[who] = joined.user.id;
  }
  for (const [who, manager] of [
    ["charles", "ada"],
    ["grace", "charles"],
    ["alan", "grace"],
  ] as const) {
    await api("ada", "PATCH", `/api/people/${ids[who]}/work`, { managerId: ids[manager] });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential("profiles and the org chart", () => {
  it("a member fills in their profile, section by section", async () => {
    const grace = pages.grace as Page;
    await step("open the profile page", all, async () => {
      await grace.goto("/profile");
      await heading(grace, "Your profile").waitFor();
      await grace.getByText("Who can see this:").first().waitFor();
      await checkA11y(grace, "the profile page");
    });

    await step("upload a photo", all, async () => {
      const png = await sharp({
        create: { width: 640, height: 480, channels: 3, background: "#3a7" },
      })
        .png()
        .toBuffer();
      const chooser = grace.waitForEvent("filechooser");
      await grace.getByRole("button", { name: "Choose a photo" }).click();
      await (await chooser).setFiles({ name: "me.png", mimeType: "image/png", buffer: png });
      await grace.getByText("Your new photo is up.").waitFor();
      await grace.getByRole("button", { name: "Remove photo" }).waitFor();
      const src = await grace.locator('img[src*="/photo?v="]').first().getAttribute("src");
      expect(src).toContain(`/api/people/${ids.grace}/photo?v=`);
    });

    await step("save the about and work sections", all, async () => {
      await grace
        .getByRole("textbox", { name: "Preferred name", exact: true })
        .fill("Amazing Grace");
      await grace.getByRole("button", { name: "Save profile" }).click();
      await grace.getByText("Your profile is saved.").waitFor();
      await grace.getByRole("textbox", { name: "Department", exact: true }).fill("Compilers");
      await grace.getByRole("combobox", { name: "Time zone" }).selectOption("America/New_York");
      await grace.getByRole("textbox", { name: "Languages you work in" }).fill("English, COBOL");
      const work = grace.locator("form", { has: grace.getByRole("heading", { name: "Work" }) });
      await expect.poll(() => work.getByText("You have unsaved changes.").count()).toBe(1);
      await grace.getByRole("button", { name: "Save work details" }).click();
      await work.getByText("Saved").waitFor();
    });

    await step("say she would like to mentor", all, async () => {
      await grace.getByRole("switch", { name: "I'm open to mentoring someone" }).check();
      await grace.getByRole("combobox", { name: "How many mentees at once" }).selectOption("2");
      await grace.getByRole("checkbox", { name: "Peer to peer" }).check();
      await grace.getByRole("radio", { name: "Remote" }).check();
      await grace.getByRole("button", { name: "Save mentoring preferences" }).click();
      const section = grace.locator("form", {
        has: grace.getByRole("heading", { name: "Mentoring preferences" }),
      });
      await section.getByText("Saved").waitFor();
    });

    await step("add two goals and reorder them", all, async () => {
      for (const goal of ["Teach COBOL to new hires", "Write a compiler for English"]) {
        await grace.getByRole("textbox", { name: "New goal" }).fill(goal);
        await grace.getByRole("button", { name: "Add goal" }).click();
        await grace.getByText(goal, { exact: true }).waitFor();
      }
      await grace.getByRole("button", { name: "Move “Write a compiler for English” up" }).click();
      await expect
        .poll(() => grace.locator("ol > li").first().textContent())
        .toContain("Write a compiler for English");
    });

    await step("answer the questionnaire, privately", all, async () => {
      await grace.getByText("only you. Nobody else").waitFor();
      const first = grace.getByRole("radiogroup", {
        name: "When I learn something new, I'd rather…",
      });
      await first
        .getByRole("radio", { name: "Try it straight away and learn from my mistakes" })
        .check();
      await grace.getByRole("button", { name: "Save answers" }).click();
      const section = grace.locator("form", {
        has: grace.getByRole("heading", { name: "Work style and values" }),
      });
      await section.getByText("Saved").waitFor();
      await checkA11y(grace, "the filled-in profile page");
    });

    await step("it all comes back after a reload", all, async () => {
      await grace.reload();
      await heading(grace, "Your profile").waitFor();
      expect(
        await grace.getByRole("textbox", { name: "Preferred name", exact: true }).inputValue(),
      ).toBe("Amazing Grace");
      expect(await grace.getByRole("combobox", { name: "Time zone" }).inputValue()).toBe(
        "America/New_York",
      );
      expect(
        await grace.getByRole("switch", { name: "I'm open to mentoring someone" }).isChecked(),
      ).toBe(true);
      expect(
        await grace
          .getByRole("radio", { name: "Try it straight away and learn from my mistakes" })
          .isChecked(),
      ).toBe(true);
    });
  });

  it("a colleague finds her in the org chart and reads her profile", async () => {
    const alan = pages.alan as Page;
    await step("the chart starts at the top", all, async () => {
      await alan.goto("/");
      await alan
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Org chart" })
        .click();
      await heading(alan, "Org chart").waitFor();
      await alan.getByRole("link", { name: "Ada Lovelace" }).waitFor();
      // The top has one person, so she is opened already.
      await alan.getByRole("link", { name: "Charles Babbage" }).waitFor();
      await alan
        .getByRole("button", { name: "Show the person who reports to Charles Babbage" })
        .click();
      await alan.getByRole("link", { name: "Grace Hopper" }).waitFor();
      await checkA11y(alan, "the org chart");
    });

    await step("searching shows where someone sits", all, async () => {
      await alan.getByRole("searchbox", { name: "Find someone in the chart" }).fill("hopper");
      // The search result (the chart's own buttons are named "Show … Grace Hopper").
      await alan.getByRole("button", { name: "Grace Hopper", exact: true }).click();
      const chain = alan.getByRole("navigation", { name: "Grace Hopper's chain of command" });
      await chain.getByRole("link", { name: "Ada Lovelace" }).waitFor();
      await chain.getByRole("link", { name: "Charles Babbage" }).waitFor();
      await alan.getByRole("link", { name: "Alan Turing" }).waitFor();
      await checkA11y(alan, "the org chart around a person");
    });

    await step("her profile shows what she shared, not her answers", all, async () => {
      await alan.getByRole("link", { name: "Grace Hopper", exact: true }).click();
      await heading(alan, "Grace Hopper").waitFor();
      await alan.getByText("Goes by Amazing Grace").waitFor();
      await alan.getByText("Teach COBOL to new hires").waitFor();
      await alan.getByText("Open to mentoring").waitFor();
      await alan.getByRole("link", { name: "Charles Babbage" }).waitFor();
      expect(await alan.getByText("Try it straight away").count()).toBe(0);
      expect(await alan.getByRole("heading", { name: "Work details" }).count()).toBe(0);
      await checkA11y(alan, "a colleague's profile");
    });
  });

  it("an administrator keeps work details, objectives and questions", async () => {
    const ada = pages.ada as Page;
    await step("a reporting loop is refused, naming the people", all, async () => {
      await ada.goto(`/people/${ids.ada}`);
      await heading(ada, "Ada Lovelace").waitFor();
      await ada.getByRole("searchbox", { name: "Choose a manager" }).fill("Alan");
      await ada.getByRole("button", { name: "Alan Turing", exact: true }).click();
      await ada.getByRole("button", { name: "Save work details" }).click();
      await ada
        .getByText(
          "Ada Lovelace can't report to Alan Turing: Alan Turing already reports to Ada Lovelace (Alan Turing → Grace Hopper → Charles Babbage → Ada Lovelace).",
        )
        .waitFor();
      await checkA11y(ada, "a person's page, for an administrator");
    });

    await step("objectives and questions", all, async () => {
      await ada
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Objectives and questionnaire" })
        .click();
      await heading(ada, "Objectives and questionnaire").waitFor();
      await ada.getByRole("textbox", { name: "New objective" }).fill("Every team teaches");
      await ada.getByRole("button", { name: "Add objective" }).click();
      await ada.getByText("“Every team teaches” is added.").waitFor();
      const adding = ada.getByText("Add a question").locator("..");
      await adding.getByRole("textbox", { name: "Question" }).fill("Tea or coffee?");
      await adding.getByRole("textbox", { name: "Answers to choose from" }).fill("Tea\nCoffee");
      await ada.getByRole("button", { name: "Add question" }).click();
      await ada.getByText("“Tea or coffee?” is added.").waitFor();
      await checkA11y(ada, "the objectives and questionnaire page");
    });
  });

  it("caused no page errors", () => {
    expect(problems).toEqual([]);
  });
});
