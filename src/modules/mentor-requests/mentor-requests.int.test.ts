import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { mentorRequests, notifications, relationships } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { expireMentorRequestsJob } from "./expire-mentor-requests-job.ts";
import { choiceProgram, enrol, type Member, member } from "./test-support.ts";

const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let organizationId: string;
let program: Awaited<ReturnType<typeof choiceProgram>>;
let boss: Member;
let amira: Member;
let bruno: Member;
let chen: Member;
let dara: Member;
let mia: Member;
let noah: Member;

type Choice = {
  shortlist: { mentor: { id: string; name: string }; reasons: string[] }[];
  requests: { id: string; mentor: { id: string }; status: string; declineReason: string | null }[];
  blocker: string | null;
};

const choice = async (m: Member) =>
  (await m.client.get(`/api/programs/${program.slug}/choice`)).body as Choice;
const requestOf = async (menteeId: string, mentorId: string) => {
  const [row] = await t.db
    .select()
    .from(mentorRequests)
    .where(and(eq(mentorRequests.menteeId, menteeId), eq(mentorRequests.mentorId, mentorId)));
  if (!row) throw new Error("no such request");
  return row;
};
const noticesOf = (personId: string) =>
  t.db.select().from(notifications).where(eq(notifications.personId, personId));
const mailTo = (address: string) => t.db.select().from(emails).where(eq(emails.to, address));

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  program = await choiceProgram(t, organizationId);
  boss = await member(t, organizationId, { name: "Boss Bianchi", department: "Sales" });
  amira = await member(t, organizationId, { name: "Amira Mentor", department: "Design" });
  bruno = await member(t, organizationId, { name: "Bruno Mentor", department: "Finance" });
  chen = await member(t, organizationId, { name: "Chen Mentor", department: "Legal" });
  dara = await member(t, organizationId, { name: "Dara Mentor", department: "Support" });
  mia = await member(t, organizationId, {
    name: "Mia Mentee",
    department: "Sales",
    managerId: boss.id,
  });
  noah = await member(t, organizationId, { name: "Noah Mentee", department: "Sales" });
  for (const mentor of [boss, amira, bruno, chen, dara]) {
    await enrol(t, program, mentor, { mentor: 2 });
  }
  for (const mentee of [mia, noah]) await enrol(t, program, mentee, { mentee: true });
});
afterAll(() => t.close());

describe("mentee choice", () => {
  it("shows a mentee a shortlist with reasons, never their own reporting chain", async () => {
    const page = await choice(mia);
    expect(page.blocker).toBeNull();
    const ids = page.shortlist.map((s) => s.mentor.id);
    expect(ids).toHaveLength(4);
    expect(ids).not.toContain(boss.id);
    expect(ids).toEqual(expect.arrayContaining([amira.id, bruno.id, chen.id, dara.id]));
    expect(page.shortlist[0]?.reasons.length).toBeGreaterThan(0);
    // Noah has no manager in the program: the boss may mentor him.
    expect((await choice(noah)).shortlist.map((s) => s.mentor.id)).toContain(boss.id);
  });

  it("sends the first of ranked choices to its mentor, who is told by email and in the app", async () => {
    const response = await mia.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [amira.id, bruno.id],
      message: "I'd love to learn how you run workshops.",
    });
    expect(response.status).toBe(201);
    expect(response.body.blocker).toBe("waiting");
    const first = await requestOf(mia.id, amira.id);
    expect(first.sentAt).not.toBeNull();
    expect(first.respondBy?.getTime()).toBeGreaterThan(Date.now() + 4 * DAY);
    expect((await requestOf(mia.id, bruno.id)).sentAt).toBeNull();
    expect((await mailTo(amira.email))[0]?.subject).toBe(
      "Mia Mentee would like you as their mentor",
    );
    expect((await noticesOf(amira.id)).map((n) => n.kind)).toContain("mentor-request.received");
    // Bruno sees nothing until it is his turn.
    expect((await bruno.client.get("/api/me/mentor-requests")).body.incoming).toEqual([]);
    const incoming = (await amira.client.get("/api/me/mentor-requests")).body.incoming;
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({
      status: "pending",
      message: expect.stringContaining("workshops"),
    });
  });

  it("refuses a second set of choices while one is waiting, and mentors off the shortlist", async () => {
    const again = await mia.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [chen.id],
    });
    expect(again.status).toBe(409);
    const boss_ = await mia.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [boss.id],
    });
    expect([400, 409]).toContain(boss_.status);
  });

  it("moves to the next choice when the mentor declines, and shows the mentee their kind words", async () => {
    const request = await requestOf(mia.id, amira.id);
    // Only the mentor answers: the mentee (and anyone else) gets a 404.
    expect((await mia.client.post(`/api/mentor-requests/${request.id}/accept`)).status).toBe(404);
    const declined = await amira.client.post(`/api/mentor-requests/${request.id}/decline`, {
      reason: "My diary is full this quarter, sorry!",
    });
    expect(declined.status).toBe(204);
    expect((await requestOf(mia.id, bruno.id)).sentAt).not.toBeNull();
    const page = await choice(mia);
    expect(page.requests.find((r) => r.mentor.id === amira.id)).toMatchObject({
      status: "declined",
      declineReason: "My diary is full this quarter, sorry!",
    });
    const told = (await noticesOf(mia.id)).find((n) => n.kind === "mentor-request.declined");
    expect(told?.body).toContain("My diary is full");
    expect(told?.body).toContain("Bruno Mentor");
    // Answering twice is a clear conflict, not a crash.
    expect((await amira.client.post(`/api/mentor-requests/${request.id}/accept`)).status).toBe(409);
  });

  it("moves on when the mentor doesn't answer in time (the job, with a controlled clock)", async () => {
    await t.jobs.runAll(t.services);
    const later = new Date(Date.now() + 6 * DAY).toISOString();
    await expireMentorRequestsJob.handle(t.services, { now: later }, { final: true });
    expect((await requestOf(mia.id, bruno.id)).status).toBe("expired");
    expect((await noticesOf(bruno.id)).map((n) => n.kind)).toContain(
      "mentor-request.expired-mentor",
    );
    const page = await choice(mia);
    // Nobody is left in her ranking: she can choose again, and won't see those two again.
    expect(page.blocker).toBeNull();
    expect(page.shortlist.map((s) => s.mentor.id)).toEqual(
      expect.not.arrayContaining([amira.id, bruno.id]),
    );
    expect(t.jobs.queued.some((q) => q.job.name === "send-email")).toBe(true);
  });

  it("starts a relationship when the mentor accepts, and withdraws the mentee's other choices", async () => {
    const sent = await mia.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [chen.id, dara.id],
    });
    expect(sent.status).toBe(201);
    const request = await requestOf(mia.id, chen.id);
    const accepted = await chen.client.post(`/api/mentor-requests/${request.id}/accept`);
    expect(accepted.status).toBe(200);
    const [relationship] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, accepted.body.relationshipId));
    expect(relationship).toMatchObject({
      menteeId: mia.id,
      mentorId: chen.id,
      status: "active",
      source: "choice",
    });
    expect(relationship?.startedAt).not.toBeNull();
    expect((await requestOf(mia.id, dara.id)).status).toBe("withdrawn");
    expect((await choice(mia)).blocker).toBe("matched");
    expect((await mailTo(mia.email)).map((m) => m.subject)).toContain(
      "Chen Mentor will be your mentor",
    );
  });
});

