import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, personSkillsOffered, personSkillsWanted, skills } from "../../db/schema.ts";
import {
  enrollmentAnswers,
  enrollmentQuestions,
  enrollments,
  matchingRuns,
  notifications,
  preparationPages,
  relationships,
} from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { insertEnrollment, insertProgram } from "../enrollment/test-support.ts";
import { isInReportingChain } from "../org-chart/reporting-chain.ts";

let t: TestApp;
let organizationId: string;
let manager: TestClient;
let member: TestClient;
let outsider: TestClient;
const ids: Record<string, string> = {};

type Pair = { mentee: { id: string }; mentor: { id: string }; locked: boolean; reasons: string[] };

async function person(name: string, managerName?: string) {
  const p = await createPerson(t.db, {
    organizationId,
    name,
    email: `${name.toLowerCase()}@harbour.test`,
  });
  if (managerName) {
    await t.db.update(people).set({ managerId: ids[managerName] }).where(eq(people.id, p.id));
  }
  ids[name] = p.id;
  return p;
}

/**
 * Chart: Olga (top) → Ana → Ben, Cara. Dev and Eli elsewhere. Ana (2 places) and Dev (1 place)
 * mentor; Ben, Cara and Eli are mentees. Ana manages Ben and Cara, so in a career program they
 * can only have Dev, and one of them waits.
 */
async function program(values: Partial<Parameters<typeof insertProgram>[1]> = {}) {
  const created = await insertProgram(t.db, {
    organizationId,
    state: "matching",
    managerIds: [ids.Mona as string],
    matching: { mode: "bulk" },
    ...values,
  });
  for (const [name, role, capacity] of [
    ["Ana", "mentor", 2],
    ["Dev", "mentor", 1],
    ["Ben", "mentee", 1],
    ["Cara", "mentee", 1],
    ["Eli", "mentee", 1],
  ] as const) {
    await insertEnrollment(t.db, {
      organizationId,
      programId: created.id,
      personId: ids[name] as string,
      asMentee: role === "mentee",
      asMentor: role === "mentor",
      mentorCapacity: capacity,
      status: "submitted",
      submittedAt: new Date(),
    });
  }
  return created;
}

async function run(slug: string, body: Record<string, unknown> = {}) {
  const started = await manager.post(`/api/programs/${slug}/matching-runs`, body);
  expect(started.status).toBe(202);
  expect(started.body.status).toBe("queued");
  await t.jobs.runAll(t.services);
  const shown = await manager.get(`/api/programs/${slug}/matching-runs/${started.body.id}`);
  expect(shown.status).toBe(200);
  return shown.body;
}

const mentorOf = (pairs: Pair[], mentee: string) =>
  pairs.find((p) => p.mentee.id === ids[mentee])?.mentor.id;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db, { name: "Harbour" })).id;
  await person("Olga");
  await person("Ana", "Olga");
  await person("Ben", "Ana");
  await person("Cara", "Ana");
  await person("Dev", "Olga");
  await person("Eli", "Dev");
  const mona = await createPerson(t.db, {
    organizationId,
    role: "program_manager",
    email: "mona@harbour.test",
  });
  ids.Mona = mona.id;
  manager = new TestClient(t.app);
  await manager.signIn(mona.email, TEST_PASSWORD);
  member = new TestClient(t.app);
  await member.signIn("ben@harbour.test", TEST_PASSWORD);
  const otherOrg = await createOrganization(t.db);
  const otherAdmin = await createPerson(t.db, { organizationId: otherOrg.id, role: "admin" });
  outsider = new TestClient(t.app);
  await outsider.signIn(otherAdmin.email, TEST_PASSWORD);
  // Eli wants what Ana offers, so the reasons have something to say.
  const [skill] = await t.db
    .insert(skills)
    .values({ organizationId, name: "Negotiation", normalizedName: "negotiation" })
    .returning();
  await t.db.insert(personSkillsOffered).values({
    organizationId,
    personId: ids.Ana as string,
    skillId: skill?.id as string,
    level: 4,
  });
  await t.db.insert(personSkillsWanted).values({
    organizationId,
    personId: ids.Eli as string,
    skillId: skill?.id as string,
    priority: 3,
  });
});
afterAll(() => t.close());

