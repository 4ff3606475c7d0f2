import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, people } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import {
  commitments,
  mentoringSessions,
  relationshipMembers,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  agreeDirectly,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import { remindSessions } from "./remind-sessions.ts";
import { rescheduleSession } from "./reschedule-session.ts";
import { settleSilentOutcomes } from "./settle-outcomes.ts";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  await t.db
    .update(people)
    .set({ timeZone: "Europe/Berlin" })
    .where(eq(people.id, world.mentee.id));
  await t.db
    .update(people)
    .set({ timeZone: "America/New_York" })
    .where(eq(people.id, world.mentor.id));
});
afterAll(() => t.close());

type SessionItem = {
  id: string;
  status: string;
  startsAt: string;
  durationMinutes: number;
  channel: string;
  channelDetail: string | null;
  proposedBy: { id: string; name: string } | null;
  canConfirm: boolean;
  canChange: boolean;
  needsMyAnswer: boolean;
  outcome: string | null;
  noShowIds: string[];
  hasCommitment: boolean;
  localTimes: { personId: string; timeZone: string; local: string; weekday: string }[];
  calendarUrl: string;
};
type SessionList = {
  canPlan: boolean;
  planBlockedBy: string | null;
  defaults: { durationMinutes: number; channel: string; channelDetail: string | null };
  members: { id: string; timeZone: string | null; isMe: boolean }[];
  upcoming: SessionItem[];
  past: SessionItem[];
  counts: Record<string, number>;
};

/** A fresh pair (the world's people can only be in one open pair per program each). */
async function newPair(label: string, options: { agreed?: boolean } = { agreed: true }) {
  const mentee = await member(t, world.organizationId, { name: `${label} Mentee` });
  const mentor = await member(t, world.organizationId, { name: `${label} Mentor` });
  const relationship = await activePair(t, world, { mentee, mentor }, options);
  return { mentee, mentor, relationship };
}

