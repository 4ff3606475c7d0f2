import { spawnSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";

/** The one password every demo person signs in with (`mutual seed-demo`). */
export const DEMO_PASSWORD = "learning together";

/** A demo person `seed-demo` printed as an example to sign in as. */
export type DemoPerson = { email: string; name: string; role: string };

/**
 * Seeds a demo organization of `people` people into `dataDir` with the real command, before the
 * server starts there (the embedded database allows one process at a time), and returns the
 * example people it printed: "  email   Name, Title (role)".
 */
export function seedDemo(appDir: string, dataDir: string, people = 30): DemoPerson[] {
  const result = spawnSync(
    process.execPath,
    ["bin/mutual.js", "seed-demo", "--people", String(people)],
    {
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        BASE_URL: "http://127.0.0.1",
        LOG_LEVEL: "warn",
      },
      encoding: "utf8",
      timeout: 90_000,
    },
  );
  if (result.status !== 0) throw new Error(`seed-demo failed:\n${result.stdout}${result.stderr}`);
  return [...result.stdout.matchAll(/^\s+(\S+@\S+)\s+(.+?), .+ \((\w+)\)$/gm)].map((m) => ({
    email: m[1] as string,
    name: m[2] as string,
    role: m[3] as string,
  }));
}

/**
 * A new browser context signed in as `who` through the sign-in page, on the home page. Page
 * errors are collected into `problems` (the journeys assert it stays empty).
 */
export async function signInAs(
  browser: Browser,
  baseURL: string,
  who: { email: string; name: string },
  problems: string[],
  options: { password?: string; timeout?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(options.timeout ?? 15_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`${who.name}: ${error.message}`));
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(who.email);
  await page
    .getByRole("textbox", { name: "Password", exact: true })
    .fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseURL}/`);
  return page;
}

/** Calls the API from a signed-in page, with its session's CSRF token. */
export async function callApi(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await (await fetch("/api/session")).json();
      const response = await fetch(url, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, url, body },
  );
}
