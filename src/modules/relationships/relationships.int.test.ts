import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, type Relationship, relationships } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { choiceProgram, type Member, member } from "../mentor-requests/test-support.ts";

const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let organizationId: string;
let program: Awaited<ReturnType<typeof choiceProgram>>;
let manager: Member;
let admin: Member;
let mentee: Member;
let mentor: Member;
let bystander: Member;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  manager = await member(t, organizationId, { name: "Mo Manager" });
  admin = await member(t, organizationId, { name: "Ada Admin", role: "admin" });
  mentee = await member(t, organizationId, { name: "Mina Mentee" });
  mentor = await member(t, organizationId, { name: "Theo Mentor" });
  bystander = await member(t, organizationId, { name: "Bea Bystander" });
  program = await choiceProgram(t, organizationId, { mode: "hybrid", managerIds: [manager.id] });
});
afterAll(() => t.close());

async function pair(
  values: Partial<typeof relationships.$inferInsert> & { menteeId?: string } = {},
): Promise<Relationship> {
  const [row] = await t.db
    .insert(relationships)
    .values({
      organizationId,
      programId: program.id,
      menteeId: mentee.id,
      mentorId: mentor.id,
      status: "proposed",
      source: "hybrid",
      reasons: ["You both want to grow in facilitation."],
      ...values,
    })
    .returning();
  if (!row) throw new Error("no relationship");
  return row;
}
const mine = async (m: Member) =>
  (await m.client.get("/api/me/relationships")).body.relationships as {
    id: string;
    status: string;
    canConfirm: boolean;
    canDecline: boolean;
    canAskForRematch: boolean;
    declinedByMe: boolean;
    myDeclineReason: string | null;
    reasons: string[];
    other: { name: string };
  }[];
const statusOf = async (id: string) =>
  (await t.db.select().from(relationships).where(eq(relationships.id, id)))[0]?.status;

describe("hybrid matches: both people confirm", () => {
  it("starts a proposed match once both have confirmed, and tells both", async () => {
    const r = await pair();
    const seen = (await mine(mentee)).find((x) => x.id === r.id);
    expect(seen).toMatchObject({ status: "proposed", canConfirm: true, canDecline: true });
    expect(seen?.other.name).toBe("Theo Mentor");
    expect(seen?.reasons).toEqual(["You both want to grow in facilitation."]);

    expect((await mentee.client.post(`/api/relationships/${r.id}/confirm`)).status).toBe(204);
    expect(await statusOf(r.id)).toBe("proposed");
    const nudge = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentor.id));
    expect(nudge.map((n) => n.kind)).toContain("match.confirmed-by-other");
    // Confirming twice changes nothing and is fine.
    expect((await mentee.client.post(`/api/relationships/${r.id}/confirm`)).status).toBe(204);

    expect((await mentor.client.post(`/api/relationships/${r.id}/confirm`)).status).toBe(204);
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, r.id));
    expect(row?.status).toBe("active");
    expect(row?.startedAt).not.toBeNull();
    for (const m of [mentee, mentor]) {
      const mail = await t.db.select().from(emails).where(eq(emails.to, m.email));
      expect(mail.map((e) => e.subject)).toContain(
        `You and ${m === mentee ? "Theo Mentor" : "Mina Mentee"} are matched`,
      );
    }
    // Someone else can't confirm, or even see it.
    expect((await bystander.client.post(`/api/relationships/${r.id}/confirm`)).status).toBe(404);
    expect((await bystander.client.get(`/api/relationships/${r.id}`)).status).toBe(404);
    await t.db.update(relationships).set({ status: "ended" }).where(eq(relationships.id, r.id));
  });
});

