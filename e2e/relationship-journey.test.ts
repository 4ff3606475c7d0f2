import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import type { Db } from "../src/db/client.ts";
import { createDueCheckIns } from "../src/modules/check-ins/create-due-check-ins.ts";
import { safeTimeZone, toLocalInput } from "../src/modules/sessions/local-time.ts";
import type { JobQueue } from "../src/server/jobs/queue.ts";
import { checkA11y, launchBrowser, screenshot, step } from "./support/browser.ts";
import { seedDemo, signInAs } from "./support/demo.ts";
import { withStoppedDatabase } from "./support/offline.ts";
import { startServer, type TestServer } from "./support/server.ts";

/**
 * Issue 6 end to end, in one flow on a demo organization: a new pair settles its agreement (a
 * goal, a changed word, both accept), plans two sessions, works in the first one (agenda, notes
 * together and alone, a commitment) and finds that commitment on the second one's agenda. Days
 * pass (the server stops; the first session moves into the past and the check-in job runs once):
 * both say the session happened, the mentee answers the fit check, then closes the relationship
 * with a review. The mentor reads the note of thanks on a relationship that is now read-only.
 */

type Person = { id: string; email: string; name: string; timeZone: string | null };

let appDir: string;
let dataDir: string;
let server: TestServer;
let browser: Browser;
let mentee: Person;
let mentor: Person;
let relationshipId: string;
const problems: string[] = [];

const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Two active members of the demo who are in no relationship yet and not in each other's
 * reporting line, made a running pair in the demo's program (matching has its own journeys).
 */
async function makePair(db: Db): Promise<void> {
  const people = await rowsOf<Person & { managerId: string | null; free: boolean }>(
    db,
    sql`select p.id, p.email, coalesce(p.preferred_name, p.name) "name", p.time_zone "timeZone", p.manager_id "managerId",
          (p.status = 'active' and p.role = 'member'
            and not exists (select 1 from relationship_members m where m.person_id = p.id)
            and not exists (select 1 from relationships r where p.id in (r.mentee_id, r.mentor_id))
          ) free
        from people p order by p.email`,
  );
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const chain = (id: string) => {
    const above = new Set<string>();
    for (let at = managerOf.get(id); at && !above.has(at); at = managerOf.get(at)) above.add(at);
    return above;
  };
  const free = people.filter((p) => p.free);
  let pair: [Person, Person] | undefined;
  for (const a of free) {
    pair ??= free
      .filter(
        (b) =>
          b.id !== a.id &&
          b.managerId !== a.managerId &&
          !chain(a.id).has(b.id) &&
          !chain(b.id).has(a.id),
      )
      .map((b) => [a, b] as [Person, Person])[0];
  }
  if (!pair) throw new Error("The demo has no two free people outside each other's line");
  [mentee, mentor] = pair;
  const [inserted] = await rowsOf<{ id: string }>(
    db,
    sql`insert into relationships (organization_id, program_id, mentee_id, mentor_id, status,
          source, kind, started_at, mentee_confirmed_at, mentor_confirmed_at)
        select p.organization_id, p.id, ${mentee.id}, ${mentor.id}, 'active', 'manual', 'pair',
          now() - interval '7 days', now() - interval '7 days', now() - interval '7 days'
        from programs p where p.slug = 'learning-partners'
        returning id`,
  );
  if (!inserted) throw new Error("The demo has no learning-partners program");
  relationshipId = inserted.id;
}