describe("capacity", () => {
  it("lets only one of two acceptances take a mentor's last place", async () => {
    const org = (await createOrganization(t.db)).id;
    const p = await choiceProgram(t, org);
    const star = await member(t, org, { name: "Star Mentor", department: "R&D" });
    const one = await member(t, org, { department: "Ops" });
    const two = await member(t, org, { department: "Ops" });
    await enrol(t, p, star, { mentor: 1 });
    for (const m of [one, two]) await enrol(t, p, m, { mentee: true });
    for (const m of [one, two]) {
      const r = await m.client.post(`/api/programs/${p.slug}/mentor-requests`, {
        mentorIds: [star.id],
      });
      expect(r.status).toBe(201);
    }
    const ids = [(await requestOf(one.id, star.id)).id, (await requestOf(two.id, star.id)).id];
    const answers = await Promise.all(
      ids.map((id) => star.client.post(`/api/mentor-requests/${id}/accept`)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const open = await t.db.select().from(relationships).where(eq(relationships.mentorId, star.id));
    expect(open).toHaveLength(1);
    // The other mentee's request moved on at once, and they were told the places filled up.
    const loser = open[0]?.menteeId === one.id ? two : one;
    expect((await requestOf(loser.id, star.id)).status).toBe("expired");
    expect((await noticesOf(loser.id)).map((n) => n.kind)).toContain("mentor-request.full");
  });
});

describe("who may choose", () => {
  it("asks people who didn't enrol as mentees to enrol first, and hides other organizations", async () => {
    const page = await choice(amira);
    expect(page.blocker).toBe("not_mentee");
    const asMentor = await amira.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [bruno.id],
    });
    expect(asMentor.status).toBe(403);
    const otherOrg = (await createOrganization(t.db)).id;
    const stranger = await member(t, otherOrg);
    expect((await stranger.client.get(`/api/programs/${program.slug}/choice`)).status).toBe(404);
    const request = await requestOf(mia.id, chen.id);
    expect(
      (await stranger.client.post(`/api/mentor-requests/${request.id}/decline`, {})).status,
    ).toBe(404);
  });

  it("lists the programs where I could choose a mentor now", async () => {
    const slugs = async (m: Member) =>
      (await m.client.get("/api/me/mentor-requests")).body.canChooseIn.map(
        (p: { slug: string }) => p.slug,
      );
    expect(await slugs(noah)).toContain(program.slug);
    // Mia has a mentor there now; Amira enrolled as a mentor only.
    expect(await slugs(mia)).not.toContain(program.slug);
    expect(await slugs(amira)).not.toContain(program.slug);
  });

  it("explains when a program matches people for them", async () => {
    const bulk = await choiceProgram(t, organizationId, { mode: "bulk" });
    const page = (await noah.client.get(`/api/programs/${bulk.slug}/choice`)).body;
    expect(page.blocker).toBe("not_choice");
    expect(page.shortlist).toEqual([]);
  });
});
