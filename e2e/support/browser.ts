import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

/** Starts the system Chromium, headless. One per test file; contexts are cheap, browsers aren't. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let axeSource: string | undefined;

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

/**
 * Runs axe-core on the page as it is now and fails, naming rule, help and elements, for every
 * "serious" or "critical" WCAG 2.1 A/AA violation. `label` says which page it was.
 *
 * The app's CSP (script-src 'self') blocks inline <script> tags, so axe is evaluated through the
 * DevTools protocol (page.evaluate), which the CSP doesn't govern; the app keeps its real CSP.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await settleAnimations(page);
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.evaluate(`${axeSource}\n;void 0;`);
  const violations = (await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at runtime
    const axe = (window as any).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS)) as AxeViolation[];
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length === 0) return;
  const report = serious
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
          )
          .join("\n")}`,
    )
    .join("\n");
  throw new Error(`Accessibility problems on ${label}:\n${report}`);
}

/**
 * Waits (up to 3 s) for running finite CSS transitions and animations, such as a notification
 * fading in, to end: axe measures contrast with opacity, so a half-faded text would fail.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([
      Promise.allSettled(finite.map((animation) => animation.finished)),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]);
  });
}

/** Saves a full-page screenshot to .tmp/e2e-<name>.png (best effort; for debugging failures). */
export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  const dir = path.join(root, ".tmp");
  const file = path.join(dir, `e2e-${name.replace(/[^\w-]+/g, "-")}.png`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (page.isClosed()) return undefined;
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Runs one step of a journey. If it fails, saves screenshots of the given pages and rethrows
 * with the step's name in front, so the report says where the journey broke.
 */
export async function step<T>(
  name: string,
  pages: () => Record<string, Page | undefined>,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const saved: string[] = [];
    for (const [who, page] of Object.entries(pages())) {
      if (!page) continue;
      const file = await screenshot(page, `${name}-${who}`);
      if (file) saved.push(`${who} at ${page.url()}: ${path.relative(root, file)}`);
    }
    const err = error instanceof Error ? error : new Error(String(error));
    err.message = `Step “${name}” failed: ${err.message}${saved.length ? `\nScreenshots:\n  ${saved.join("\n  ")}` : ""}`;
    throw err;
  }
}
