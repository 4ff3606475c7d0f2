import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import {
  agreements,
  closureReviews,
  mentoringSessions,
  relationshipGoals,
  relationshipMembers,
} from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import { closeAtEndDate } from "./close-at-end-date.ts";
import { closeAtEndDateJob } from "./close-at-end-date-job.ts";
import type { ClosureView } from "./closure-view.ts";
import { END_REASONS } from "./end-reasons.ts";
import { HEADS_UP_KIND } from "./notices.ts";

const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
});
afterAll(() => t.close());

/** Words that must never leave a review or a close: checked in every email and notification. */
const REVIEW_WORDS = ["REVIEW-LEARNED", "THANKS-NOTE", "MENTOR-LEARNED", "MENTOR-THANKS"];
// The reasons' labels, and the values that aren't everyday words ("other" is in "each other").
const REASON_WORDS = [
  ...Object.entries(END_REASONS)
    .filter(([value]) => value !== "end_date")
    .map(([, label]) => label),
  "goals_reached",
  "not_right_fit",
  "role_change",
];

async function newPair(names: { mentee?: string; mentor?: string } = {}) {
  const mentee = await member(t, world.organizationId, { name: names.mentee ?? "Nia Mentee" });
  const mentor = await member(t, world.organizationId, { name: names.mentor ?? "Omar Mentor" });
  const relationship = await activePair(t, world, { mentee, mentor }, { agreed: true });
  return { mentee, mentor, relationship };
}

async function addGoal(relationship: { id: string; organizationId: string }, title: string) {
  const [goal] = await t.db
    .insert(relationshipGoals)
    .values({
      relationshipId: relationship.id,
      organizationId: relationship.organizationId,
      title,
      measure: `We'll know when ${title.toLowerCase()}.`,
    })
    .returning();
  if (!goal) throw new Error("no goal");
  return goal;
}

const closure = async (who: Member, relationshipId: string) => {
  const response = await who.client.get(`/api/relationships/${relationshipId}/closure`);
  return {
    status: response.status,
    view: response.body as ClosureView,
    text: JSON.stringify(response.body),
  };
};
const review = (who: Member, relationshipId: string, body: Record<string, unknown>) =>
  who.client.request("PUT", `/api/relationships/${relationshipId}/closure-review`, body);

const noticesOf = (personId: string, kind?: string) =>
  t.db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.personId, personId), ...(kind ? [eq(notifications.kind, kind)] : [])),
    );

describe("closing a relationship early", () => {
  it("any member closes it, without fault; the other is told and invited, never why", async () => {
    const pair = await activePair(t, world, world, { agreed: true });
    const closed = await world.mentee.client.post(`/api/relationships/${pair.id}/close`, {
      reason: "schedules",
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      status: "ended",
      canClose: false,
      canReview: true,
      ended: { byMe: true, atEndDate: false, myReason: { value: "schedules" } },
    });
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, pair.id));
    expect(row).toMatchObject({
      status: "ended",
      endedById: world.mentee.id,
      endReason: "schedules",
    });
    expect(row?.endedAt).toBeInstanceOf(Date);

    const told = await noticesOf(world.mentor.id, "closure.closed");
    expect(told).toHaveLength(1);
    expect(told[0]?.link).toBe(`/relationships/${pair.id}?tab=close`);
    const [mail] = await t.db.select().from(emails).where(eq(emails.to, world.mentor.email));
    expect(mail?.subject).toContain("has come to a close");
    expect(mail?.text).toContain("nobody is at fault");
    expect(mail?.text).toContain(`/relationships/${pair.id}?tab=close`);
    // The closer isn't notified about their own act.
    expect(await noticesOf(world.mentee.id, "closure.closed")).toHaveLength(0);

    // The other member sees that it closed, but not the reason chosen.
    const theirs = await closure(world.mentor, pair.id);
    expect(theirs.view.ended).toMatchObject({ byMe: false, myReason: null });
    expect(Object.keys(theirs.view.ended ?? {}).sort()).toEqual([
      "at",
      "atEndDate",
      "byMe",
      "myReason",
    ]);

    // Read-only from now on: closing again is refused.
    const again = await world.mentor.client.post(`/api/relationships/${pair.id}/close`, {
      reason: "other",
    });
    expect(again.status).toBe(409);
    expect((again.body as { error: { code: string } }).error.code).toBe("relationship_closed");
  });

  it("is refused for a relationship that hasn't started, and for anyone outside it", async () => {
    const { mentee, relationship } = await newPair();
    for (const who of [
      world.programManager,
      world.admin,
      world.lineManager,
      world.skipManager,
      world.bystander,
    ]) {
      const response = await who.client.post(`/api/relationships/${relationship.id}/close`, {
        reason: "other",
      });
      expect(response.status).toBe(404);
    }
    const bad = await mentee.client.post(`/api/relationships/${relationship.id}/close`, {
      reason: "it was their fault",
    });
    expect(bad.status).toBe(422);
    await t.db
      .update(relationships)
      .set({ status: "proposed" })
      .where(eq(relationships.id, relationship.id));
    const early = await mentee.client.post(`/api/relationships/${relationship.id}/close`, {
      reason: "other",
    });
    expect(early.status).toBe(409);
    const [row] = await t.db
      .select({ status: relationships.status })
      .from(relationships)
      .where(eq(relationships.id, relationship.id));
    expect(row?.status).toBe("proposed");
  });
});