/** Days from now at 10:00 on the mentee's clock, as the planning form's datetime-local wants. */
function inDays(days: number, who: Person): string {
  const zone = safeTimeZone(who.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const day = toLocalInput(new Date(Date.now() + days * 24 * 60 * 60 * 1000), zone).slice(0, 10);
  return `${day}T10:00`;
}

const noJobs: JobQueue = { send: async () => {}, sendMany: async () => {} };

beforeAll(async () => {
  appDir = inject("e2eAppDir");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mutual-e2e-relationship-"));
  seedDemo(appDir, dataDir, 40);
  await withStoppedDatabase(dataDir, ({ db }) => makePair(db));
  [server, browser] = await Promise.all([startServer({ appDir, dataDir }), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a mentoring relationship from agreement to closure", () => {
  it("a pair agrees, meets twice with a commitment carried over, checks in, and closes with thanks", async () => {
    let menteePage: Page | undefined;
    let mentorPage: Page | undefined;
    const pages = () => ({ mentee: menteePage, mentor: mentorPage });
    const me = () => menteePage as Page;
    const them = () => mentorPage as Page;
    const signedIn = (who: Person) =>
      signInAs(browser, server.url, who, problems, { timeout: 20_000 });
    const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true }).click();
    const relationshipPath = `/relationships/${relationshipId}`;

    const SECRET_WORDS = "What we say about our teams stays between the two of us.";
    const GOAL = "Lead the quarterly planning session on my own";
    const AGENDA_ITEM = "How to prepare the planning board";
    const SHARED = "We walked through last quarter's board together.";
    const PRIVATE = "I felt nervous asking about the budget part.";
    const COMMITMENT = "Draft the planning board and send it over";
    const THANKS = "Thank you for your patience and your questions.";

    await step("the mentee finds the new relationship on the home page", pages, async () => {
      menteePage = await signedIn(mentee);
      const card = me().getByRole("region", { name: "Your relationships" });
      await card.getByRole("link", { name: `You and ${mentor.name}` }).waitFor();
      await card.getByText("agreement to write", { exact: true }).waitFor();
      await checkA11y(me(), "the mentee's home page, a new relationship");
      await card.getByRole("link", { name: "Write your agreement" }).click();
      await me()
        .getByRole("heading", { name: `You and ${mentor.name}`, level: 1 })
        .waitFor();
      await me().getByRole("heading", { name: "Suggested agreement" }).waitFor();
      await checkA11y(me(), "the agreement tab, a draft");
    });

    await step("the mentee adds a goal, then edits and proposes the agreement", pages, async () => {
      await me().getByRole("link", { name: "Add your first goal" }).click();
      await me().getByRole("textbox", { name: "The goal" }).fill(GOAL);
      await me()
        .getByRole("textbox", { name: "How you'll know it's reached" })
        .fill("I run it and the team keeps the plan for the whole quarter");
      await me().getByRole("button", { name: "Add the goal" }).click();
      await me().getByText(GOAL).waitFor();
      await tab(me(), "Agreement");
      await me().getByRole("button", { name: "Edit and propose" }).click();
      await me().getByRole("textbox", { name: "What stays confidential" }).fill(SECRET_WORDS);
      await me().getByRole("button", { name: "Save and ask the others to accept" }).click();
      await me().getByRole("heading", { name: "Your agreement · version 1" }).waitFor();
      await me().getByText("Waiting for everyone to accept", { exact: true }).waitFor();
      await me().getByText(SECRET_WORDS).waitFor();
      // Whoever writes a version accepts it: nothing left for the mentee to accept.
      await expect(
        me().getByRole("button", { name: "Accept this agreement" }).count(),
      ).resolves.toBe(0);
      await checkA11y(me(), "the agreement tab, waiting for the mentor");
    });

    await step("the mentor reads the agreement and accepts it", pages, async () => {
      mentorPage = await signedIn(mentor);
      const card = them().getByRole("region", { name: "Your relationships" });
      await card.getByText("agreement waiting for you", { exact: true }).waitFor();
      await card.getByRole("link", { name: "Read and accept the agreement" }).click();
      await them().getByText(SECRET_WORDS).waitFor();
      await them().getByText(GOAL).waitFor();
      await them().getByRole("button", { name: "Accept this agreement" }).click();
      await them().getByText("Your agreement is in place", { exact: true }).waitFor();
      await screenshot(them(), "relationship-agreement-in-place");
    });

    await step("the mentee plans two sessions", pages, async () => {
      await me().goto(`${relationshipPath}?tab=sessions`);
      for (const days of [2, 16]) {
        await me().getByRole("button", { name: "Plan a session" }).click();
        await me()
          .getByRole("textbox", { name: /^When \(your time/ })
          .fill(inDays(days, mentee));
        await me().getByRole("button", { name: "Propose this time" }).click();
        await me().getByRole("button", { name: "Plan a session" }).waitFor();
      }
      const coming = me().getByRole("region", { name: "Coming up" });
      await expect.poll(() => coming.getByRole("listitem").count()).toBe(2);
      await expect(
        coming.getByText("You proposed this time; it's waiting to be confirmed.").count(),
      ).resolves.toBe(2);
      await checkA11y(me(), "the sessions tab, two proposed");
    });

    await step(
      "the mentor confirms both, from the home page and the sessions tab",
      pages,
      async () => {
        await them().goto("/");
        const waiting = them().getByRole("region", { name: "Waiting for you" });
        await expect.poll(() => waiting.getByText(/waits for your yes/).count()).toBe(2);
        await checkA11y(them(), "the mentor's home page, two sessions to confirm");
        await waiting
          .getByRole("link", { name: "Confirm or suggest another time" })
          .first()
          .click();
        await them().getByRole("heading", { name: "Agenda", level: 2 }).waitFor();
        await them().getByRole("button", { name: "Confirm this time" }).click();
        await them()
          .getByRole("button", { name: "Confirm this time" })
          .waitFor({ state: "detached" });
        await them().goto(`${relationshipPath}?tab=sessions`);
        await them().getByRole("button", { name: "Confirm this time" }).click();
        const coming = them().getByRole("region", { name: "Coming up" });
        await expect.poll(() => coming.getByText("Confirmed", { exact: true }).count()).toBe(2);
        await expect(
          them().getByRole("button", { name: "Confirm this time" }).count(),
        ).resolves.toBe(0);
      },
    );

    await step(
      "in the first session, the mentee writes the agenda, notes and a commitment",
      pages,
      async () => {
        await me().reload();
        await me().getByRole("link", { name: "Agenda and notes" }).first().click();
        await me().getByText("Session 1", { exact: true }).waitFor();
        const agenda = me().getByRole("region", { name: "Agenda" });
        // The first section's own little form: what to talk about, and its Add button.
        const addForm = agenda.locator("form").first();
        await addForm.getByRole("textbox", { name: /^Add an item to/ }).fill(AGENDA_ITEM);
        await addForm.getByRole("button", { name: "Add", exact: true }).click();
        await agenda.getByText(AGENDA_ITEM).waitFor();

        await me().getByRole("textbox", { name: "Shared notes for this session" }).fill(SHARED);
        await me().getByRole("button", { name: "Save notes" }).click();
        await me()
          .getByText(/^Saved · last edited by/)
          .waitFor();
        await me()
          .getByRole("textbox", { name: "Private notes (only you can see these)" })
          .fill(PRIVATE);
        await me().getByRole("button", { name: "Save my notes" }).click();
        await me()
          .getByText(/^Saved \w/)
          .waitFor();

        const commitments = me().getByRole("region", {
          name: "Before you finish: what will each of you do before next time?",
        });
        await commitments.getByRole("textbox", { name: "Will do what" }).fill(COMMITMENT);
        await commitments.getByRole("button", { name: "Add commitment" }).click();
        await commitments.getByText(COMMITMENT).waitFor();
        await checkA11y(me(), "the first session's page");
        await screenshot(me(), "relationship-session-1");
      },
    );

    await step("the second session's agenda starts with that commitment", pages, async () => {
      await me().getByRole("link", { name: "Next session" }).click();
      await me().getByText("Session 2", { exact: true }).waitFor();
      const agenda = me().getByRole("region", { name: "Agenda" });
      await agenda.getByText(COMMITMENT).waitFor();
      await expect(agenda.getByText(AGENDA_ITEM).count()).resolves.toBe(0);
      await expect(agenda.getByText("Nothing carried over this time").count()).resolves.toBe(0);
      await checkA11y(me(), "the second session's page");
      await screenshot(me(), "relationship-session-2");
    });

    await step(
      "three days pass: the first session is over and the check-in job runs",
      pages,
      async () => {
        await me().context().close();
        await them().context().close();
        menteePage = undefined;
        mentorPage = undefined;
        const url = server.url;
        await server.stop({ keepData: true });
        const created = await withStoppedDatabase(dataDir, async ({ db }) => {
          const moved = await rowsOf<{ id: string }>(
            db,
            // Planned two days ahead at 10:00: five days earlier is three days ago, still at 10:00.
            sql`update mentoring_sessions set starts_at = starts_at - interval '5 days'
              where id = (select id from mentoring_sessions where relationship_id = ${relationshipId}
                          order by starts_at limit 1)
              returning id`,
          );
          expect(moved).toHaveLength(1);
          const config = loadConfig({
            NODE_ENV: "production",
            DATA_DIR: dataDir,
            BASE_URL: url,
            SESSION_SECRET: "e2e-session-secret-that-is-long-enough-0123456789",
          });
          return createDueCheckIns({ db, config, jobs: noJobs }, new Date());
        });
        // A fit check for each of them, after the first session that took place.
        expect(created).toBeGreaterThanOrEqual(2);
        server = await startServer({ appDir, dataDir });
      },
    );

    await step(
      "the mentee says the first session happened and answers the fit check",
      pages,
      async () => {
        menteePage = await signedIn(mentee);
        const waiting = me().getByRole("region", { name: "Waiting for you" });
        await waiting.getByText(/take place\?/).waitFor();
        await waiting.getByText(/A quick fit check is waiting/).waitFor();
        await waiting.getByRole("link", { name: "Tell us" }).click();
        await me().getByText("Did it happen?", { exact: true }).waitFor();
        await me().getByRole("button", { name: "Yes, we met" }).click();
        await me().getByText("Did it happen?", { exact: true }).waitFor({ state: "detached" });

        await me().goto("/");
        await me()
          .getByRole("region", { name: "Waiting for you" })
          .getByRole("link", { name: "Answer" })
          .click();
        await me().getByRole("heading", { name: "Is this a good fit?" }).waitFor();
        await checkA11y(me(), "the check-ins tab, a fit check");
        await me().getByRole("radio", { name: "Yes, it feels like a good fit" }).check();
        await me()
          .getByRole("textbox", { name: /Anything you'd like to note/ })
          .fill("Easy to talk to.");
        await me().getByRole("button", { name: "Save my answer" }).click();
        await me().getByText("It felt like a good fit.", { exact: true }).waitFor();
        await me().getByText("Your note, just for you: “Easy to talk to.”").waitFor();
        await checkA11y(me(), "the check-ins tab, answered");
      },
    );

    await step(
      "the mentor says it happened too, and sees the shared notes, not the private ones",
      pages,
      async () => {
        mentorPage = await signedIn(mentor);
        await them()
          .getByRole("region", { name: "Waiting for you" })
          .getByRole("link", { name: "Tell us" })
          .click();
        await them().getByRole("button", { name: "Yes, we met" }).click();
        await them().getByText("It happened", { exact: true }).waitFor();
        await expect
          .poll(() =>
            them().getByRole("textbox", { name: "Shared notes for this session" }).inputValue(),
          )
          .toBe(SHARED);
        await expect(
          them()
            .getByRole("textbox", { name: "Private notes (only you can see these)" })
            .inputValue(),
        ).resolves.toBe("");
        await expect(them().getByText(PRIVATE).count()).resolves.toBe(0);
      },
    );

    await step("the mentee closes the relationship with a review", pages, async () => {
      await me().goto(`${relationshipPath}?tab=close`);
      await me().getByRole("heading", { name: "Closing well" }).waitFor();
      await me().getByRole("button", { name: "Close with a review" }).click();
      await me()
        .getByRole("radiogroup", { name: GOAL })
        .getByRole("radio", { name: "Reached", exact: true })
        .check();
      await me()
        .getByRole("textbox", { name: "What I learned" })
        .fill("To ask for help before the deadline, not after.");
      await me()
        .getByRole("textbox", { name: `A note of thanks to ${mentor.name}` })
        .fill(THANKS);
      const reason = me().getByRole("combobox", { name: "Why it ended" });
      const firstReason = await reason
        .locator("option:not([disabled])")
        .first()
        .getAttribute("value");
      await reason.selectOption(firstReason ?? "");
      await me().getByRole("checkbox", { name: "I'd like to stay in touch informally" }).check();
      await checkA11y(me(), "the closing tab, the review form");
      await me().getByRole("button", { name: "Save my review and close" }).click();
      await me().getByRole("heading", { name: "This relationship has closed" }).waitFor();
      await me().getByText("Closed", { exact: true }).waitFor();
      await checkA11y(me(), "the closing tab, closed");
      await screenshot(me(), "relationship-closed");
    });

    await step(
      "the mentor reads the note of thanks; nothing can change any more",
      pages,
      async () => {
        await them().goto(`${relationshipPath}?tab=close`);
        const thanks = them().getByRole("region", { name: "Notes of thanks for you" });
        await thanks.getByText(THANKS).waitFor();
        await thanks.getByText(`From ${mentee.name}`).waitFor();
        // The mentee's own words (what they learned) stay theirs.
        await expect(them().getByText("To ask for help before the deadline").count()).resolves.toBe(
          0,
        );
        await them().getByRole("button", { name: "Save my review" }).waitFor();
        await checkA11y(them(), "the closing tab, the mentor's side");

        await tab(them(), "Sessions");
        await them()
          .getByText("This relationship has closed, so no new sessions can be planned.")
          .waitFor();
        await expect(them().getByRole("button", { name: "Plan a session" }).count()).resolves.toBe(
          0,
        );
        await them().getByRole("link", { name: "Agenda and notes" }).first().click();
        await them()
          .getByText(/This relationship has closed, so this session is here to look back on/)
          .waitFor();
        await expect(them().getByRole("button", { name: "Save notes" }).count()).resolves.toBe(0);
        await expect(them().getByRole("button", { name: "Add commitment" }).count()).resolves.toBe(
          0,
        );
        await screenshot(them(), "relationship-closed-mentor");
      },
    );

    expect(problems).toEqual([]);
  }, 180_000);
});
