import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { checkIns } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import { createDueCheckIns } from "./create-due-check-ins.ts";
import { watchInactivity } from "./watch-inactivity.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const FIT_COMMENT = "MARKER-fit-comment: honestly I am not sure we click";
const REGULAR_COMMENT = "MARKER-regular-comment: the sessions feel rushed";

let t: TestApp;
let world: RelationshipWorld;
/** Started 29 days ago, so week 4 has just passed; first session a week after the start. */
let pair: Awaited<ReturnType<typeof activePair>>;
let start: Date;
let firstSessionEnd: Date;
const at = (days: number, hours = 0) => new Date(start.getTime() + days * DAY + hours * HOUR);

type MyCheckIn = {
  id: string;
  kind: "fit" | "regular";
  state: string;
  dueAt: string;
  answers: {
    goodFit: boolean | null;
    satisfaction: number | null;
    usefulness: number | null;
    expectations: number | null;
    comment: string | null;
  } | null;
};

async function myCheckIns(who: Member, relationshipId = pair.id) {
  const response = await who.client.get(`/api/relationships/${relationshipId}/check-ins`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { checkIns: MyCheckIn[] }).checkIns;
}

async function checkInOf(personId: string, kind: "fit" | "regular", relationshipId = pair.id) {
  const [row] = await t.db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.relationshipId, relationshipId),
        eq(checkIns.personId, personId),
        eq(checkIns.kind, kind),
      ),
    );
  if (!row) throw new Error(`no ${kind} check-in for ${personId}`);
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  start = new Date(Date.now() - 29 * DAY);
  pair = await activePair(
    t,
    world,
    { mentee: world.mentee, mentor: world.mentor },
    { agreed: true, startedAt: start },
  );
  const session = await insertSession(t, pair, at(7), { durationMinutes: 60 });
  firstSessionEnd = new Date(session.startsAt.getTime() + 60 * 60 * 1000);
});
afterAll(() => t.close());

describe("the daily check-in job", () => {
  it("creates nothing before the first session has ended", async () => {
    await createDueCheckIns(t.services, at(7, 0.5));
    expect(await t.db.select().from(checkIns).where(eq(checkIns.relationshipId, pair.id))).toEqual(
      [],
    );
  });

  it("creates a fit check for each member right after the first session, once", async () => {
    await createDueCheckIns(t.services, at(7, 2));
    await createDueCheckIns(t.services, at(8));
    const rows = await t.db.select().from(checkIns).where(eq(checkIns.relationshipId, pair.id));
    expect(rows.map((r) => [r.personId, r.kind, r.dueAt.toISOString()]).sort()).toEqual(
      [
        [world.mentee.id, "fit", firstSessionEnd.toISOString()],
        [world.mentor.id, "fit", firstSessionEnd.toISOString()],
      ].sort(),
    );
  });

  it("tells each person in the app and by email, with the other's name and no content", async () => {
    const [notice] = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.personId, world.mentee.id), eq(notifications.kind, "check-in.fit")),
      );
    expect(notice?.title).toBe("A one-minute check-in on your mentoring with Theo Mentor is ready");
    expect(notice?.link).toBe(`/relationships/${pair.id}?tab=check-ins`);
    const mail = await t.db.select().from(emails).where(eq(emails.to, world.mentor.email));
    const checkInMail = mail.filter((m) => m.subject.includes("check-in"));
    expect(checkInMail).toHaveLength(1);
    expect(checkInMail[0]?.subject).toBe(
      "A one-minute check-in on your mentoring with Mina Mentee is ready",
    );
    expect(checkInMail[0]?.text).toContain(
      `http://mutual.test/relationships/${pair.id}?tab=check-ins`,
    );
  });

  it("creates the week-4 check-in for both, once, and nothing more until week 12", async () => {
    await createDueCheckIns(t.services, at(27, 23));
    expect((await myCheckIns(world.mentee)).map((c) => c.kind)).toEqual(["fit"]);
    await createDueCheckIns(t.services, at(28));
    await createDueCheckIns(t.services, at(28, 5));
    const regular = await t.db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.relationshipId, pair.id), eq(checkIns.kind, "regular")));
    expect(regular).toHaveLength(2);
    expect(regular.every((r) => r.dueAt.getTime() === at(28).getTime())).toBe(true);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, world.mentee.id),
          eq(notifications.kind, "check-in.regular"),
        ),
      );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe(
      "A two-minute check-in on your mentoring with Theo Mentor is ready",
    );
  });

  it("leaves relationships that have ended alone", async () => {
    const other = await member(t, world.organizationId, { name: "Nia Neverasked" });
    const otherMentor = await member(t, world.organizationId, { name: "Otto Ended" });
    const ended = await activePair(
      t,
      world,
      { mentee: other, mentor: otherMentor },
      { startedAt: start },
    );
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: at(20) })
      .where(eq(relationships.id, ended.id));
    await createDueCheckIns(t.services, at(29));
    expect(await t.db.select().from(checkIns).where(eq(checkIns.relationshipId, ended.id))).toEqual(
      [],
    );
  });
});