describe("sessions still ahead", () => {
  it("are cancelled when the relationship closes, and their invites withdrawn", async () => {
    const { mentee, mentor, relationship } = await newPair({
      mentee: "Yara Planned",
      mentor: "Zed Planned",
    });
    const past = await insertSession(t, relationship, new Date(Date.now() - 7 * DAY), {
      outcome: "held",
    });
    const invited = await insertSession(t, relationship, new Date(Date.now() + 7 * DAY));
    const proposed = await insertSession(t, relationship, new Date(Date.now() + 9 * DAY), {
      status: "proposed",
      confirmedAt: null,
    });
    const closed = await mentor.client.post(`/api/relationships/${relationship.id}/close`, {
      reason: "not_right_fit",
    });
    expect(closed.status).toBe(200);
    const rows = await t.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.relationshipId, relationship.id));
    const statusOf = (id: string) => rows.find((r) => r.id === id)?.status;
    expect(statusOf(past.id)).toBe("confirmed");
    expect(statusOf(invited.id)).toBe("cancelled");
    expect(statusOf(proposed.id)).toBe("cancelled");
    expect(rows.find((r) => r.id === invited.id)?.icsSequence).toBe(1);
    const cancellations = await t.db
      .select()
      .from(emails)
      .where(inArray(emails.to, [mentee.email, mentor.email]));
    const withCalendar = cancellations.filter((e) => e.calendar !== null);
    expect(withCalendar.map((e) => e.to).sort()).toEqual([mentee.email, mentor.email].sort());
    for (const email of withCalendar) {
      expect(email.calendar).toContain("METHOD:CANCEL");
      expect(email.calendar).toContain(`${invited.id}@mutual`);
      expect(email.subject).toContain("Session cancelled");
    }
  });
});