async function list(client: Member["client"], relationshipId: string) {
  const response = await client.get(`/api/relationships/${relationshipId}/sessions`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as SessionList;
}

async function emailsTo(...addresses: string[]) {
  return t.db
    .select()
    .from(emails)
    .where(inArray(emails.to, addresses))
    .orderBy(asc(emails.createdAt));
}

/** An iCalendar text with its folded lines joined again (RFC 5545 §3.1). */
const unfold = (calendar: string | null | undefined) => (calendar ?? "").replace(/\r\n[ \t]/g, "");

const ctxFor = (person: { id: string; role?: string }): Ctx => ({
  ...t.services,
  actor: {
    personId: person.id,
    organizationId: world.organizationId,
    role: (person.role as "member" | "admin") ?? "member",
  },
});

async function addCommitment(session: { id: string; relationshipId: string }, ownerId: string) {
  await t.db.insert(commitments).values({
    relationshipId: session.relationshipId,
    organizationId: world.organizationId,
    sessionId: session.id,
    ownerId,
    text: "Draft the roadmap memo and share it",
  });
}

describe("planning needs the agreement", () => {
  it("explains and refuses until everyone has accepted it", async () => {
    const { mentee, relationship } = await newPair("Unagreed", { agreed: false });
    const before = await list(mentee.client, relationship.id);
    expect(before.canPlan).toBe(false);
    expect(before.planBlockedBy).toBe("no_agreement");
    const refused = await mentee.client.post(`/api/relationships/${relationship.id}/sessions`, {
      startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
    });
    expect(refused.status).toBe(409);
    expect((refused.body as { error: { code: string; message: string } }).error).toMatchObject({
      code: "agreement_not_in_force",
      message: expect.stringContaining("agreement"),
    });
    await agreeDirectly(t, relationship.id);
    expect((await list(mentee.client, relationship.id)).canPlan).toBe(true);
  });

  it("refuses a time in the past or more than a year ahead", async () => {
    const { mentee, relationship } = await newPair("Timing");
    for (const startsAt of [
      new Date(Date.now() - HOUR).toISOString(),
      new Date(Date.now() + 400 * DAY).toISOString(),
    ]) {
      const response = await mentee.client.post(`/api/relationships/${relationship.id}/sessions`, {
        startsAt,
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        error: { details: { fields: { startsAt: expect.any(String) } } },
      });
    }
    const noOffset = await mentee.client.post(`/api/relationships/${relationship.id}/sessions`, {
      startsAt: "2030-01-01T10:00",
    });
    expect(noOffset.status).toBe(422);
  });
});

describe("a pair plans, confirms, moves and cancels a session", () => {
  let relationshipId: string;
  let sessionId: string;
  const starts = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);

  beforeAll(async () => {
    const pair = await activePair(
      t,
      world,
      { mentee: world.mentee, mentor: world.mentor },
      { agreed: true },
    );
    relationshipId = pair.id;
  });

  it("proposes a time given with an offset, with the agreement's length and channel", async () => {
    // The same moment written as Berlin time.
    const berlin = new Date(starts.getTime() + HOUR).toISOString().replace("Z", "+01:00");
    const response = await world.mentee.client.post(
      `/api/relationships/${relationshipId}/sessions`,
      { startsAt: berlin },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ status: "proposed" });
    sessionId = (response.body as { id: string }).id;
    const [row] = await t.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, sessionId));
    expect(row?.startsAt.toISOString()).toBe(starts.toISOString());
    expect(row).toMatchObject({
      durationMinutes: 45,
      channel: "video",
      channelDetail: "https://meet.example.test/pair",
      proposedById: world.mentee.id,
      icsSequence: 0,
    });
  });

  it("shows the other person a confirm button and both local times", async () => {
    const mine = await list(world.mentee.client, relationshipId);
    const theirs = await list(world.mentor.client, relationshipId);
    expect(mine.upcoming.map((s) => s.id)).toEqual([sessionId]);
    expect(mine.upcoming[0]?.canConfirm).toBe(false);
    expect(theirs.upcoming[0]?.canConfirm).toBe(true);
    expect(theirs.upcoming[0]?.proposedBy?.id).toBe(world.mentee.id);
    const times = theirs.upcoming[0]?.localTimes ?? [];
    const berlin = times.find((l) => l.personId === world.mentee.id);
    const newYork = times.find((l) => l.personId === world.mentor.id);
    expect(berlin?.timeZone).toBe("Europe/Berlin");
    expect(newYork?.timeZone).toBe("America/New_York");
    // Berlin is six hours ahead of New York all year round.
    const hours = (local: string | undefined) => Number(local?.slice(11, 13));
    expect((hours(berlin?.local) - hours(newYork?.local) + 24) % 24).toBe(6);
    expect(theirs.members.map((m) => [m.id, m.timeZone, m.isMe])).toContainEqual([
      world.mentor.id,
      "America/New_York",
      true,
    ]);
  });

  it("tells the other person in the app and by email, without an invite yet", async () => {
    const [notice] = await t.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, world.mentor.id),
          eq(notifications.kind, "session.proposed"),
        ),
      );
    expect(notice?.link).toBe(`/relationships/${relationshipId}?tab=sessions`);
    const sent = await emailsTo(world.mentor.email, world.mentee.email);
    expect(sent.map((e) => e.to)).toEqual([world.mentor.email]);
    expect(sent[0]?.calendar).toBeNull();
    // Times on the reader's clock; the meeting link stays out of the body.
    expect(sent[0]?.text).toContain("New York time");
    expect(sent[0]?.text).not.toContain("meet.example.test");
  });

  it("won't let the proposer confirm their own time", async () => {
    const response = await world.mentee.client.post(`/api/sessions/${sessionId}/confirm`);
    expect(response.status).toBe(409);
  });

  it("on confirmation emails both an invite with the calendar attached", async () => {
    const before = (await emailsTo(world.mentor.email, world.mentee.email)).length;
    const response = await world.mentor.client.post(`/api/sessions/${sessionId}/confirm`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ status: "confirmed" });
    const invites = (await emailsTo(world.mentor.email, world.mentee.email)).slice(before);
    expect(invites.map((e) => e.to).sort()).toEqual(
      [world.mentee.email, world.mentor.email].sort(),
    );
    for (const invite of invites) {
      expect(unfold(invite.calendar)).toContain("METHOD:REQUEST");
      expect(unfold(invite.calendar)).toContain(`UID:${sessionId}@mutual`);
      expect(unfold(invite.calendar)).toContain("SEQUENCE:1");
      expect(unfold(invite.calendar)).toContain("STATUS:CONFIRMED");
      expect(unfold(invite.calendar)).toContain("SUMMARY:Mentoring: Mina Mentee & Theo Mentor");
      expect(unfold(invite.calendar)).toContain(
        `DTSTART:${starts.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`,
      );
      expect(unfold(invite.calendar).toLowerCase()).toContain(`mailto:${world.mentee.email}`);
      expect(unfold(invite.calendar).toLowerCase()).toContain(`mailto:${world.mentor.email}`);
    }
    // The send job delivers them (to the outbox here: no SMTP in tests).
    expect(await t.jobs.runAll(t.services)).toBeGreaterThanOrEqual(2);
    const confirmedTwice = await world.mentor.client.post(`/api/sessions/${sessionId}/confirm`);
    expect(confirmedTwice.status).toBe(409);
  });

  it("serves the calendar file to members", async () => {
    const response = await world.mentee.client.get(`/api/sessions/${sessionId}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(String(response.headers["content-type"])).toContain("text/calendar");
    expect(response.raw.body).toContain("BEGIN:VCALENDAR");
    expect(response.raw.body).toContain(`UID:${sessionId}@mutual`);
  });

  it("moves it: the sequence goes up, the other confirms again, a new invite goes out", async () => {
    await t.db
      .update(mentoringSessions)
      .set({ remindedAt: new Date() })
      .where(eq(mentoringSessions.id, sessionId));
    const before = (await emailsTo(world.mentor.email, world.mentee.email)).length;
    const later = new Date(starts.getTime() + DAY);
    const response = await world.mentor.client.post(`/api/sessions/${sessionId}/reschedule`, {
      startsAt: later.toISOString(),
      durationMinutes: 60,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ status: "proposed" });
    const [row] = await t.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, sessionId));
    expect(row).toMatchObject({
      icsSequence: 2,
      remindedAt: null,
      durationMinutes: 60,
      proposedById: world.mentor.id,
    });
    const moved = (await emailsTo(world.mentor.email, world.mentee.email)).slice(before);
    expect(moved).toHaveLength(2);
    for (const invite of moved) {
      expect(unfold(invite.calendar)).toContain("SEQUENCE:2");
      expect(unfold(invite.calendar)).toContain(`UID:${sessionId}@mutual`);
      expect(unfold(invite.calendar)).toContain("STATUS:TENTATIVE");
      expect(unfold(invite.calendar)).toContain(
        `DTSTART:${later.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`,
      );
    }
    expect((await list(world.mentee.client, relationshipId)).upcoming[0]?.canConfirm).toBe(true);
    const confirmed = await world.mentee.client.post(`/api/sessions/${sessionId}/confirm`);
    expect(confirmed.status).toBe(200);
    const last = (await emailsTo(world.mentor.email, world.mentee.email)).slice(-2);
    for (const invite of last) {
      expect(unfold(invite.calendar)).toContain("SEQUENCE:3");
      expect(unfold(invite.calendar)).toContain("STATUS:CONFIRMED");
    }
  });

  it("cancels it: calendars get a CANCEL for the same event", async () => {
    const before = (await emailsTo(world.mentor.email, world.mentee.email)).length;
    const response = await world.mentee.client.post(`/api/sessions/${sessionId}/cancel`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "cancelled" });
    const cancels = (await emailsTo(world.mentor.email, world.mentee.email)).slice(before);
    expect(cancels.map((e) => e.to).sort()).toEqual(
      [world.mentee.email, world.mentor.email].sort(),
    );
    for (const invite of cancels) {
      expect(unfold(invite.calendar)).toContain("METHOD:CANCEL");
      expect(unfold(invite.calendar)).toContain("STATUS:CANCELLED");
      expect(unfold(invite.calendar)).toContain(`UID:${sessionId}@mutual`);
      expect(unfold(invite.calendar)).toContain("SEQUENCE:4");
    }
    const view = await list(world.mentor.client, relationshipId);
    expect(view.upcoming).toEqual([]);
    expect(view.past[0]).toMatchObject({ id: sessionId, status: "cancelled", canChange: false });
    expect(view.counts.cancelled).toBe(1);
    expect((await world.mentee.client.post(`/api/sessions/${sessionId}/cancel`)).status).toBe(409);
    const ics = await world.mentee.client.get(`/api/sessions/${sessionId}/calendar.ics`);
    expect(ics.raw.body).toContain("METHOD:CANCEL");
  });

  it("keeps any private words out of every email it sent", async () => {
    for (const email of await emailsTo(world.mentor.email, world.mentee.email)) {
      expect(email.text).not.toContain("meet.example.test");
      expect(email.html).not.toContain("meet.example.test");
      expect(email.text).not.toContain("What we say stays between us");
    }
  });

  it("shows administrators in the Outbox that an invite is attached, never the invite", async () => {
    const outbox = await world.admin.client.get("/api/outbox");
    const listed = (
      outbox.body as { emails: { id: string; to: string; hasCalendarInvite: boolean }[] }
    ).emails.filter((e) => e.to === world.mentee.email);
    const invite = listed.find((e) => e.hasCalendarInvite);
    expect(invite).toBeDefined();
    const opened = await world.admin.client.get(`/api/outbox/${invite?.id}`);
    expect(opened.status).toBe(200);
    expect(opened.raw.body).not.toContain("BEGIN:VCALENDAR");
    expect(opened.raw.body).not.toContain("meet.example.test");
  });
});

describe("did it happen?", () => {
  it("waits until the session is over", async () => {
    const { mentee, relationship } = await newPair("Early");
    const session = await insertSession(t, relationship, new Date(Date.now() + HOUR));
    await addCommitment(session, mentee.id);
    const response = await mentee.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: true,
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: "session_not_over" } });
    // Still running: started 10 minutes ago, 45 minutes long.
    const running = await insertSession(t, relationship, new Date(Date.now() - 10 * 60_000));
    expect(
      (await mentee.client.post(`/api/sessions/${running.id}/attendance`, { tookPlace: false }))
        .status,
    ).toBe(409);
  });

  it("needs a commitment before it can have happened", async () => {
    const { mentee, mentor, relationship } = await newPair("Commit");
    const session = await insertSession(t, relationship, new Date(Date.now() - 3 * HOUR));
    const view = await list(mentee.client, relationship.id);
    expect(view.past[0]).toMatchObject({
      id: session.id,
      needsMyAnswer: true,
      hasCommitment: false,
    });
    const refused = await mentee.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: "commitment_required",
        message:
          "Every session ends with at least one commitment to action: add yours on the session page first.",
      },
    });
    await addCommitment(session, mentor.id);
    const first = await mentee.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: true,
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ outcome: null });
    const second = await mentor.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: true,
    });
    expect(second.body).toEqual({ outcome: "held" });
    const after = await list(mentor.client, relationship.id);
    expect(after.past[0]).toMatchObject({
      outcome: "held",
      needsMyAnswer: false,
      hasCommitment: true,
    });
    expect(after.counts.held).toBe(1);
    const [row] = await t.db
      .select({ outcome: mentoringSessions.outcome })
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, session.id));
    expect(row?.outcome).toBe("held");
  });

  it("records a no-show, and answering again replaces the answer", async () => {
    const { mentee, mentor, relationship } = await newPair("Noshow");
    const session = await insertSession(t, relationship, new Date(Date.now() - 2 * DAY));
    const noShow = await mentee.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: false,
      absentIds: [mentor.id],
    });
    expect(noShow.body).toEqual({ outcome: null });
    const view = await list(mentor.client, relationship.id);
    expect(view.past[0]?.noShowIds).toEqual([mentor.id]);
    expect(view.past[0]?.needsMyAnswer).toBe(true);
    const agreed = await mentor.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: false,
    });
    expect(agreed.body).toEqual({ outcome: "not_held" });
    await addCommitment(session, mentee.id);
    const changed = await mentor.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: true,
    });
    expect(changed.body).toEqual({ outcome: "unclear" });
    const rows = await t.db
      .select()
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, session.id));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.personId === mentee.id)?.absentIds).toEqual([mentor.id]);
  });

  it("only names members as absent, and nothing is answered for a cancelled session", async () => {
    const { mentee, relationship } = await newPair("Absent");
    const session = await insertSession(t, relationship, new Date(Date.now() - DAY));
    const stranger = await mentee.client.post(`/api/sessions/${session.id}/attendance`, {
      tookPlace: false,
      absentIds: [world.bystander.id],
    });
    expect(stranger.status).toBe(422);
    const cancelled = await insertSession(t, relationship, new Date(Date.now() - DAY), {
      status: "cancelled",
      cancelledAt: new Date(),
    });
    const answer = await mentee.client.post(`/api/sessions/${cancelled.id}/attendance`, {
      tookPlace: false,
    });
    expect(answer.status).toBe(409);
  });

  it("counts one yes as held after seven days of silence from the others", async () => {
    const { mentee, relationship } = await newPair("Silent");
    const now = new Date("2031-03-10T12:00:00Z");
    const session = await insertSession(t, relationship, new Date("2031-03-01T09:00:00Z"));
    await t.db.insert(sessionAttendance).values({
      sessionId: session.id,
      personId: mentee.id,
      organizationId: world.organizationId,
      tookPlace: true,
      answeredAt: new Date("2031-03-02T09:00:00Z"),
    });
    expect(await settleSilentOutcomes(t.services, new Date("2031-03-05T12:00:00Z"))).toBe(0);
    expect(await settleSilentOutcomes(t.services, now)).toBeGreaterThanOrEqual(1);
    const [row] = await t.db
      .select({ outcome: mentoringSessions.outcome })
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, session.id));
    expect(row?.outcome).toBe("held");
  });
});

describe("reminders", () => {
  it("remind every member once, the day before, on their own clock", async () => {
    const { mentee, mentor, relationship } = await newPair("Remind");
    await t.db.update(people).set({ timeZone: "Asia/Tokyo" }).where(eq(people.id, mentee.id));
    await t.db.update(people).set({ timeZone: "America/Chicago" }).where(eq(people.id, mentor.id));
    // A clock of our own, far from the other tests' sessions.
    const now = new Date("2030-01-01T12:00:00Z");
    const tomorrow = await insertSession(t, relationship, new Date("2030-01-02T08:00:00Z"));
    const later = await insertSession(t, relationship, new Date("2030-01-03T08:00:00Z"));
    const unconfirmed = await insertSession(t, relationship, new Date("2030-01-01T18:00:00Z"), {
      status: "proposed",
      confirmedAt: null,
    });
    const before = (await emailsTo(mentee.email, mentor.email)).length;
    expect(await remindSessions(t.services, now)).toBe(1);
    const reminders = (await emailsTo(mentee.email, mentor.email)).slice(before);
    expect(reminders.map((e) => e.to).sort()).toEqual([mentee.email, mentor.email].sort());
    const toMentee = reminders.find((e) => e.to === mentee.email);
    const toMentor = reminders.find((e) => e.to === mentor.email);
    expect(toMentee?.subject).toContain("Wed 2 Jan, 17:00 (Tokyo time)");
    expect(toMentor?.subject).toContain("Wed 2 Jan, 02:00 (Chicago time)");
    expect(toMentee?.text).toContain(`/relationships/${relationship.id}/sessions/${tomorrow.id}`);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, "session.reminder"), eq(notifications.personId, mentor.id)),
      );
    expect(notices).toHaveLength(1);

    // Idempotent: a second run, even a minute later, reminds nobody again.
    expect(await remindSessions(t.services, new Date(now.getTime() + 60_000))).toBe(0);
    expect((await emailsTo(mentee.email, mentor.email)).length).toBe(before + 2);

    // The next day's session comes into the window a day later; the proposal never does.
    expect(await remindSessions(t.services, new Date("2030-01-02T12:00:00Z"))).toBe(1);
    const rows = await t.db
      .select({ id: mentoringSessions.id, remindedAt: mentoringSessions.remindedAt })
      .from(mentoringSessions)
      .where(inArray(mentoringSessions.id, [tomorrow.id, later.id, unconfirmed.id]));
    expect(rows.find((r) => r.id === unconfirmed.id)?.remindedAt).toBeNull();
    expect(rows.find((r) => r.id === later.id)?.remindedAt).not.toBeNull();
  });

  it("remind again after a session moves", async () => {
    const { mentee, relationship } = await newPair("Moved");
    const now = new Date("2032-05-01T12:00:00Z");
    const session = await insertSession(t, relationship, new Date("2032-05-02T08:00:00Z"), {
      proposedById: mentee.id,
    });
    expect(await remindSessions(t.services, now)).toBe(1);
    await rescheduleSession(ctxFor(mentee), session.id, { startsAt: "2032-05-02T10:00:00Z" }, now);
    // Moved in a pair: proposed again, so no reminder until the other confirms.
    expect(await remindSessions(t.services, now)).toBe(0);
    await t.db
      .update(mentoringSessions)
      .set({ status: "confirmed" })
      .where(eq(mentoringSessions.id, session.id));
    expect(await remindSessions(t.services, now)).toBe(1);
  });
});

describe("circles", () => {
  it("a facilitator's time stands at once; a member's waits for a facilitator", async () => {
    const facilitator = await member(t, world.organizationId, { name: "Fay Facilitator" });
    const ana = await member(t, world.organizationId, { name: "Ana Member" });
    const bo = await member(t, world.organizationId, { name: "Bo Member" });
    const [circle] = await t.db
      .insert(relationships)
      .values({
        organizationId: world.organizationId,
        programId: world.program.id,
        menteeId: ana.id,
        mentorId: facilitator.id,
        kind: "circle",
        name: "Product leads circle",
        status: "active",
        source: "manual",
        startedAt: new Date(),
      })
      .returning();
    if (!circle) throw new Error("no circle");
    await t.db.insert(relationshipMembers).values([
      {
        relationshipId: circle.id,
        personId: facilitator.id,
        organizationId: world.organizationId,
        role: "facilitator",
      },
      {
        relationshipId: circle.id,
        personId: ana.id,
        organizationId: world.organizationId,
        role: "member",
      },
      {
        relationshipId: circle.id,
        personId: bo.id,
        organizationId: world.organizationId,
        role: "member",
      },
    ]);
    await agreeDirectly(t, circle.id);

    const set = await facilitator.client.post(`/api/relationships/${circle.id}/sessions`, {
      startsAt: new Date(Date.now() + 5 * DAY).toISOString(),
    });
    expect(set.status).toBe(201);
    expect(set.body).toMatchObject({ status: "confirmed" });
    const invites = await emailsTo(facilitator.email, ana.email, bo.email);
    expect(invites.map((e) => e.to).sort()).toEqual(
      [facilitator.email, ana.email, bo.email].sort(),
    );
    for (const invite of invites) {
      expect(unfold(invite.calendar)).toContain("SUMMARY:Product leads circle");
      expect(unfold(invite.calendar)).toContain("METHOD:REQUEST");
    }

    const proposed = await ana.client.post(`/api/relationships/${circle.id}/sessions`, {
      startsAt: new Date(Date.now() + 12 * DAY).toISOString(),
    });
    expect(proposed.body).toMatchObject({ status: "proposed" });
    const proposalId = (proposed.body as { id: string }).id;
    const bosView = await list(bo.client, circle.id);
    expect(bosView.upcoming.find((s) => s.id === proposalId)?.canConfirm).toBe(false);
    expect((await bo.client.post(`/api/sessions/${proposalId}/confirm`)).status).toBe(409);
    expect((await bo.client.post(`/api/sessions/${proposalId}/cancel`)).status).toBe(409);
    const faysView = await list(facilitator.client, circle.id);
    expect(faysView.upcoming.find((s) => s.id === proposalId)?.canConfirm).toBe(true);
    expect((await facilitator.client.post(`/api/sessions/${proposalId}/confirm`)).status).toBe(200);
  });
});

describe("the firewall", () => {
  let relationshipId: string;
  let sessionId: string;
  let pastId: string;

  beforeAll(async () => {
    const { mentee, relationship } = await newPair("Walled");
    relationshipId = relationship.id;
    const proposed = await mentee.client.post(`/api/relationships/${relationshipId}/sessions`, {
      startsAt: new Date(Date.now() + 4 * DAY).toISOString(),
      channelDetail: "https://meet.example.test/secret-room-4711",
    });
    sessionId = (proposed.body as { id: string }).id;
    pastId = (await insertSession(t, relationship, new Date(Date.now() - DAY))).id;
  });

  const outsiders = ["programManager", "admin", "lineManager", "skipManager", "bystander"] as const;

  it.each(outsiders)("the %s gets 404 on every sessions route", async (who) => {
    const client = world[who].client;
    const future = new Date(Date.now() + 6 * DAY).toISOString();
    const responses = [
      await client.get(`/api/relationships/${relationshipId}/sessions`),
      await client.post(`/api/relationships/${relationshipId}/sessions`, { startsAt: future }),
      await client.post(`/api/sessions/${sessionId}/confirm`),
      await client.post(`/api/sessions/${sessionId}/reschedule`, { startsAt: future }),
      await client.post(`/api/sessions/${sessionId}/cancel`),
      await client.post(`/api/sessions/${pastId}/attendance`, { tookPlace: false }),
      await client.get(`/api/sessions/${sessionId}/calendar.ics`),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.raw.body).not.toContain("secret-room-4711");
    }
    const [row] = await t.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, sessionId));
    expect(row?.status).toBe("proposed");
    const sessions = await t.db
      .select({ id: mentoringSessions.id })
      .from(mentoringSessions)
      .where(eq(mentoringSessions.relationshipId, relationshipId));
    expect(sessions).toHaveLength(2);
  });

  it("a session id that doesn't exist answers the same 404", async () => {
    const response = await world.mentee.client.post(
      "/api/sessions/00000000-0000-4000-8000-000000000000/confirm",
    );
    expect(response.status).toBe(404);
  });
});

describe("a closed relationship", () => {
  it("stays readable and refuses every change", async () => {
    const { mentee, mentor, relationship } = await newPair("Closed");
    const upcoming = await insertSession(t, relationship, new Date(Date.now() + 2 * DAY), {
      status: "proposed",
      confirmedAt: null,
      proposedById: mentee.id,
    });
    const past = await insertSession(t, relationship, new Date(Date.now() - 2 * DAY));
    await addCommitment(past, mentee.id);
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, relationship.id));
    const view = await list(mentor.client, relationship.id);
    expect(view.canPlan).toBe(false);
    expect(view.planBlockedBy).toBe("closed");
    // Read-only: no buttons, no question left to answer.
    for (const session of [...view.upcoming, ...view.past]) {
      expect(session).toMatchObject({ canConfirm: false, canChange: false, needsMyAnswer: false });
    }
    expect(view.upcoming.map((s) => s.id)).toEqual([upcoming.id]);
    const future = new Date(Date.now() + 6 * DAY).toISOString();
    const writes = [
      await mentee.client.post(`/api/relationships/${relationship.id}/sessions`, {
        startsAt: future,
      }),
      await mentor.client.post(`/api/sessions/${upcoming.id}/confirm`),
      await mentee.client.post(`/api/sessions/${upcoming.id}/reschedule`, { startsAt: future }),
      await mentee.client.post(`/api/sessions/${upcoming.id}/cancel`),
      await mentee.client.post(`/api/sessions/${past.id}/attendance`, { tookPlace: true }),
    ];
    for (const response of writes) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: { code: "relationship_closed" } });
    }
    expect((await mentee.client.get(`/api/sessions/${past.id}/calendar.ics`)).status).toBe(200);
  });
});