describe("answering a check-in", () => {
  it("lists my open check-ins, here and across my relationships", async () => {
    const mine = await myCheckIns(world.mentee);
    expect(mine.map((c) => [c.kind, c.state, c.answers]).sort()).toEqual([
      ["fit", "open", null],
      ["regular", "open", null],
    ]);
    const due = await world.mentee.client.get("/api/me/check-ins");
    expect(due.status).toBe(200);
    const list = (
      due.body as { checkIns: { id: string; relationship: { id: string; with: string[] } }[] }
    ).checkIns;
    expect(list).toHaveLength(2);
    expect(list.every((c) => c.relationship.id === pair.id)).toBe(true);
    expect(list[0]?.relationship.with).toEqual(["Theo Mentor"]);
  });

  it("takes a fit 'no' once, flags the relationship at risk and offers a rematch", async () => {
    const fit = await checkInOf(world.mentee.id, "fit");
    const answered = await world.mentee.client.post(`/api/check-ins/${fit.id}/answer`, {
      goodFit: false,
      comment: FIT_COMMENT,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const body = answered.body as { checkIn: MyCheckIn; offerRematch: boolean };
    expect(body.offerRematch).toBe(true);
    expect(body.checkIn.state).toBe("answered");
    expect(body.checkIn.answers).toEqual({
      goodFit: false,
      satisfaction: null,
      usefulness: null,
      expectations: null,
      comment: FIT_COMMENT,
    });
    expect((await checkInOf(world.mentee.id, "fit")).atRisk).toBe(true);

    const again = await world.mentee.client.post(`/api/check-ins/${fit.id}/answer`, {
      goodFit: true,
    });
    expect(again.status).toBe(409);
    expect((await checkInOf(world.mentee.id, "fit")).goodFit).toBe(false);
  });

  it("a fit 'yes' is not at risk and offers nothing", async () => {
    const fit = await checkInOf(world.mentor.id, "fit");
    const answered = await world.mentor.client.post(`/api/check-ins/${fit.id}/answer`, {
      goodFit: true,
    });
    expect(answered.status).toBe(200);
    expect((answered.body as { offerRematch: boolean }).offerRematch).toBe(false);
    expect((await checkInOf(world.mentor.id, "fit")).atRisk).toBe(false);
  });

  it("asks for what each kind needs, in words a person understands", async () => {
    const regular = await checkInOf(world.mentee.id, "regular");
    const missing = await world.mentee.client.post(`/api/check-ins/${regular.id}/answer`, {
      satisfaction: 4,
    });
    expect(missing.status).toBe(422);
    expect(
      Object.keys(
        (missing.body as { error: { details: { fields: object } } }).error.details.fields,
      ).sort(),
    ).toEqual(["expectations", "usefulness"]);
    const outOfRange = await world.mentee.client.post(`/api/check-ins/${regular.id}/answer`, {
      satisfaction: 6,
      usefulness: 3,
      expectations: 3,
    });
    expect(outOfRange.status).toBe(422);
    const tooLong = await world.mentee.client.post(`/api/check-ins/${regular.id}/answer`, {
      satisfaction: 4,
      usefulness: 3,
      expectations: 3,
      comment: "x".repeat(1001),
    });
    expect(tooLong.status).toBe(422);
    expect((await checkInOf(world.mentee.id, "regular")).answeredAt).toBeNull();
  });

  it("flags a regular check-in with any score of 2 or less as at risk", async () => {
    const regular = await checkInOf(world.mentee.id, "regular");
    const answered = await world.mentee.client.post(`/api/check-ins/${regular.id}/answer`, {
      satisfaction: 4,
      usefulness: 4,
      expectations: 2,
      comment: REGULAR_COMMENT,
    });
    expect(answered.status).toBe(200);
    expect((answered.body as { offerRematch: boolean }).offerRematch).toBe(false);
    const row = await checkInOf(world.mentee.id, "regular");
    expect([row.satisfaction, row.usefulness, row.expectations, row.atRisk]).toEqual([
      4,
      4,
      2,
      true,
    ]);

    const mentorRegular = await checkInOf(world.mentor.id, "regular");
    const fine = await world.mentor.client.post(`/api/check-ins/${mentorRegular.id}/answer`, {
      satisfaction: 3,
      usefulness: 3,
      expectations: 3,
    });
    expect(fine.status).toBe(200);
    expect((await checkInOf(world.mentor.id, "regular")).atRisk).toBe(false);
  });

  it("shows me my answers afterwards and takes answered ones off my list", async () => {
    const mine = await myCheckIns(world.mentee);
    expect(mine.every((c) => c.state === "answered")).toBe(true);
    expect(mine.map((c) => c.answers?.comment).sort()).toEqual(
      [FIT_COMMENT, REGULAR_COMMENT].sort(),
    );
    const due = await world.mentee.client.get("/api/me/check-ins");
    expect((due.body as { checkIns: unknown[] }).checkIns).toEqual([]);
  });

  it("doesn't take answers once a check-in has closed, or in a closed relationship", async () => {
    const [late] = await t.db
      .insert(checkIns)
      .values({
        relationshipId: pair.id,
        organizationId: world.organizationId,
        personId: world.mentor.id,
        kind: "regular",
        dueAt: new Date(Date.now() - 20 * DAY),
      })
      .returning();
    if (!late) throw new Error("no check-in");
    const closed = await world.mentor.client.post(`/api/check-ins/${late.id}/answer`, {
      satisfaction: 3,
      usefulness: 3,
      expectations: 3,
    });
    expect(closed.status).toBe(409);
    expect((closed.body as { error: { code: string } }).error.code).toBe("check_in_closed");
    expect((await myCheckIns(world.mentor)).find((c) => c.id === late.id)?.state).toBe("missed");

    const other = await member(t, world.organizationId, { name: "Cleo Closed" });
    const otherMentor = await member(t, world.organizationId, { name: "Carl Closed" });
    const ended = await activePair(
      t,
      world,
      { mentee: other, mentor: otherMentor },
      { startedAt: start },
    );
    const [open] = await t.db
      .insert(checkIns)
      .values({
        relationshipId: ended.id,
        organizationId: world.organizationId,
        personId: other.id,
        kind: "regular",
        dueAt: new Date(Date.now() - DAY),
      })
      .returning();
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, ended.id));
    const refused = await other.client.post(`/api/check-ins/${open?.id}/answer`, {
      satisfaction: 3,
      usefulness: 3,
      expectations: 3,
    });
    expect(refused.status).toBe(409);
    expect((await other.client.get("/api/me/check-ins")).body).toEqual({ checkIns: [] });
  });
});