describe("closing reviews", () => {
  it("each member writes one; thanks reach the other member only; the rest stays with its author", async () => {
    const { mentee, mentor, relationship } = await newPair({
      mentee: "Rae Reviewer",
      mentor: "Sol Thankful",
    });
    const first = await addGoal(relationship, "Lead a design review");
    const second = await addGoal(relationship, "Present at the all-hands");
    const foreign = await addGoal(world.bystanderPair, "Someone else's goal");
    await mentee.client.post(`/api/relationships/${relationship.id}/close`, {
      reason: "goals_reached",
    });

    const view = await closure(mentee, relationship.id);
    expect(view.view.goals.map((g) => g.title)).toEqual([
      "Lead a design review",
      "Present at the all-hands",
    ]);
    expect(view.view.endReasons.map((r) => r.value)).toEqual(Object.keys(END_REASONS));
    expect(view.view.myReview).toBeNull();

    const wrongGoal = await review(mentee, relationship.id, {
      goalsReached: [{ goalId: foreign.id, reached: true }],
      reason: "goals_reached",
    });
    expect(wrongGoal.status).toBe(422);

    const written = await review(mentee, relationship.id, {
      goalsReached: [
        { goalId: first.id, reached: true },
        { goalId: second.id, reached: false },
      ],
      learned: "REVIEW-LEARNED: I can run a review without notes.",
      appreciation: "THANKS-NOTE: you made Mondays better.",
      reason: "goals_reached",
      stayInTouch: true,
    });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect((written.body as ClosureView).myReview).toMatchObject({
      goalsReached: [
        { goalId: first.id, reached: true },
        { goalId: second.id, reached: false },
      ],
      learned: "REVIEW-LEARNED: I can run a review without notes.",
      stayInTouch: true,
    });

    // The mentor hears that a note is waiting, and reads it on the Closing tab.
    const thanks = await noticesOf(mentor.id, "closure.thanks");
    expect(thanks).toHaveLength(1);
    expect(thanks[0]?.title).toBe("Rae Reviewer left you a note of thanks");
    const theirs = await closure(mentor, relationship.id);
    expect(theirs.view.thanksForMe).toEqual([
      {
        from: { id: mentee.id, name: "Rae Reviewer" },
        text: "THANKS-NOTE: you made Mondays better.",
        writtenAt: expect.any(String),
      },
    ]);
    expect(theirs.view.myReview).toBeNull();
    expect(theirs.text).not.toContain("REVIEW-LEARNED");
    expect(theirs.view.everyoneStaysInTouch).toBe(false);

    // Editing the note again doesn't notify twice.
    await review(mentee, relationship.id, {
      goalsReached: [{ goalId: first.id, reached: true }],
      learned: "REVIEW-LEARNED: I can run a review without notes, mostly.",
      appreciation: "THANKS-NOTE: you made Mondays much better.",
      reason: "goals_reached",
      stayInTouch: true,
    });
    expect(await noticesOf(mentor.id, "closure.thanks")).toHaveLength(1);

    // The mentor says no to staying in touch: nobody is told that "no".
    const mentorReview = await review(mentor, relationship.id, {
      learned: "MENTOR-LEARNED: patience pays.",
      appreciation: "MENTOR-THANKS: thank you for your trust.",
      reason: "end_date",
      stayInTouch: false,
    });
    expect(mentorReview.status).toBe(200);
    const menteeView = await closure(mentee, relationship.id);
    expect(menteeView.view.everyoneStaysInTouch).toBe(false);
    expect(menteeView.text).not.toContain("MENTOR-LEARNED");
    expect(menteeView.view.myReview?.reason).toBe("goals_reached");
    for (const note of menteeView.view.thanksForMe) {
      expect(Object.keys(note).sort()).toEqual(["from", "text", "writtenAt"]);
    }
    expect(menteeView.view.thanksForMe.map((n) => n.text)).toEqual([
      "MENTOR-THANKS: thank you for your trust.",
    ]);
    expect(await noticesOf(mentee.id, "closure.thanks")).toHaveLength(1);

    // Both yes: both see it.
    await review(mentor, relationship.id, {
      learned: "MENTOR-LEARNED: patience pays.",
      appreciation: "MENTOR-THANKS: thank you for your trust.",
      reason: "end_date",
      stayInTouch: true,
    });
    expect((await closure(mentee, relationship.id)).view.everyoneStaysInTouch).toBe(true);
    expect((await closure(mentor, relationship.id)).view.everyoneStaysInTouch).toBe(true);

    // Nobody outside the pair reads any of it.
    for (const who of [
      world.programManager,
      world.admin,
      world.lineManager,
      world.skipManager,
      world.bystander,
    ]) {
      const outside = await closure(who, relationship.id);
      expect(outside.status).toBe(404);
      const reviewAttempt = await review(who, relationship.id, { reason: "other" });
      expect(reviewAttempt.status).toBe(404);
      const metadata = JSON.stringify(
        (await who.client.get(`/api/relationships/${relationship.id}`)).body,
      );
      for (const words of REVIEW_WORDS) expect(metadata).not.toContain(words);
      const notices = JSON.stringify((await who.client.get("/api/notifications")).body);
      for (const words of REVIEW_WORDS) expect(notices).not.toContain(words);
    }
    const stored = await t.db
      .select({ personId: closureReviews.personId })
      .from(closureReviews)
      .where(eq(closureReviews.relationshipId, relationship.id));
    expect(stored.map((s) => s.personId).sort()).toEqual([mentee.id, mentor.id].sort());
  });

  it("closes a running relationship in the same step, with one notice to the other", async () => {
    const { mentee, mentor, relationship } = await newPair({
      mentee: "Uma Onestep",
      mentor: "Vic Other",
    });
    const response = await review(mentor, relationship.id, {
      learned: "MENTOR-LEARNED: closing well matters.",
      appreciation: "MENTOR-THANKS: it was a joy.",
      reason: "role_change",
      stayInTouch: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: "ended",
      ended: { byMe: true, myReason: { value: "role_change" } },
    });
    const [row] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, relationship.id));
    expect(row).toMatchObject({ status: "ended", endedById: mentor.id, endReason: "role_change" });
    const told = await noticesOf(mentee.id);
    expect(told.map((n) => n.kind)).toEqual(["closure.closed"]);
    expect(told[0]?.body).toContain("Vic Other has left you a note of thanks to read.");
    const mail = await t.db.select().from(emails).where(eq(emails.to, mentee.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).not.toContain("MENTOR-THANKS");
  });

  it("stays open 30 days after the end, then the relationship is read-only", async () => {
    const { mentee, relationship } = await newPair();
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date(Date.now() - 31 * DAY), endReason: "end_date" })
      .where(eq(relationships.id, relationship.id));
    const late = await review(mentee, relationship.id, { reason: "end_date" });
    expect(late.status).toBe(409);
    expect((late.body as { error: { code: string } }).error.code).toBe("review_closed");
    const view = await closure(mentee, relationship.id);
    expect(view.status).toBe(200);
    expect(view.view).toMatchObject({ canReview: false, canClose: false });

    await t.db
      .update(relationships)
      .set({ status: "proposed", endedAt: null })
      .where(eq(relationships.id, relationship.id));
    expect((await review(mentee, relationship.id, { reason: "other" })).status).toBe(409);
  });
});