describe("declining privately", () => {
  const secret = "Between us: I find Mina's team hard to work with.";
  let r: Relationship;

  beforeAll(async () => {
    r = await pair();
    const declined = await mentor.client.post(`/api/relationships/${r.id}/decline`, {
      reason: secret,
    });
    expect(declined.status).toBe(204);
  });

  it("keeps the reason with the person who declined", async () => {
    const theirs = (await mine(mentor)).find((x) => x.id === r.id);
    expect(theirs).toMatchObject({
      status: "declined",
      declinedByMe: true,
      myDeclineReason: secret,
    });
  });

  it("never shows the reason to the other person, a program manager or an administrator", async () => {
    const other = (await mine(mentee)).find((x) => x.id === r.id);
    expect(other).toMatchObject({ status: "declined", declinedByMe: false, myDeclineReason: null });
    for (const m of [mentee, manager, admin]) {
      const one = await m.client.get(`/api/relationships/${r.id}`);
      expect(one.status).toBe(200);
      expect(JSON.stringify(one.body)).not.toContain("hard to work with");
      expect(JSON.stringify((await m.client.get("/api/me/relationships")).body)).not.toContain(
        "hard to work with",
      );
      expect(JSON.stringify((await m.client.get("/api/notifications")).body)).not.toContain(
        "hard to work with",
      );
    }
    // Managers and administrators see that it exists and when, nothing more.
    for (const m of [manager, admin]) {
      const one = (await m.client.get(`/api/relationships/${r.id}`)).body;
      expect(one.relationship).toBeNull();
      expect(one.metadata).toMatchObject({ id: r.id, status: "declined" });
      expect(Object.keys(one.metadata).sort()).toEqual([
        "createdAt",
        "declinedAt",
        "endedAt",
        "id",
        "kind",
        "programId",
        "source",
        "startedAt",
        "status",
      ]);
    }
    const mail = await t.db.select().from(emails).where(eq(emails.to, mentee.email));
    const told = mail.find((e) => e.subject === "Your match with Theo Mentor won't go ahead");
    expect(told?.text).toContain("nobody is at fault");
    expect(mail.some((e) => e.text.includes("hard to work with"))).toBe(false);
  });

  it("lets the mentee be matched again", async () => {
    const again = await pair();
    expect(again.status).toBe("proposed");
    await t.db.update(relationships).set({ status: "ended" }).where(eq(relationships.id, again.id));
  });
});

describe("matches made in bulk", () => {
  it("may be declined in their first two weeks, not after", async () => {
    const fresh = await pair({
      status: "active",
      source: "bulk",
      startedAt: new Date(Date.now() - 3 * DAY),
    });
    expect((await mentee.client.post(`/api/relationships/${fresh.id}/decline`, {})).status).toBe(
      204,
    );
    expect(await statusOf(fresh.id)).toBe("declined");
    const old = await pair({
      status: "active",
      source: "bulk",
      startedAt: new Date(Date.now() - 20 * DAY),
    });
    const late = await mentee.client.post(`/api/relationships/${old.id}/decline`, {});
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain("rematch");
    await t.db.update(relationships).set({ status: "ended" }).where(eq(relationships.id, old.id));
  });
});

describe("rematch", () => {
  it("ends the match without blame and shows managers the category and dates only", async () => {
    const r = await pair({ status: "active", source: "choice", startedAt: new Date() });
    const bad = await mentee.client.post(`/api/relationships/${r.id}/rematch`, {
      category: "blame",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/[a-z] [a-z]/);
    const asked = await mentee.client.post(`/api/relationships/${r.id}/rematch`, {
      category: "schedules",
    });
    expect(asked.status).toBe(201);
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, r.id));
    expect(row?.status).toBe("ended");
    expect(row?.endedAt).not.toBeNull();
    const toMentor = await t.db.select().from(emails).where(eq(emails.to, mentor.email));
    expect(toMentor.map((e) => e.subject)).toContain(
      "Your match with Mina Mentee has come to an end",
    );
    expect(toMentor.some((e) => e.text.includes("schedules"))).toBe(false);

    const list = await manager.client.get(`/api/programs/${program.slug}/rematch-requests`);
    expect(list.status).toBe(200);
    expect(list.body.rematchRequests).toEqual([
      expect.objectContaining({
        status: "open",
        category: "schedules",
        categoryLabel: "Our schedules don't fit",
        requestedBy: "mentee",
        mentee: { id: mentee.id, name: "Mina Mentee" },
      }),
    ]);
    const managerNotices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, manager.id));
    expect(managerNotices.map((n) => n.kind)).toContain("rematch.requested");

    expect(
      (await bystander.client.get(`/api/programs/${program.slug}/rematch-requests`)).status,
    ).toBe(403);
    const id = list.body.rematchRequests[0].id;
    expect((await bystander.client.post(`/api/rematch-requests/${id}/resolve`)).status).toBe(403);
    expect((await manager.client.post(`/api/rematch-requests/${id}/resolve`)).status).toBe(204);
    expect((await manager.client.post(`/api/rematch-requests/${id}/resolve`)).status).toBe(409);
    // Once ended, it can't be rematched again.
    expect(
      (await mentee.client.post(`/api/relationships/${r.id}/rematch`, { category: "other" }))
        .status,
    ).toBe(409);
  });

  it("keeps other organizations out", async () => {
    const r = await pair({ status: "active", source: "choice", startedAt: new Date() });
    const stranger = await member(t, (await createOrganization(t.db)).id, { role: "admin" });
    for (const path of ["confirm", "decline", "rematch"]) {
      const response = await stranger.client.post(`/api/relationships/${r.id}/${path}`, {
        category: "other",
      });
      expect(response.status).toBe(404);
    }
    expect((await stranger.client.get(`/api/relationships/${r.id}`)).status).toBe(404);
    expect(await statusOf(r.id)).toBe("active");
  });
});
