import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentorRequests, type Relationship, relationships } from "../../db/schema-programs.ts";
import {
  agreementAcceptances,
  agreements,
  checkIns,
  closureReviews,
  commitments,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  agreeDirectly,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import type { Cockpit } from "./presenters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const dateOf = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 10);

let t: TestApp;
let world: RelationshipWorld;
let pair: Relationship;
const ids: Record<string, string> = {};

const MY_OPEN = "Ask two customers what they'd miss about the old dashboard";
const MY_OVERDUE = "Draft the team charter before the offsite";
const MY_DONE = "Read the chapter on feedback";
const MENTOR_OPEN = "Share the interview guide I used last year";
const BYSTANDER_OPEN = "Book a walk with the design lead";

async function cockpitOf(who: { client: RelationshipWorld["mentee"]["client"] }) {
  const response = await who.client.get("/api/me/cockpit");
  expect(response.status).toBe(200);
  return response.body as Cockpit;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  pair = await activePair(
    t,
    world,
    { mentee: world.mentee, mentor: world.mentor },
    { agreed: true },
  );
  const org = world.organizationId;
  const past = await insertSession(t, pair, new Date(Date.now() - 3 * DAY));
  const answered = await insertSession(t, pair, new Date(Date.now() - 10 * DAY));
  await t.db.insert(sessionAttendance).values({
    sessionId: answered.id,
    personId: world.mentee.id,
    organizationId: org,
    tookPlace: true,
  });
  await insertSession(t, pair, new Date(Date.now() - 5 * DAY), {
    status: "cancelled",
    cancelledAt: new Date(),
  });
  const soon = await insertSession(t, pair, new Date(Date.now() + 2 * DAY));
  const proposedByMentor = await insertSession(t, pair, new Date(Date.now() + 6 * DAY), {
    status: "proposed",
    confirmedAt: null,
    proposedById: world.mentor.id,
  });
  await insertSession(t, pair, new Date(Date.now() + 40 * DAY));
  await insertSession(t, pair, new Date(Date.now() + 4 * DAY), {
    status: "cancelled",
    cancelledAt: new Date(),
  });
  ids.past = past.id;
  ids.answered = answered.id;
  ids.soon = soon.id;
  ids.proposedByMentor = proposedByMentor.id;
  const commitment = (
    ownerId: string,
    text: string,
    values: Partial<typeof commitments.$inferInsert> = {},
  ) => ({
    relationshipId: pair.id,
    organizationId: org,
    sessionId: past.id,
    ownerId,
    text,
    ...values,
  });
  await t.db
    .insert(commitments)
    .values([
      commitment(world.mentee.id, MY_OPEN, { dueOn: dateOf(9 * DAY) }),
      commitment(world.mentee.id, MY_OVERDUE, { dueOn: dateOf(-2 * DAY) }),
      commitment(world.mentee.id, MY_DONE, { status: "done", closedAt: new Date() }),
      commitment(world.mentor.id, MENTOR_OPEN, { dueOn: dateOf(-5 * DAY) }),
    ]);
  const bystanderSession = await insertSession(
    t,
    world.bystanderPair,
    new Date(Date.now() + 1 * DAY),
  );
  await insertSession(t, world.bystanderPair, new Date(Date.now() - 2 * DAY));
  await t.db.insert(commitments).values({
    relationshipId: world.bystanderPair.id,
    organizationId: org,
    sessionId: bystanderSession.id,
    ownerId: world.bystander.id,
    text: BYSTANDER_OPEN,
  });
  ids.bystanderSession = bystanderSession.id;
  await t.db.insert(checkIns).values([
    {
      relationshipId: pair.id,
      organizationId: org,
      personId: world.mentee.id,
      kind: "fit",
      dueAt: new Date(Date.now() - HOUR),
    },
    {
      relationshipId: pair.id,
      organizationId: org,
      personId: world.mentee.id,
      kind: "regular",
      dueAt: new Date(Date.now() + 20 * DAY),
    },
    // Missed: its window closed two weeks after it was due.
    {
      relationshipId: pair.id,
      organizationId: org,
      personId: world.mentee.id,
      kind: "regular",
      dueAt: new Date(Date.now() - 15 * DAY),
    },
    {
      relationshipId: pair.id,
      organizationId: org,
      personId: world.mentor.id,
      kind: "fit",
      dueAt: new Date(Date.now() - HOUR),
      answeredAt: new Date(),
      goodFit: true,
    },
    {
      relationshipId: world.bystanderPair.id,
      organizationId: org,
      personId: world.bystander.id,
      kind: "fit",
      dueAt: new Date(Date.now() - HOUR),
    },
  ]);
});
afterAll(() => t.close());