describe("a circle", () => {
  it("is closed by its facilitators; then everyone reviews, thanks reach all the others", async () => {
    const facilitator = await member(t, world.organizationId, { name: "Fay Facilitator" });
    const first = await member(t, world.organizationId, { name: "Abe Circlemember" });
    const second = await member(t, world.organizationId, { name: "Bo Circlemember" });
    const [circle] = await t.db
      .insert(relationships)
      .values({
        organizationId: world.organizationId,
        programId: world.program.id,
        kind: "circle",
        name: "Product leads",
        mentorId: facilitator.id,
        menteeId: first.id,
        status: "active",
        source: "manual",
        startedAt: new Date(),
      })
      .returning();
    if (!circle) throw new Error("no circle");
    await t.db.insert(relationshipMembers).values(
      [
        { person: facilitator, role: "facilitator" as const },
        { person: first, role: "member" as const },
        { person: second, role: "member" as const },
      ].map(({ person, role }) => ({
        relationshipId: circle.id,
        organizationId: world.organizationId,
        personId: person.id,
        role,
      })),
    );

    expect((await closure(first, circle.id)).view).toMatchObject({
      canClose: false,
      canReview: false,
    });
    const byMember = await first.client.post(`/api/relationships/${circle.id}/close`, {
      reason: "schedules",
    });
    expect(byMember.status).toBe(409);
    expect((await review(first, circle.id, { reason: "schedules" })).status).toBe(409);

    const closed = await facilitator.client.post(`/api/relationships/${circle.id}/close`, {
      reason: "goals_reached",
    });
    expect(closed.status).toBe(200);
    for (const person of [first, second]) {
      const told = await noticesOf(person.id, "closure.closed");
      expect(told.map((n) => n.title)).toEqual(["The circle Product leads has come to a close"]);
    }
    expect(await noticesOf(facilitator.id, "closure.closed")).toHaveLength(0);

    await review(first, circle.id, {
      appreciation: "THANKS-NOTE: to all of you, for the honesty.",
      reason: "goals_reached",
      stayInTouch: true,
    });
    await review(facilitator, circle.id, { reason: "goals_reached", stayInTouch: true });
    for (const person of [facilitator, second]) {
      expect(await noticesOf(person.id, "closure.thanks")).toHaveLength(1);
      const view = await closure(person, circle.id);
      expect(view.view.thanksForMe.map((n) => n.from.name)).toEqual(["Abe Circlemember"]);
      expect(view.view.everyoneStaysInTouch).toBe(false);
    }
    await review(second, circle.id, { reason: "goals_reached", stayInTouch: true });
    expect((await closure(first, circle.id)).view.everyoneStaysInTouch).toBe(true);
  });
});