describe("bulk matching a career program", () => {
  it("previews, locks, keeps the lock on a re-run, refuses a reporting-line swap, and publishes", async () => {
    const p = await program();
    const first = await run(p.slug);
    expect(first.status).toBe("done");
    expect(first.progress).toBe(100);
    expect(first.stats).toMatchObject({ mentees: 3, mentors: 2, places: 3, matched: 2 });
    const pairs = first.pairs.items as Pair[];
    // Ana never mentors her own reports.
    expect(mentorOf(pairs, "Eli")).toBe(ids.Ana);
    for (const name of ["Ben", "Cara"]) expect(mentorOf(pairs, name)).not.toBe(ids.Ana);
    const eli = pairs.find((x) => x.mentee.id === ids.Eli);
    expect(eli?.reasons[0]).toContain("Negotiation");
    expect(first.unmatched.items).toEqual([
      expect.objectContaining({ reason: "places-taken", text: expect.stringContaining("places") }),
    ]);
    expect(first.mentorLoad).toMatchObject({
      full: 1,
      partly: 1,
      unused: 0,
      places: 3,
      placesUsed: 2,
    });
    expect(first.scoreBuckets.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(2);

    const why = await manager.get(
      `/api/programs/${p.slug}/matching-runs/${first.id}/why-not/${ids.Ben}/${ids.Ana}`,
    );
    expect(why.status).toBe(200);
    expect(why.body.reason).toBe("forbidden");
    expect(why.body.text).toContain("manager");

    // A swap that would give Ben his own manager is refused, naming the rule.
    const benMentee = mentorOf(pairs, "Ben") ? "Ben" : "Cara";
    const swap = await manager.post(`/api/programs/${p.slug}/matching-runs/${first.id}/swap`, {
      menteeIds: [ids.Eli, ids[benMentee]],
    });
    expect(swap.status).toBe(409);
    expect(swap.body.error.code).toBe("reporting_chain");

    const lock = await manager.post(`/api/programs/${p.slug}/matching-runs/${first.id}/locks`, {
      menteeId: ids[benMentee],
    });
    expect(lock.status).toBe(204);
    const second = await run(p.slug, { rerunOf: first.id });
    expect(second.lockedCount).toBe(1);
    const kept = (second.pairs.items as Pair[]).find((x) => x.mentee.id === ids[benMentee]);
    expect(kept).toMatchObject({ mentor: { id: ids.Dev }, locked: true });

    const published = await manager.post(
      `/api/programs/${p.slug}/matching-runs/${second.id}/publish`,
      { startProgram: true },
    );
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ relationships: 2, status: "active", programState: "running" });
    const made = await t.db.select().from(relationships).where(eq(relationships.programId, p.id));
    expect(made).toHaveLength(2);
    for (const r of made) {
      expect(r).toMatchObject({ status: "active", source: "bulk", runId: second.id });
      expect(r.startedAt).toBeInstanceOf(Date);
      expect(await isInReportingChain(t.db, organizationId, r.menteeId, r.mentorId)).toBe(false);
    }
    const told = await t.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, ids.Eli as string),
          eq(notifications.kind, "match.confirmed"),
        ),
      );
    expect(told).toHaveLength(1);
    const [firstRun] = await t.db.select().from(matchingRuns).where(eq(matchingRuns.id, first.id));
    expect(firstRun?.status).toBe("discarded");
    const again = await manager.post(
      `/api/programs/${p.slug}/matching-runs/${second.id}/publish`,
      {},
    );
    expect(again.status).toBe(409);
  });

  it("lets an on-the-job program pair a manager with their report", async () => {
    const p = await program({
      kind: "on_the_job",
      matching: { mode: "bulk", rules: { reportingChain: false } },
    });
    const shown = await run(p.slug);
    expect(shown.stats.matched).toBe(3);
    const pairs = shown.pairs.items as Pair[];
    const report = pairs.find((x) => x.mentor.id === ids.Ana && x.mentee.id !== ids.Eli);
    // Both see that it is so: the first reason says the mentor is their manager.
    expect(report?.reasons[0]).toBe(
      "Ana is your manager: this on-the-job program pairs you on purpose.",
    );
  });

  it("swaps two mentees' mentors when the rules allow, locking both pairs", async () => {
    const p = await program({
      kind: "on_the_job",
      matching: { mode: "bulk", rules: { reportingChain: false, notPreviousPairs: false } },
    });
    const first = await run(p.slug);
    const pairs = first.pairs.items as Pair[];
    const a = pairs.find((x) => x.mentor.id === ids.Ana) as Pair;
    const d = pairs.find((x) => x.mentor.id === ids.Dev) as Pair;
    const swapped = await manager.post(`/api/programs/${p.slug}/matching-runs/${first.id}/swap`, {
      menteeIds: [a.mentee.id, d.mentee.id],
    });
    expect(swapped.status).toBe(204);
    const after = await manager.get(`/api/programs/${p.slug}/matching-runs/${first.id}`);
    const now = after.body.pairs.items as Pair[];
    expect(now.find((x) => x.mentee.id === a.mentee.id)).toMatchObject({
      mentor: { id: ids.Dev },
      locked: true,
    });
    expect(now.find((x) => x.mentee.id === d.mentee.id)).toMatchObject({
      mentor: { id: ids.Ana },
      locked: true,
    });
    expect(after.body.lockedCount).toBe(2);
    const same = await manager.post(`/api/programs/${p.slug}/matching-runs/${first.id}/swap`, {
      menteeIds: [a.mentee.id, a.mentee.id],
    });
    expect(same.status).toBe(422);
  });

  it("proposes the pairs in hybrid programs, for both people to confirm", async () => {
    const p = await program({ matching: { mode: "hybrid", rules: { notPreviousPairs: false } } });
    const first = await run(p.slug);
    const published = await manager.post(
      `/api/programs/${p.slug}/matching-runs/${first.id}/publish`,
      {},
    );
    expect(published.body).toEqual({
      relationships: 2,
      status: "proposed",
      programState: "matching",
    });
    const made = await t.db.select().from(relationships).where(eq(relationships.programId, p.id));
    expect(made.map((r) => [r.status, r.source, r.startedAt])).toEqual([
      ["proposed", "hybrid", null],
      ["proposed", "hybrid", null],
    ]);
    const told = await t.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, ids.Dev as string),
          eq(notifications.kind, "match.proposed"),
        ),
      );
    expect(told).toHaveLength(1);
  });

  it("never suggests again a pair one of them declined, even with repeat pairs allowed", async () => {
    const p = await program({ matching: { mode: "hybrid", rules: { notPreviousPairs: false } } });
    expect(mentorOf((await run(p.slug)).pairs.items, "Eli")).toBe(ids.Ana);
    await t.db.insert(relationships).values({
      organizationId,
      programId: p.id,
      menteeId: ids.Eli as string,
      mentorId: ids.Ana as string,
      status: "declined",
      source: "hybrid",
      declinedById: ids.Eli as string,
      declinedAt: new Date(),
    });
    const again = await run(p.slug);
    expect(again.status).toBe("done");
    expect(mentorOf(again.pairs.items, "Eli")).not.toBe(ids.Ana);
  });

  it("reads the program's own questions marked for matching", async () => {
    const p = await program({ matching: { mode: "bulk", rules: { notPreviousPairs: false } } });
    const [question] = await t.db
      .insert(enrollmentQuestions)
      .values({
        organizationId,
        programId: p.id,
        kind: "single_choice",
        prompt: "Mornings or evenings?",
        options: ["Mornings", "Evenings"],
        usedForMatching: true,
      })
      .returning();
    const enrolled = await t.db.select().from(enrollments).where(eq(enrollments.programId, p.id));
    const answer = (name: string, value: string) =>
      t.db.insert(enrollmentAnswers).values({
        organizationId,
        enrollmentId: enrolled.find((e) => e.personId === ids[name])?.id as string,
        questionId: question?.id as string,
        value,
      });
    await answer("Ben", "Mornings");
    await answer("Cara", "Evenings");
    await answer("Dev", "Evenings");
    // Ben and Cara can only have Dev (Ana manages them): without the answers Ben, first by
    // name, would win the tie; with them, Cara shares Dev's answer.
    const shown = await run(p.slug);
    const cara = (shown.pairs.items as Pair[]).find((x) => x.mentee.id === ids.Cara);
    expect(cara?.mentor.id).toBe(ids.Dev);
    expect(cara?.reasons).toContain("A similar way of working: the same answers on 1 question.");
  });

  it("leaves people who haven't done the preparation unmatched, saying so", async () => {
    const p = await program({ preparationRequired: true });
    await t.db.insert(preparationPages).values({
      organizationId,
      programId: p.id,
      title: "Being a good mentee",
      body: "…",
      audience: "mentees",
    });
    const shown = await run(p.slug);
    expect(shown.stats.matched).toBe(0);
    expect(shown.unmatched.total).toBe(3);
    expect(shown.unmatched.items.every((u: { reason: string }) => u.reason === "preparation")).toBe(
      true,
    );
  });

  it("excludes a pair and re-runs without it", async () => {
    const p = await program();
    const first = await run(p.slug);
    const excluded = await manager.post(
      `/api/programs/${p.slug}/matching-runs/${first.id}/exclusions`,
      { menteeId: ids.Eli, mentorId: ids.Ana },
    );
    expect(excluded.status).toBe(204);
    const stranger = await manager.post(
      `/api/programs/${p.slug}/matching-runs/${first.id}/exclusions`,
      { menteeId: ids.Eli, mentorId: "00000000-0000-4000-8000-000000000000" },
    );
    expect(stranger.status).toBe(404);
    const mentors = await manager.get(`/api/programs/${p.slug}/matching-runs/${first.id}/mentors`);
    expect(
      mentors.body.mentors.map((m: { name: string; capacity: number; assigned: number }) => [
        m.name,
        m.capacity,
        m.assigned,
      ]),
    ).toEqual([
      ["Ana", 2, 0],
      ["Dev", 1, 1],
    ]);
    const second = await run(p.slug, { rerunOf: first.id });
    expect(second.excluded).toEqual([
      expect.objectContaining({ mentee: expect.objectContaining({ id: ids.Eli }) }),
    ]);
    expect(mentorOf(second.pairs.items, "Eli")).not.toBe(ids.Ana);
  });

  it("is for the program's managers, and invisible to other organizations", async () => {
    const p = await program();
    expect((await member.post(`/api/programs/${p.slug}/matching-runs`, {})).status).toBe(403);
    const first = await run(p.slug);
    expect((await member.get(`/api/programs/${p.slug}/matching-runs/${first.id}`)).status).toBe(
      403,
    );
    expect((await outsider.get(`/api/programs/${p.slug}/matching-runs/${first.id}`)).status).toBe(
      404,
    );
    expect(
      (await outsider.post(`/api/programs/${p.slug}/matching-runs/${first.id}/publish`, {})).status,
    ).toBe(404);
  });
});
