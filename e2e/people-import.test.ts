import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, step } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Importing people from an HR file in the browser: the admin uploads an export whose email and
 * manager columns have names we don't recognize, with a bad address and a duplicate in it; sees
 * the report; fixes the column choices; checks again; imports with a progress bar; invites the
 * new people; finds them on the People page. The organization is set up through the API.
 */

const ADMIN = { name: "Ada Lovelace", email: "ada@engines.test" };
const PASSWORD = "a long enough password for all";

// Semicolons, a byte-order mark and Windows line ends, as Excel writes them. German headers, as
// a Personio export might have; "Kontakt" and "Chef" aren't names we know, so email and manager
// start out ignored.
const HR_FILE = `\uFEFF${[
  "Personalnummer;Vorname;Nachname;Kontakt;Position;Chef",
  "P1;Grace;Hopper;grace@engines.test;Rear admiral;",
  "P2;Alan;Turing;alan@engines.test;Codebreaker;grace@engines.test",
  "P3;Bad;Address;not-an-address;Tester;grace@engines.test",
  "P4;Søren;Kierkegaard;soren@engines.test;Philosopher;alan@engines.test",
  "P5;Grace;Again;GRACE@engines.test;Duplicate;",
  "",
].join("\r\n")}`;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ appDir: inject("e2eAppDir") }),
    launchBrowser(),
  ]);
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`uncaught error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  // Setting up signs the admin in, in this browser context.
  const setup = await page.request.post("/api/setup", {
    data: {
      organizationName: "Analytical Engines",
      organizationSlug: "analytical-engines",
      ...ADMIN,
      password: PASSWORD,
    },
  });
  expect(setup.status()).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (name: string | RegExp, level = 1) => page.getByRole("heading", { level, name });
const region = (name: string | RegExp) => page.getByRole("region", { name });
const columnSelect = (header: string) =>
  page.getByRole("combobox", { name: `Use the column “${header}” as` });
const pages = () => ({ admin: page });

describe("importing people from an HR file", () => {
  it("uploads a file with problems, fixes the columns, imports and invites", async () => {
    await step("open the import page from the navigation", pages, async () => {
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Import people" })
        .click();
      await page.waitForURL(/\/admin\/import$/);
      await heading("Import people").waitFor();
      await checkA11y(page, "the import page");
    });

    await step("upload the file and see what's wrong", pages, async () => {
      await page.locator('input[type="file"]').setInputFiles({
        name: "hr-export.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(HR_FILE, "utf8"),
      });
      await page.getByRole("button", { name: "Check the file" }).click();
      await page.waitForURL(/\/admin\/import\?id=[0-9a-f-]{36}$/);
      const report = region("What the import would do");
      await report.getByText("No column is set to Work email").waitFor();
      await report.getByText("Rejected rows (5)").waitFor();
      expect(await columnSelect("Kontakt").inputValue()).toBe("");
      expect(await columnSelect("Vorname").inputValue()).toBe("firstName");
      expect(await columnSelect("Personalnummer").inputValue()).toBe("employeeId");
      expect(await columnSelect("Chef").inputValue()).toBe("");
      // Nothing can be imported yet.
      expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(
        true,
      );
      await checkA11y(page, "the first dry run");
    });

    await step("fix the column choices and check again", pages, async () => {
      await columnSelect("Kontakt").selectOption("email");
      await columnSelect("Chef").selectOption("managerEmail");
      await page.getByText("You changed the choices above").waitFor();
      await page.getByRole("button", { name: "Check again with these choices" }).click();
      const report = region("What the import would do");
      await report.getByText("Rejected rows (2)").waitFor();
      const rejected = region(/Rejected rows/);
      const badRow = rejected.getByRole("row").filter({ hasText: "not-an-address" });
      expect(await badRow.getByRole("cell").first().textContent()).toBe("4");
      await rejected
        .getByRole("row")
        .filter({ hasText: "The email grace@engines.test already appears on line 2." })
        .waitFor();
      await region(/New people/)
        .getByText("Søren Kierkegaard — soren@engines.test")
        .waitFor();
      await checkA11y(page, "the dry run after fixing the columns");
    });

    await step("import, with a progress bar, and see the result", pages, async () => {
      await page.getByRole("button", { name: "Import", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Import these people?" });
      await dialog.getByText("This will create 3 people.").waitFor();
      await dialog.getByRole("button", { name: "Yes, import" }).click();
      await page.getByText("The import is done").waitFor();
      await page.getByText("3 people added, 0 updated, 0 deactivated.").waitFor();
      await checkA11y(page, "the finished import");
    });

    await step("invite the new people", pages, async () => {
      await page.getByRole("button", { name: "Send invitations to the 3 new people" }).click();
      await page.getByText("Sent 3 invitations.").waitFor();
      await page.getByText("Invitations sent to the new people.").waitFor();
    });

    await step("find them on the People page, with the export button", pages, async () => {
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "People", exact: true })
        .click();
      await page.waitForURL(/\/admin\/people$/);
      await heading("People").waitFor();
      await page.getByRole("main").getByText("soren@engines.test").first().waitFor();
      const pending = region("Pending invitations");
      await pending.getByText("alan@engines.test").waitFor();
      const exportLink = page.getByRole("link", { name: "Export people (CSV)" });
      expect(await exportLink.getAttribute("href")).toBe("/api/people/export?format=csv");
      const exported = await page.request.get("/api/people/export?format=csv");
      expect(exported.status()).toBe(200);
      const csv = await exported.text();
      expect(csv).toContain(
        "P4,soren@engines.test,Søren Kierkegaard,,Philosopher,,,,,,alan@engines.test",
      );
      await checkA11y(page, "the People page with the file actions");
    });

    expect(problems).toEqual([]);
  });
});