describe("GET /api/me/cockpit", () => {
  it("shows my sessions of the next three weeks, and which wait for my yes", async () => {
    const cockpit = await cockpitOf(world.mentee);
    expect(cockpit.upcomingSessions.map((s) => s.sessionId)).toEqual([
      ids.soon,
      ids.proposedByMentor,
    ]);
    expect(cockpit.upcomingSessions[0]).toMatchObject({
      relationshipId: pair.id,
      kind: "pair",
      title: "Theo Mentor",
      status: "confirmed",
      durationMinutes: 45,
      channel: "video",
      needsMyConfirmation: false,
    });
    expect(cockpit.upcomingSessions[1]?.needsMyConfirmation).toBe(true);
    // The mentor proposed it, so it doesn't wait for them.
    const mentors = await cockpitOf(world.mentor);
    expect(
      mentors.upcomingSessions.find((s) => s.sessionId === ids.proposedByMentor),
    ).toMatchObject({ needsMyConfirmation: false, title: "Mina Mentee" });
  });

  it("shows my open commitments only, overdue first, never the other member's", async () => {
    const cockpit = await cockpitOf(world.mentee);
    expect(cockpit.openCommitments.map((c) => c.text)).toEqual([MY_OVERDUE, MY_OPEN]);
    expect(cockpit.openCommitments[0]).toMatchObject({
      overdue: true,
      relationshipId: pair.id,
      sessionId: ids.past,
      title: "Theo Mentor",
    });
    expect(cockpit.openCommitments[1]?.overdue).toBe(false);
    const mentors = await cockpitOf(world.mentor);
    expect(mentors.openCommitments.map((c) => c.text)).toEqual([MENTOR_OPEN]);
    expect(JSON.stringify(mentors)).not.toContain(MY_OPEN);
  });

  it("lists what waits for me: did it happen, check-ins due, requests to answer", async () => {
    const cockpit = await cockpitOf(world.mentee);
    expect(cockpit.toDo.attendance.map((s) => s.sessionId)).toEqual([ids.past]);
    expect(cockpit.toDo.checkIns).toHaveLength(1);
    expect(cockpit.toDo.checkIns[0]).toMatchObject({
      checkInKind: "fit",
      kind: "pair",
      relationshipId: pair.id,
    });
    expect(cockpit.toDo.mentorRequests).toBe(0);
    // The mentor answered their check-in; a request reaches them.
    const mentors = await cockpitOf(world.mentor);
    expect(mentors.toDo.checkIns).toEqual([]);
    const asker = await member(t, world.organizationId, { name: "Asha Asker" });
    await t.db.insert(mentorRequests).values([
      {
        organizationId: world.organizationId,
        programId: world.program.id,
        menteeId: asker.id,
        mentorId: world.mentor.id,
        sentAt: new Date(),
      },
    ]);
    expect((await cockpitOf(world.mentor)).toDo.mentorRequests).toBe(1);
    // Answering "did it happen?" takes it off the list.
    await t.db.insert(sessionAttendance).values({
      sessionId: ids.past as string,
      personId: world.mentee.id,
      organizationId: world.organizationId,
      tookPlace: true,
    });
    expect((await cockpitOf(world.mentee)).toDo.attendance).toEqual([]);
    // The mentor hasn't answered for either session yet (most recent first).
    expect((await cockpitOf(world.mentor)).toDo.attendance.map((s) => s.sessionId)).toEqual([
      ids.past,
      ids.answered,
    ]);
  });

  it("gives each relationship a status and a next step", async () => {
    const cockpit = await cockpitOf(world.mentee);
    expect(cockpit.relationships).toHaveLength(1);
    expect(cockpit.relationships[0]).toMatchObject({
      relationshipId: pair.id,
      title: "Theo Mentor",
      myRole: "mentee",
      statusPhrase: "under way",
      tab: "sessions",
      program: { slug: world.program.slug, name: world.program.name },
    });
    const newcomer = await member(t, world.organizationId, { name: "Nia Newpair" });
    const coach = await member(t, world.organizationId, { name: "Cal Coach" });
    const fresh = await activePair(t, world, { mentee: newcomer, mentor: coach });
    const phrase = async () =>
      (await cockpitOf(newcomer)).relationships.find((r) => r.relationshipId === fresh.id)
        ?.statusPhrase;
    expect(await phrase()).toBe("agreement to write");
    await t.db.insert(agreements).values({
      relationshipId: fresh.id,
      organizationId: world.organizationId,
      confidentiality: "Between us.",
      endsOn: dateOf(100 * DAY),
      earlyEnding: "Either of us, no fault.",
    });
    expect(await phrase()).toBe("agreement waiting for you");
    await t.db.insert(agreementAcceptances).values({
      relationshipId: fresh.id,
      personId: newcomer.id,
      organizationId: world.organizationId,
      version: 1,
    });
    expect(await phrase()).toBe("agreement waiting for the others");
    await t.db.delete(agreements).where(eq(agreements.relationshipId, fresh.id));
    await t.db
      .delete(agreementAcceptances)
      .where(eq(agreementAcceptances.relationshipId, fresh.id));
    await agreeDirectly(t, fresh.id);
    expect(await phrase()).toBe("plan your next session");
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, fresh.id));
    expect(await phrase()).toBe("closed — your review is waiting");
    await t.db.insert(closureReviews).values({
      relationshipId: fresh.id,
      personId: newcomer.id,
      organizationId: world.organizationId,
      reason: "goals_reached",
    });
    expect(await phrase()).toBe("closed");
  });

  it("asks me to confirm a proposed match", async () => {
    const mentee = await member(t, world.organizationId, { name: "Pat Proposed" });
    const mentor = await member(t, world.organizationId, { name: "Quinn Proposer" });
    await t.db.insert(relationships).values({
      organizationId: world.organizationId,
      programId: world.program.id,
      menteeId: mentee.id,
      mentorId: mentor.id,
      status: "proposed",
      source: "bulk",
      mentorConfirmedAt: new Date(),
    });
    const cockpit = await cockpitOf(mentee);
    expect(cockpit.toDo.matchConfirmations).toBe(1);
    expect(cockpit.relationships[0]?.statusPhrase).toBe("a new match for you");
    expect((await cockpitOf(mentor)).toDo.matchConfirmations).toBe(0);
  });

  it("is empty and friendly for someone brand new", async () => {
    const newcomer = await member(t, world.organizationId, { name: "Fresh Face" });
    expect(await cockpitOf(newcomer)).toEqual({
      upcomingSessions: [],
      openCommitments: [],
      relationships: [],
      toDo: { mentorRequests: 0, matchConfirmations: 0, attendance: [], checkIns: [] },
    });
  });

  it("shows the bystander only their own pair, and no one else anything of the mentee's", async () => {
    const bystander = await cockpitOf(world.bystander);
    expect(bystander.upcomingSessions.map((s) => s.sessionId)).toEqual([ids.bystanderSession]);
    expect(bystander.openCommitments.map((c) => c.text)).toEqual([BYSTANDER_OPEN]);
    expect(bystander.relationships.map((r) => r.relationshipId)).toEqual([world.bystanderPair.id]);
    expect(bystander.toDo.checkIns).toHaveLength(1);
    for (const who of [
      world.programManager,
      world.admin,
      world.lineManager,
      world.skipManager,
      world.bystander,
    ]) {
      const text = JSON.stringify(await cockpitOf(who));
      for (const secret of [MY_OPEN, MY_OVERDUE, MENTOR_OPEN, pair.id, ids.soon as string]) {
        expect(text, who.name).not.toContain(secret);
      }
    }
    // The bystander's commitment stays theirs.
    expect(JSON.stringify(await cockpitOf(world.mentee))).not.toContain(BYSTANDER_OPEN);
  });

  it("needs a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/me/cockpit" });
    expect(response.statusCode).toBe(401);
  });
});