describe("the end date", () => {
  it("warns two weeks before, exactly once, and closes the relationship on the day", async () => {
    const { mentee, mentor, relationship } = await newPair({
      mentee: "Wes Endingsoon",
      mentor: "Xia Endingsoon",
    });
    const endsOn = new Date(Date.now() + 40 * DAY).toISOString().slice(0, 10);
    await t.db
      .update(agreements)
      .set({ endsOn })
      .where(eq(agreements.relationshipId, relationship.id));
    const day = (offset: number) => new Date(Date.parse(`${endsOn}T07:00:00Z`) + offset * DAY);
    const headsUps = () =>
      t.db
        .select()
        .from(notifications)
        .where(
          and(
            inArray(notifications.personId, [mentee.id, mentor.id]),
            eq(notifications.kind, HEADS_UP_KIND),
          ),
        );

    await closeAtEndDate(t.services, day(-15));
    expect(await headsUps()).toHaveLength(0);

    await closeAtEndDate(t.services, day(-14));
    const sent = await headsUps();
    expect(sent.map((n) => n.personId).sort()).toEqual([mentee.id, mentor.id].sort());
    expect(sent[0]?.title).toBe("Two weeks left: time to plan your closing conversation");
    await closeAtEndDate(t.services, day(-14));
    await closeAtEndDate(t.services, day(-13));
    await closeAtEndDate(t.services, day(-1));
    expect(await headsUps()).toHaveLength(2);
    const [still] = await t.db
      .select({ status: relationships.status })
      .from(relationships)
      .where(eq(relationships.id, relationship.id));
    expect(still?.status).toBe("active");

    // Through the job definition, as the worker runs it, on the end date.
    await closeAtEndDateJob.handle(t.services, { now: day(0).toISOString() }, { final: true });
    const [ended] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, relationship.id));
    expect(ended).toMatchObject({ status: "ended", endedById: null, endReason: "end_date" });
    expect(ended?.endedAt?.toISOString()).toBe(day(0).toISOString());
    const invited = await t.db
      .select()
      .from(notifications)
      .where(
        and(
          inArray(notifications.personId, [mentee.id, mentor.id]),
          eq(notifications.kind, "closure.end-date"),
        ),
      );
    expect(invited).toHaveLength(2);
    const view = await closure(mentee, relationship.id);
    expect(view.view).toMatchObject({
      status: "ended",
      ended: { atEndDate: true, byMe: false, myReason: null },
    });
    expect(view.view.canReview).toBe(true);

    // Running again changes nothing; other running relationships weren't touched.
    await closeAtEndDate(t.services, day(1));
    expect(
      await t.db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.personId, mentee.id), eq(notifications.kind, "closure.end-date")),
        ),
    ).toHaveLength(1);
    const [bystanders] = await t.db
      .select({ status: relationships.status })
      .from(relationships)
      .where(eq(relationships.id, world.bystanderPair.id));
    expect(bystanders?.status).toBe("active");
  });
});

describe("what leaves the app", () => {
  it("no email or notification carries a reason for ending or a word of a review", async () => {
    const mailed = await t.db
      .select({ subject: emails.subject, text: emails.text, html: emails.html })
      .from(emails);
    const noticed = await t.db
      .select({ kind: notifications.kind, title: notifications.title, body: notifications.body })
      .from(notifications);
    expect(mailed.length).toBeGreaterThan(5);
    expect(noticed.filter((n) => n.kind.startsWith("closure.")).length).toBeGreaterThan(5);
    const everything = JSON.stringify([mailed, noticed]);
    for (const words of [...REVIEW_WORDS, ...REASON_WORDS]) {
      expect(everything, words).not.toContain(words);
    }
  });
});