describe("the firewall around check-ins", () => {
  it("never shows one member's answers or comment to the other member", async () => {
    const mentorView = await world.mentor.client.get(`/api/relationships/${pair.id}/check-ins`);
    expect(mentorView.status).toBe(200);
    const text = JSON.stringify(mentorView.body);
    expect(text).not.toContain("MARKER");
    const ids = (mentorView.body as { checkIns: { id: string }[] }).checkIns.map((c) => c.id);
    const menteeFit = await checkInOf(world.mentee.id, "fit");
    expect(ids).not.toContain(menteeFit.id);
    expect(JSON.stringify((await world.mentor.client.get("/api/me/check-ins")).body)).not.toContain(
      "MARKER",
    );
  });

  it("lets nobody but its person answer a check-in (404, nothing written)", async () => {
    const [fresh] = await t.db
      .insert(checkIns)
      .values({
        relationshipId: pair.id,
        organizationId: world.organizationId,
        personId: world.mentee.id,
        kind: "regular",
        dueAt: new Date(Date.now() - HOUR),
      })
      .returning();
    if (!fresh) throw new Error("no check-in");
    const outsiders = [
      world.mentor,
      world.programManager,
      world.admin,
      world.lineManager,
      world.skipManager,
      world.bystander,
    ];
    for (const who of outsiders) {
      const response = await who.client.post(`/api/check-ins/${fresh.id}/answer`, {
        satisfaction: 1,
        usefulness: 1,
        expectations: 1,
        comment: "written by someone else",
      });
      expect(response.status, who.name).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain("MARKER");
    }
    const row = await t.db.select().from(checkIns).where(eq(checkIns.id, fresh.id));
    expect(row[0]?.answeredAt).toBeNull();
    expect(row[0]?.comment).toBeNull();
  });

  it("keeps a relationship's check-ins from everyone outside it (404)", async () => {
    for (const who of [
      world.programManager,
      world.admin,
      world.lineManager,
      world.skipManager,
      world.bystander,
    ]) {
      const response = await who.client.get(`/api/relationships/${pair.id}/check-ins`);
      expect(response.status, who.name).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain("MARKER");
      expect(JSON.stringify((await who.client.get("/api/me/check-ins")).body)).not.toContain(
        "MARKER",
      );
    }
    const otherOrganization = await createOrganization(t.db);
    const stranger = await member(t, otherOrganization.id, { role: "admin" });
    expect((await stranger.client.get(`/api/relationships/${pair.id}/check-ins`)).status).toBe(404);
    const fit = await checkInOf(world.mentee.id, "fit");
    expect(
      (await stranger.client.post(`/api/check-ins/${fit.id}/answer`, { goodFit: true })).status,
    ).toBe(404);
  });

  it("puts no answer or comment into any email or notification", async () => {
    const allMail = await t.db.select().from(emails);
    const allNotices = await t.db.select().from(notifications);
    expect(JSON.stringify(allMail)).not.toContain("MARKER");
    expect(JSON.stringify(allNotices)).not.toContain("MARKER");
  });
});

