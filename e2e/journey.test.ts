import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkA11y, launchBrowser, screenshot, step } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Browser journeys through a brand-new Mutual: first-run setup, signing in and out, inviting
 * people through the outbox, joining, editing a profile, and resetting a forgotten password.
 * One server and one browser for the whole file; each person gets their own browser context.
 */

const ORG = { name: "Analytical Engines", slug: "analytical-engines" };
const ADMIN = {
  name: "Ada Lovelace",
  email: "ada@example.org",
  password: "notes on the engine 1843",
};
const MEMBER = {
  name: "Grace Hopper",
  email: "grace@example.org",
  password: "nanoseconds are 30cm",
};
const MEMBER_NEW_PASSWORD = "a ship in port is safe";
const OTHER_INVITEE = "alan@example.org";

let server: TestServer;
let browser: Browser;
/** Uncaught page errors and CSP violations, per person: the app should produce none. */
const problems: string[] = [];
/** The admin's page, signed in once the first journey has passed; shared between the tests. */
let admin: Page | undefined;
let adminReady = false;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ appDir: inject("e2eAppDir") }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new person: their own browser context (cookies), with errors and CSP violations recorded. */
async function newPerson(who: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`${who}: uncaught error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      problems.push(`${who}: ${message.text()}`);
    }
  });
  return page;
}

const url = (path: string) => new RegExp(`^${server.url}${path}$`);
/** A text field by its accessible name (the label without Mantine's hidden " *"). */
const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

async function signIn(page: Page, email: string, password: string) {
  await field(page, "Email").fill(email);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, name: string) {
  const menu = page.getByRole("button", { name, exact: true });
  // The menu stays closed until asked for.
  expect(await menu.getAttribute("aria-expanded")).toBe("false");
  expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(false);
  await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(url("/sign-in"));
  await heading(page, "Welcome back").waitFor();
}

/** Checks the home page greets `name` by first name ("Good morning, Ada"). */
async function expectHome(page: Page, name: string) {
  await page.waitForURL(url("/"));
  await heading(
    page,
    new RegExp(`^Good (morning|afternoon|evening), ${name.split(" ")[0]}$`),
  ).waitFor();
  await page.getByRole("button", { name, exact: true }).waitFor();
}

/** Fails, naming the widest elements, if the page is wider than the viewport. */
async function expectNoSidewaysScroll(page: Page, what: string, width: number) {
  const { scrollWidth, culprits } = await page.evaluate((max) => {
    const culprits = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > max + 0.5)
      .slice(0, 5)
      .map(
        (element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  }, width);
  expect(
    scrollWidth,
    `${what} scrolls sideways at ${width} px; too wide: ${culprits.join(", ")}`,
  ).toBeLessThanOrEqual(width);
}

/** Opens the newest outbox email to `to` whose subject matches, and returns the link in it. */
async function linkFromOutbox(page: Page, to: string, subject: string, linkPath: RegExp) {
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Outbox" })
    .click();
  await page.waitForURL(url("/admin/outbox"));
  await heading(page, "Outbox").waitFor();
  const row = page.getByRole("row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.waitFor();
  await checkA11y(page, "the outbox");
  await row.getByRole("link", { name: subject }).click();
  await page.waitForURL(/\/admin\/outbox\/[0-9a-f-]{36}$/);
  await heading(page, subject).waitFor();
  await page.getByRole("main").getByText(to, { exact: true }).waitFor();
  await checkA11y(page, "an outbox email");
  const link = page.getByRole("link", { name: linkPath });
  const href = await link.getAttribute("href");
  expect(href).toMatch(new RegExp(`^${server.url}`));
  return { link, href: href as string };
}

describe.sequential("Mutual in the browser", () => {
  it("sets up, invites a colleague by email, and the colleague joins and fills in their profile", async () => {
    let member: Page | undefined;
    const pages = () => ({ admin, member });
    const page = await newPerson("admin");
    admin = page;

    await step("fresh instance sends you to setup", pages, async () => {
      await page.goto("/");
      await page.waitForURL(url("/setup"));
      await heading(page, "Welcome! Let's set up Mutual").waitFor();
      await checkA11y(page, "the setup page");
    });

    await step("first-run setup", pages, async () => {
      await field(page, "Organization name").fill(ORG.name);
      // The slug is suggested from the name.
      expect(await field(page, "URL slug").inputValue()).toBe(ORG.slug);
      await field(page, "Your name").fill(ADMIN.name);
      await field(page, "Email").fill(ADMIN.email);
      await field(page, "Password").fill(ADMIN.password);
      await page.getByRole("button", { name: "Create organization" }).click();
      await expectHome(page, ADMIN.name);
      const next = page.getByRole("region", { name: "Complete your profile" });
      await next.getByRole("link", { name: "Add your title and bio" }).waitFor();
      await page.getByRole("banner").getByText(ORG.name, { exact: true }).waitFor();
      await checkA11y(page, "the home page");
    });

    await step("home page on a phone", pages, async () => {
      // A fresh page at phone size (resizing a desktop page would measure mid-transition).
      const phone = await page.context().newPage();
      phone.on("pageerror", (error) => problems.push(`admin (phone): ${error.message}`));
      try {
        await phone.setViewportSize({ width: 375, height: 740 });
        await phone.goto("/");
        await expectHome(phone, ADMIN.name);
        await phone.getByRole("region", { name: "Complete your profile" }).waitFor();
        await expectNoSidewaysScroll(phone, "the home page", 375);
        await checkA11y(phone, "the home page at phone width");
        // The navigation hides behind the menu button, opens from it and closes after moving on.
        await phone.getByRole("button", { name: "Open navigation" }).click();
        await phone.getByRole("button", { name: "Close navigation" }).waitFor();
        await phone
          .getByRole("navigation", { name: "Main navigation" })
          .getByRole("link", { name: "People", exact: true })
          .click();
        await phone.waitForURL(url("/admin/people"));
        await heading(phone, "People").waitFor();
        await phone.getByRole("button", { name: "Open navigation" }).waitFor();
        await expectNoSidewaysScroll(phone, "the People page", 375);
      } catch (error) {
        await screenshot(phone, "home-page-on-a-phone-phone");
        throw error;
      } finally {
        await phone.close();
      }
    });

    await step("sign out and back in", pages, async () => {
      await signOut(page, ADMIN.name);
      await checkA11y(page, "the sign-in page");
      await signIn(page, ADMIN.email, ADMIN.password);
      await expectHome(page, ADMIN.name);
    });

    await step("invite two people from the People page", pages, async () => {
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "People", exact: true })
        .click();
      await page.waitForURL(url("/admin/people"));
      await heading(page, "People").waitFor();
      await page.getByRole("main").getByText(ADMIN.email).waitFor();
      await checkA11y(page, "the People page");
      await field(page, "Email addresses").fill(`${MEMBER.email},\n${OTHER_INVITEE}`);
      await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("member");
      await page.getByRole("button", { name: "Send invitations" }).click();
      const outcome = page.getByRole("status").filter({ hasText: "Invited 2 people" });
      await outcome.getByText(MEMBER.email).waitFor();
      await outcome.getByText(OTHER_INVITEE).waitFor();
      const pending = page.getByRole("region", { name: "Pending invitations" });
      await pending.getByText(MEMBER.email).waitFor();
      await pending.getByText(OTHER_INVITEE).waitFor();
    });

    let inviteUrl = "";
    await step("the invitation email's link opens the invitation", pages, async () => {
      const { link, href } = await linkFromOutbox(
        page,
        MEMBER.email,
        `${ADMIN.name} invited you to ${ORG.name} on Mutual`,
        /\/invite\//,
      );
      await link.click();
      await page.waitForURL(href);
      await heading(page, `Join ${ORG.name} on Mutual`).waitFor();
      inviteUrl = href;
      // Back where we were: the browser's back button returns to the email.
      await page.goBack();
      await page.waitForURL(/\/admin\/outbox\/[0-9a-f-]{36}$/);
      await page.getByRole("link", { name: /\/invite\// }).waitFor();
    });

    await step("the colleague opens the invitation", pages, async () => {
      member = await newPerson("member");
      await member.goto(inviteUrl);
      await heading(member, `Join ${ORG.name} on Mutual`).waitFor();
      await member.getByText(ADMIN.name).waitFor();
      await member.getByText(MEMBER.email).waitFor();
      await checkA11y(member, "the invitation page");
    });

    await step("the colleague joins", pages, async () => {
      const m = member as Page;
      await field(m, "Your name").fill(MEMBER.name);
      await field(m, "Password").fill(MEMBER.password);
      await m.getByRole("button", { name: "Join" }).click();
      await expectHome(m, MEMBER.name);
      await m.getByRole("region", { name: "Complete your profile" }).waitFor();
      // Members don't get the administration pages.
      expect(await m.getByRole("link", { name: "Outbox" }).count()).toBe(0);
      await checkA11y(m, "the member's home page");
    });

    await step("the colleague fills in their profile", pages, async () => {
      const m = member as Page;
      await m
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Profile" })
        .click();
      await m.waitForURL(url("/profile"));
      await heading(m, "Your profile").waitFor();
      expect(await field(m, "Name").inputValue()).toBe(MEMBER.name);
      await checkA11y(m, "the profile page");
      await field(m, "Title").fill("Rear admiral, compilers");
      await field(m, "Short bio").fill(
        "I can help with compilers and COBOL.\nI'd like to learn Rust.",
      );
      await m.getByRole("button", { name: "Save profile" }).click();
      await m.getByText("Your profile is saved.").waitFor();
      await m.reload();
      await heading(m, "Your profile").waitFor();
      expect(await field(m, "Title").inputValue()).toBe("Rear admiral, compilers");
      expect(await field(m, "Short bio").inputValue()).toBe(
        "I can help with compilers and COBOL.\nI'd like to learn Rust.",
      );
      // Home no longer asks them to complete it.
      await m
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Home" })
        .click();
      await m
        .getByRole("region", { name: "Your profile is ready" })
        .getByText("Rear admiral, compilers")
        .waitFor();
    });

    await step("the colleague changes their password, signs out and back in", pages, async () => {
      const m = member as Page;
      await m
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Profile" })
        .click();
      await heading(m, "Your profile").waitFor();
      await field(m, "Current password").fill(MEMBER.password);
      await field(m, "New password").fill(MEMBER_NEW_PASSWORD);
      await m.getByRole("button", { name: "Change password" }).click();
      await m.getByText("Your password has been changed.").waitFor();
      await signOut(m, MEMBER.name);
      await signIn(m, MEMBER.email, MEMBER_NEW_PASSWORD);
      await expectHome(m, MEMBER.name);
    });

    expect(problems).toEqual([]);
    adminReady = true;
  });

  it("resets a forgotten password from the emailed link", async () => {
    // Normally the admin from the first journey; on its own (or after it failed), a fresh one.
    let visitor: Page | undefined;
    const pages = () => ({ admin, visitor });
    if (!adminReady || !admin) {
      await step("set up and sign in an administrator", pages, async () => {
        admin = await signedInAdmin();
      });
    }
    const page = admin as Page;

    await step("ask for a reset link", pages, async () => {
      visitor = await newPerson("visitor");
      await visitor.goto("/sign-in");
      await heading(visitor, "Welcome back").waitFor();
      await visitor.getByRole("link", { name: "Forgot your password?" }).click();
      await visitor.waitForURL(url("/forgot-password"));
      await heading(visitor, "Forgot your password?").waitFor();
      await checkA11y(visitor, "the forgot-password page");
      await field(visitor, "Email").fill(ADMIN.email);
      await visitor.getByRole("button", { name: "Send reset link" }).click();
      await visitor.getByRole("status").filter({ hasText: "Check your inbox" }).waitFor();
    });

    let resetUrl = "";
    await step("the reset email is in the outbox", pages, async () => {
      const { href } = await linkFromOutbox(
        page,
        ADMIN.email,
        `Reset your Mutual password for ${ORG.name}`,
        /\/reset-password\//,
      );
      resetUrl = href;
    });

    const newPassword = "the engine weaves algebra";
    await step("the link sets a new password", pages, async () => {
      const v = visitor as Page;
      await v.goto(resetUrl);
      await heading(v, "Choose a new password").waitFor();
      await checkA11y(v, "the reset-password page");
      await field(v, "New password").fill(newPassword);
      await v.getByRole("button", { name: "Set new password" }).click();
      await expectHome(v, ADMIN.name);
    });

    await step("the old password no longer works, the new one does", pages, async () => {
      const v = visitor as Page;
      await signOut(v, ADMIN.name);
      await signIn(v, ADMIN.email, ADMIN.password);
      await v
        .getByRole("alert")
        .filter({ hasText: "That email and password don't match" })
        .waitFor();
      expect(v.url()).toMatch(url("/sign-in"));
      await field(v, "Password").fill(newPassword);
      await v.getByRole("button", { name: "Sign in" }).click();
      await expectHome(v, ADMIN.name);
    });

    expect(problems).toEqual([]);
  });
});

/** For running the reset test on its own: set up the organization over the API and sign in. */
async function signedInAdmin(): Promise<Page> {
  const session = (await (await fetch(`${server.url}/api/session`)).json()) as {
    setupNeeded?: boolean;
  };
  if (session.setupNeeded) {
    const response = await fetch(`${server.url}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        organizationName: ORG.name,
        organizationSlug: ORG.slug,
        name: ADMIN.name,
        email: ADMIN.email,
        password: ADMIN.password,
      }),
    });
    expect(response.status).toBe(201);
  }
  const page = await newPerson("admin");
  admin = page;
  await page.goto("/sign-in");
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectHome(page, ADMIN.name);
  return page;
}