describe("the daily inactivity job", () => {
  let quiet: Awaited<ReturnType<typeof activePair>>;
  let quietStart: Date;
  const day = (n: number) => new Date(quietStart.getTime() + n * DAY);
  const stored = async () => {
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, quiet.id));
    return { nudgedAt: row?.nudgedAt ?? null, stalledAt: row?.stalledAt ?? null };
  };
  let mentee: Member;
  let mentor: Member;

  beforeAll(async () => {
    mentee = await member(t, world.organizationId, { name: "Quinn Quiet" });
    mentor = await member(t, world.organizationId, { name: "Rory Resting" });
    quietStart = new Date("2027-02-01T09:00:00.000Z");
    // Agreed on the start day, meeting every 3 weeks (agreeDirectly): a nudge after 3 + 2 weeks.
    quiet = await activePair(t, world, { mentee, mentor }, { agreed: true, startedAt: quietStart });
  });

  it("leaves a relationship alone within its cadence and grace", async () => {
    await watchInactivity(t.services, day(34));
    expect(await stored()).toEqual({ nudgedAt: null, stalledAt: null });
  });

  it("nudges both gently once, with a link to plan a session and no content", async () => {
    await watchInactivity(t.services, day(35));
    expect(await stored()).toEqual({ nudgedAt: day(35), stalledAt: null });
    await watchInactivity(t.services, day(36));
    expect((await stored()).nudgedAt).toEqual(day(35));
    for (const [who, other] of [
      [mentee, "Rory Resting"],
      [mentor, "Quinn Quiet"],
    ] as const) {
      const notices = await t.db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.personId, who.id), eq(notifications.kind, "relationship.nudge")),
        );
      expect(notices).toHaveLength(1);
      expect(notices[0]?.title).toBe(`Time to plan your next session with ${other}?`);
      expect(notices[0]?.link).toBe(`/relationships/${quiet.id}?tab=sessions`);
      const mail = await t.db.select().from(emails).where(eq(emails.to, who.email));
      expect(mail.filter((m) => m.subject.startsWith("Time to plan"))).toHaveLength(1);
    }
  });

  it("marks it stalled two weeks after the nudge, then clears both once a session is planned", async () => {
    await watchInactivity(t.services, day(48));
    expect((await stored()).stalledAt).toBeNull();
    await watchInactivity(t.services, day(49));
    expect(await stored()).toEqual({ nudgedAt: day(35), stalledAt: day(49) });
    await watchInactivity(t.services, day(50));
    expect((await stored()).stalledAt).toEqual(day(49));

    await insertSession(t, quiet, day(55));
    await watchInactivity(t.services, day(51));
    expect(await stored()).toEqual({ nudgedAt: null, stalledAt: null });
  });

  it("starts counting again from the session that took place", async () => {
    // The session on day 55 happened; 3 weeks + 2 weeks later, a new nudge.
    await watchInactivity(t.services, day(55 + 34));
    expect((await stored()).nudgedAt).toBeNull();
    await watchInactivity(t.services, day(55 + 35));
    expect((await stored()).nudgedAt).toEqual(day(90));
  });
});
