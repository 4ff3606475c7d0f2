import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Relationship, relationships } from "../../db/schema-programs.ts";
import {
  agendaItems,
  commitments,
  type MentoringSession,
  relationshipMembers,
  sessionPersonalNotes,
  sessionSharedNotes,
} from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

// Private strings: each must reach only the people it belongs to.
const MENTEE_COMMITMENT = "Ask Jo for honest feedback on the roadmap deck";
const MENTOR_COMMITMENT = "Send Mina the article on stakeholder maps";
const DROPPED_COMMITMENT = "Rewrite the whole team charter by Friday";
const DROP_REASON = "Too big for now; the team isn't ready";
const AGENDA_ITEM = "The awkward one-to-one with my new lead";
const SHARED_NOTE = "We talked about saying no without guilt.";
const MENTEE_PRIVATE = "Mina private: I felt small when my lead interrupted me";
const MENTOR_PRIVATE = "Theo private: remember Mina is wary of big promises";
const SECRETS = [
  MENTEE_COMMITMENT,
  MENTOR_COMMITMENT,
  DROPPED_COMMITMENT,
  DROP_REASON,
  AGENDA_ITEM,
  SHARED_NOTE,
  MENTEE_PRIVATE,
  MENTOR_PRIVATE,
];

type CommitmentBody = {
  id: string;
  text: string;
  owner: { id: string; name: string };
  status: string;
  dropReason: string | null;
  closedAt: string | null;
  overdue: boolean;
  canChange: boolean;
  madeInSessionAt: string;
};
type Room = {
  session: { id: string; status: string; number: number | null };
  canWrite: boolean;
  agenda: {
    review: {
      title: string;
      prompt: string;
      commitments: CommitmentBody[];
      closedSinceLastTime: CommitmentBody[];
    };
    sections: {
      section: string;
      title: string;
      prompt: string;
      items: {
        id: string;
        text: string;
        addedBy: { name: string };
        done: boolean;
        canEdit: boolean;
      }[];
    }[];
  };
  sharedNote: { body: string; version: number; updatedBy: { name: string } | null };
  myNote: { body: string };
  commitments: CommitmentBody[];
  previousSessionId: string | null;
  nextSessionId: string | null;
};

let t: TestApp;
let world: RelationshipWorld;
let pair: Relationship;
let s1: MentoringSession;
let s2: MentoringSession;
let cancelled: MentoringSession;
let s3: MentoringSession;
let s4: MentoringSession;
let menteeCommitmentId: string;
let mentorCommitmentId: string;
let droppedCommitmentId: string;
let agendaItemId: string;

const room = async (who: Member, session: { id: string }) => {
  const response = await who.client.get(`/api/sessions/${session.id}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Room;
};
const reviewed = async (who: Member, session: { id: string }) =>
  (await room(who, session)).agenda.review.commitments.map((c) => c.text);
const put = (who: Member, url: string, body: unknown) => who.client.request("PUT", url, body);

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  pair = await activePair(
    t,
    world,
    { mentee: world.mentee, mentor: world.mentor },
    { agreed: true },
  );
  const now = Date.now();
  s1 = await insertSession(t, pair, new Date(now - 42 * DAY));
  s2 = await insertSession(t, pair, new Date(now - 21 * DAY));
  cancelled = await insertSession(t, pair, new Date(now - 10 * DAY), {
    status: "cancelled",
    cancelledAt: new Date(now - 12 * DAY),
  });
  s3 = await insertSession(t, pair, new Date(now - HOUR));
  s4 = await insertSession(t, pair, new Date(now + 21 * DAY), { status: "proposed" });
});
afterAll(() => t.close());

describe("commitments carried forward", () => {
  it("makes commitments in a session: mine by default, or for the other member", async () => {
    const mine = await world.mentee.client.post(`/api/sessions/${s1.id}/commitments`, {
      text: MENTEE_COMMITMENT,
      dueOn: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body.commitment).toMatchObject({
      text: MENTEE_COMMITMENT,
      owner: { id: world.mentee.id, name: "Mina Mentee" },
      status: "open",
      closedAt: null,
      canChange: true,
      overdue: true,
    });
    menteeCommitmentId = mine.body.commitment.id;
    // The mentee writes down what the mentor said they'd do: it's the mentor's.
    const theirs = await world.mentee.client.post(`/api/sessions/${s1.id}/commitments`, {
      ownerId: world.mentor.id,
      text: MENTOR_COMMITMENT,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.commitment).toMatchObject({
      owner: { id: world.mentor.id, name: "Theo Mentor" },
      createdBy: { id: world.mentee.id },
      canChange: false,
      dueOn: null,
    });
    mentorCommitmentId = theirs.body.commitment.id;
    const dropped = await world.mentee.client.post(`/api/sessions/${s2.id}/commitments`, {
      text: DROPPED_COMMITMENT,
    });
    expect(dropped.status).toBe(201);
    droppedCommitmentId = dropped.body.commitment.id;
  });

  it("refuses an owner from outside the relationship, and a cancelled session", async () => {
    const outsider = await world.mentee.client.post(`/api/sessions/${s1.id}/commitments`, {
      ownerId: world.bystander.id,
      text: "Someone else's job",
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toMatch(/someone in this relationship/);
    const onCancelled = await world.mentee.client.post(
      `/api/sessions/${cancelled.id}/commitments`,
      { text: "Never mind" },
    );
    expect(onCancelled.status).toBe(409);
    const empty = await world.mentee.client.post(`/api/sessions/${s1.id}/commitments`, {
      text: "   ",
    });
    expect(empty.status).toBe(422);
  });

  it("lists the commitments made in a session in its room, not in its own review list", async () => {
    const first = await room(world.mentee, s1);
    expect(first.commitments.map((c) => c.text)).toEqual([MENTEE_COMMITMENT, MENTOR_COMMITMENT]);
    expect(first.agenda.review.commitments).toEqual([]);
    expect(first.session.number).toBe(1);
  });

  it("puts the first session's commitments on the second session's review list", async () => {
    const second = await room(world.mentor, s2);
    expect(second.agenda.review.commitments.map((c) => c.text)).toEqual([
      MENTEE_COMMITMENT,
      MENTOR_COMMITMENT,
    ]);
    // Each sees who owns what; only the owner may change it.
    const byText = new Map(second.agenda.review.commitments.map((c) => [c.text, c]));
    expect(byText.get(MENTEE_COMMITMENT)).toMatchObject({
      owner: { name: "Mina Mentee" },
      canChange: false,
      madeInSessionAt: s1.startsAt.toISOString(),
    });
    expect(byText.get(MENTOR_COMMITMENT)?.canChange).toBe(true);
    expect(second.commitments.map((c) => c.text)).toEqual([DROPPED_COMMITMENT]);
  });

  it("keeps carrying open commitments to every later session, past a cancelled one", async () => {
    expect(await reviewed(world.mentee, s3)).toEqual([
      MENTEE_COMMITMENT,
      MENTOR_COMMITMENT,
      DROPPED_COMMITMENT,
    ]);
    expect(await reviewed(world.mentee, s4)).toEqual([
      MENTEE_COMMITMENT,
      MENTOR_COMMITMENT,
      DROPPED_COMMITMENT,
    ]);
    expect(await reviewed(world.mentee, cancelled)).toEqual([]);
  });

  it("links sessions to their neighbours, leaving the cancelled one out", async () => {
    const second = await room(world.mentee, s2);
    expect(second.previousSessionId).toBe(s1.id);
    expect(second.nextSessionId).toBe(s3.id);
    const third = await room(world.mentee, s3);
    expect(third.previousSessionId).toBe(s2.id);
    expect(third.nextSessionId).toBe(s4.id);
    expect(third.session.number).toBe(3);
    expect((await room(world.mentee, s4)).nextSessionId).toBeNull();
  });

  it("lets only the owner change a commitment", async () => {
    const byOther = await world.mentor.client.patch(`/api/commitments/${menteeCommitmentId}`, {
      status: "done",
    });
    expect(byOther.status).toBe(403);
    expect(byOther.body.error.message).toMatch(/Only the person who made this commitment/);
    const reword = await world.mentor.client.patch(`/api/commitments/${menteeCommitmentId}`, {
      text: "Something else",
    });
    expect(reword.status).toBe(403);
    const [row] = await t.db
      .select()
      .from(commitments)
      .where(eq(commitments.id, menteeCommitmentId));
    expect(row).toMatchObject({ status: "open", text: MENTEE_COMMITMENT, closedAt: null });
  });

  it("takes a done commitment off later sessions, and keeps it on the ones that reviewed it", async () => {
    const done = await world.mentee.client.patch(`/api/commitments/${menteeCommitmentId}`, {
      status: "done",
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.commitment).toMatchObject({ status: "done", overdue: false });
    expect(done.body.commitment.closedAt).not.toBeNull();
    // s2 and s3 had started before it was done: their lists stay as they were.
    const second = await room(world.mentee, s2);
    expect(second.agenda.review.commitments.map((c) => [c.text, c.status])).toEqual([
      [MENTEE_COMMITMENT, "done"],
      [MENTOR_COMMITMENT, "open"],
    ]);
    expect(await reviewed(world.mentee, s3)).toContain(MENTEE_COMMITMENT);
    // The next session no longer carries it; it shows there once, as done since last time.
    expect(await reviewed(world.mentee, s4)).toEqual([MENTOR_COMMITMENT, DROPPED_COMMITMENT]);
    const next = await room(world.mentee, s4);
    expect(next.agenda.review.closedSinceLastTime.map((c) => [c.text, c.status])).toEqual([
      [MENTEE_COMMITMENT, "done"],
    ]);
    expect((await room(world.mentee, s3)).agenda.review.closedSinceLastTime).toEqual([]);
  });

  it("brings a reopened commitment back, and closes it again", async () => {
    const reopened = await world.mentee.client.patch(`/api/commitments/${menteeCommitmentId}`, {
      status: "open",
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.commitment.closedAt).toBeNull();
    expect(await reviewed(world.mentee, s4)).toContain(MENTEE_COMMITMENT);
    const again = await world.mentee.client.patch(`/api/commitments/${menteeCommitmentId}`, {
      status: "done",
    });
    expect(again.status).toBe(200);
    expect(await reviewed(world.mentee, s4)).not.toContain(MENTEE_COMMITMENT);
  });

  it("asks for a word on why before dropping a commitment", async () => {
    for (const body of [
      { status: "dropped" },
      { status: "dropped", dropReason: "" },
      { status: "dropped", dropReason: "    " },
      { status: "dropped", dropReason: null },
    ]) {
      const response = await world.mentee.client.patch(
        `/api/commitments/${droppedCommitmentId}`,
        body,
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("drop_reason_required");
      expect(response.body.error.message).toMatch(/why you're letting this go/);
    }
    const [still] = await t.db
      .select()
      .from(commitments)
      .where(eq(commitments.id, droppedCommitmentId));
    expect(still?.status).toBe("open");
    const dropped = await world.mentee.client.patch(`/api/commitments/${droppedCommitmentId}`, {
      status: "dropped",
      dropReason: DROP_REASON,
    });
    expect(dropped.status).toBe(200);
    expect(dropped.body.commitment).toMatchObject({ status: "dropped", dropReason: DROP_REASON });
    expect(await reviewed(world.mentee, s4)).toEqual([MENTOR_COMMITMENT]);
    // Rewording a dropped commitment keeps its reason.
    const reworded = await world.mentee.client.patch(`/api/commitments/${droppedCommitmentId}`, {
      text: DROPPED_COMMITMENT,
    });
    expect(reworded.body.commitment.dropReason).toBe(DROP_REASON);
  });

  it("lists a relationship's commitments grouped open, done and dropped, for both members", async () => {
    for (const who of [world.mentee, world.mentor]) {
      const response = await who.client.get(`/api/relationships/${pair.id}/commitments`);
      expect(response.status).toBe(200);
      const texts = (list: CommitmentBody[]) => list.map((c) => c.text);
      expect(texts(response.body.open)).toEqual([MENTOR_COMMITMENT]);
      expect(texts(response.body.done)).toEqual([MENTEE_COMMITMENT]);
      expect(texts(response.body.dropped)).toEqual([DROPPED_COMMITMENT]);
      expect(response.body.open[0].madeInSessionAt).toBe(s1.startsAt.toISOString());
      expect(response.body.dropped[0].dropReason).toBe(DROP_REASON);
    }
  });
});

describe("the agenda", () => {
  it("frames every session with the review and reflect, select, act prompts", async () => {
    const r = await room(world.mentee, s3);
    expect(r.agenda.review.prompt.length).toBeGreaterThan(20);
    expect(r.agenda.sections.map((s) => s.section)).toEqual(["reflect", "select", "act", "other"]);
    for (const section of r.agenda.sections) expect(section.prompt).toMatch(/\?|\./);
  });

  it("adds people's own items to a section, with who added them", async () => {
    const added = await world.mentee.client.post(`/api/sessions/${s3.id}/agenda-items`, {
      section: "reflect",
      text: AGENDA_ITEM,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    agendaItemId = added.body.agendaItem.id;
    const second = await world.mentor.client.post(`/api/sessions/${s3.id}/agenda-items`, {
      section: "reflect",
      text: "How the offsite went",
    });
    expect(second.status).toBe(201);
    const r = await room(world.mentor, s3);
    const reflect = r.agenda.sections.find((s) => s.section === "reflect");
    expect(reflect?.items.map((i) => [i.text, i.addedBy.name, i.canEdit])).toEqual([
      [AGENDA_ITEM, "Mina Mentee", false],
      ["How the offsite went", "Theo Mentor", true],
    ]);
    expect(
      (
        await world.mentee.client.post(`/api/sessions/${s3.id}/agenda-items`, {
          section: "someday",
          text: "x",
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await world.mentee.client.post(`/api/sessions/${cancelled.id}/agenda-items`, {
          section: "act",
          text: "x",
        })
      ).status,
    ).toBe(409);
  });

  it("lets either member tick an item off, and only its author reword or remove it", async () => {
    const ticked = await world.mentor.client.patch(`/api/agenda-items/${agendaItemId}`, {
      done: true,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.agendaItem.done).toBe(true);
    const reword = await world.mentor.client.patch(`/api/agenda-items/${agendaItemId}`, {
      text: "Changed by someone else",
    });
    expect(reword.status).toBe(403);
    expect((await world.mentor.client.delete(`/api/agenda-items/${agendaItemId}`)).status).toBe(
      403,
    );
    const mine = await world.mentee.client.patch(`/api/agenda-items/${agendaItemId}`, {
      text: `${AGENDA_ITEM}, again`,
    });
    expect(mine.body.agendaItem).toMatchObject({ text: `${AGENDA_ITEM}, again`, done: true });
    await world.mentee.client.patch(`/api/agenda-items/${agendaItemId}`, { text: AGENDA_ITEM });
    const extra = await world.mentee.client.post(`/api/sessions/${s3.id}/agenda-items`, {
      section: "other",
      text: "Remove me",
    });
    expect(
      (await world.mentee.client.delete(`/api/agenda-items/${extra.body.agendaItem.id}`)).status,
    ).toBe(204);
    expect(
      await t.db.select().from(agendaItems).where(eq(agendaItems.id, extra.body.agendaItem.id)),
    ).toEqual([]);
  });
});

describe("notes", () => {
  it("saves the shared note over the version it started from", async () => {
    const first = await put(world.mentee, `/api/sessions/${s3.id}/shared-note`, {
      body: "Draft",
      version: 0,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.sharedNote).toMatchObject({
      body: "Draft",
      version: 1,
      updatedBy: { name: "Mina Mentee" },
    });
    const second = await put(world.mentor, `/api/sessions/${s3.id}/shared-note`, {
      body: SHARED_NOTE,
      version: 1,
    });
    expect(second.status).toBe(200);
    expect(second.body.sharedNote).toMatchObject({
      version: 2,
      updatedBy: { name: "Theo Mentor" },
    });
  });

  it("answers 409 with the current note when someone saved in between, and overwrites nothing", async () => {
    const stale = await put(world.mentee, `/api/sessions/${s3.id}/shared-note`, {
      body: "My edit from the old draft",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("note_changed");
    expect(stale.body.error.message).toMatch(/Someone saved these notes/);
    expect(stale.body.error.details).toMatchObject({
      body: SHARED_NOTE,
      version: 2,
      updatedBy: { id: world.mentor.id, name: "Theo Mentor" },
    });
    // A second first save (version 0) loses the same way.
    const alsoFirst = await put(world.mentee, `/api/sessions/${s3.id}/shared-note`, {
      body: "Another first draft",
      version: 0,
    });
    expect(alsoFirst.status).toBe(409);
    const r = await room(world.mentee, s3);
    expect(r.sharedNote).toMatchObject({ body: SHARED_NOTE, version: 2 });
  });

  it("keeps notes under 20,000 characters", async () => {
    const long = await put(world.mentee, `/api/sessions/${s3.id}/shared-note`, {
      body: "x".repeat(20_001),
      version: 2,
    });
    expect(long.status).toBe(422);
    const exact = await put(world.mentee, `/api/sessions/${s2.id}/shared-note`, {
      body: "x".repeat(20_000),
      version: 0,
    });
    expect(exact.status).toBe(200);
  });

  it("keeps each person's own note for them alone", async () => {
    expect(
      (await put(world.mentee, `/api/sessions/${s3.id}/personal-note`, { body: MENTEE_PRIVATE }))
        .status,
    ).toBe(200);
    const mentorSaved = await put(world.mentor, `/api/sessions/${s3.id}/personal-note`, {
      body: MENTOR_PRIVATE,
    });
    expect(mentorSaved.body.myNote.body).toBe(MENTOR_PRIVATE);
    expect((await room(world.mentee, s3)).myNote.body).toBe(MENTEE_PRIVATE);
    expect((await room(world.mentor, s3)).myNote.body).toBe(MENTOR_PRIVATE);
    // Saving again replaces my note, and only mine.
    await put(world.mentee, `/api/sessions/${s3.id}/personal-note`, {
      body: `${MENTEE_PRIVATE}.`,
    });
    await put(world.mentee, `/api/sessions/${s3.id}/personal-note`, { body: MENTEE_PRIVATE });
    const rows = await t.db
      .select()
      .from(sessionPersonalNotes)
      .where(eq(sessionPersonalNotes.sessionId, s3.id));
    expect(rows.map((r) => r.body).sort()).toEqual([MENTEE_PRIVATE, MENTOR_PRIVATE].sort());
  });

  it("never shows one member's own note to the other, through any route", async () => {
    const routesFor = [
      ...[s1, s2, cancelled, s3, s4].map((s) => `/api/sessions/${s.id}`),
      `/api/relationships/${pair.id}/commitments`,
      `/api/relationships/${pair.id}`,
      "/api/me/commitments",
      "/api/me/relationships",
      "/api/notifications",
    ];
    for (const [who, theirs] of [
      [world.mentor, MENTEE_PRIVATE],
      [world.mentee, MENTOR_PRIVATE],
    ] as const) {
      for (const url of routesFor) {
        const response = await who.client.get(url);
        expect(response.status, url).toBe(200);
        expect(JSON.stringify(response.body), `${url} as ${who.name}`).not.toContain(theirs);
      }
    }
  });
});

describe("my open commitments", () => {
  it("lists only mine, open, in running relationships, overdue first", async () => {
    // A second open commitment of the mentee's, due later, and one in the bystander's pair.
    const later = await world.mentee.client.post(`/api/sessions/${s3.id}/commitments`, {
      text: "Book a coffee with the design lead",
      dueOn: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10),
    });
    expect(later.status).toBe(201);
    const overdue = await world.mentee.client.post(`/api/sessions/${s3.id}/commitments`, {
      text: "Reply to the survey",
      dueOn: "2020-01-01",
    });
    expect(overdue.status).toBe(201);
    const bystanderSession = await insertSession(
      t,
      world.bystanderPair,
      new Date(Date.now() - DAY),
    );
    const theirs = await world.bystander.client.post(
      `/api/sessions/${bystanderSession.id}/commitments`,
      { text: "Bystander's own step" },
    );
    expect(theirs.status).toBe(201);

    const mine = await world.mentee.client.get("/api/me/commitments");
    expect(mine.status).toBe(200);
    expect(
      mine.body.commitments.map((c: { text: string; overdue: boolean }) => [c.text, c.overdue]),
    ).toEqual([
      ["Reply to the survey", true],
      ["Book a coffee with the design lead", false],
    ]);
    expect(mine.body.commitments[0]).toMatchObject({
      relationship: { id: pair.id, kind: "pair", title: "with Theo Mentor" },
      sessionId: s3.id,
      madeInSessionAt: s3.startsAt.toISOString(),
      dueOn: "2020-01-01",
    });
    const mentors = await world.mentor.client.get("/api/me/commitments");
    expect(mentors.body.commitments.map((c: { text: string }) => c.text)).toEqual([
      MENTOR_COMMITMENT,
    ]);
    expect(mentors.body.commitments[0].relationship.title).toBe("with Mina Mentee");
    const bystanders = await world.bystander.client.get("/api/me/commitments");
    expect(bystanders.body.commitments.map((c: { text: string }) => c.text)).toEqual([
      "Bystander's own step",
    ]);
  });
});

describe("the firewall", () => {
  const outsiders = () => [
    world.programManager,
    world.admin,
    world.lineManager,
    world.skipManager,
    world.bystander,
  ];

  it("answers 404 to everyone outside the relationship, on every route, and shows them nothing", async () => {
    const before = {
      items: await t.db.select().from(agendaItems).where(eq(agendaItems.relationshipId, pair.id)),
      commitments: await t.db
        .select()
        .from(commitments)
        .where(eq(commitments.relationshipId, pair.id)),
      shared: await t.db
        .select()
        .from(sessionSharedNotes)
        .where(eq(sessionSharedNotes.relationshipId, pair.id)),
      personal: await t.db
        .select()
        .from(sessionPersonalNotes)
        .where(eq(sessionPersonalNotes.relationshipId, pair.id)),
    };
    const calls: [string, string, unknown?][] = [
      ...[s1, s2, s3, s4].map((s): [string, string] => ["GET", `/api/sessions/${s.id}`]),
      ["POST", `/api/sessions/${s3.id}/agenda-items`, { section: "act", text: "Outsider" }],
      ["PATCH", `/api/agenda-items/${agendaItemId}`, { done: false }],
      ["PATCH", `/api/agenda-items/${agendaItemId}`, { text: "Outsider" }],
      ["DELETE", `/api/agenda-items/${agendaItemId}`],
      ["PUT", `/api/sessions/${s3.id}/shared-note`, { body: "Outsider", version: 2 }],
      ["PUT", `/api/sessions/${s3.id}/personal-note`, { body: "Outsider" }],
      ["POST", `/api/sessions/${s3.id}/commitments`, { text: "Outsider" }],
      ["PATCH", `/api/commitments/${mentorCommitmentId}`, { status: "done" }],
      ["PATCH", `/api/commitments/${droppedCommitmentId}`, { status: "open" }],
      ["GET", `/api/relationships/${pair.id}/commitments`],
    ];
    for (const outsider of outsiders()) {
      for (const [method, url, body] of calls) {
        const response = await outsider.client.request(
          method as "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
          url,
          body,
        );
        const context = `${method} ${url} as ${outsider.name}`;
        expect(response.status, `${context}: ${JSON.stringify(response.body)}`).toBe(404);
        const text = JSON.stringify(response.body);
        for (const secret of SECRETS) expect(text, context).not.toContain(secret);
      }
      for (const url of [
        "/api/me/commitments",
        `/api/relationships/${pair.id}`,
        "/api/notifications",
      ]) {
        const response = await outsider.client.get(url);
        const text = JSON.stringify(response.body);
        for (const secret of SECRETS)
          expect(text, `${url} as ${outsider.name}`).not.toContain(secret);
      }
    }
    // Nothing changed.
    expect(
      await t.db.select().from(agendaItems).where(eq(agendaItems.relationshipId, pair.id)),
    ).toEqual(before.items);
    expect(
      await t.db.select().from(commitments).where(eq(commitments.relationshipId, pair.id)),
    ).toEqual(before.commitments);
    expect(
      await t.db
        .select()
        .from(sessionSharedNotes)
        .where(eq(sessionSharedNotes.relationshipId, pair.id)),
    ).toEqual(before.shared);
    expect(
      await t.db
        .select()
        .from(sessionPersonalNotes)
        .where(eq(sessionPersonalNotes.relationshipId, pair.id)),
    ).toEqual(before.personal);
  });

  it("answers 404 for a session that doesn't exist, the same as for someone else's", async () => {
    const missing = await world.mentee.client.get(
      "/api/sessions/00000000-0000-4000-8000-000000000000",
    );
    const foreign = await world.bystander.client.get(`/api/sessions/${s1.id}`);
    expect(missing.status).toBe(404);
    expect(foreign.status).toBe(404);
    // The same code and words too: a different answer would tell an outsider the id is real.
    expect(foreign.body.error).toEqual(missing.body.error);
    const item = await world.bystander.client.patch(`/api/agenda-items/${agendaItemId}`, {
      done: false,
    });
    expect(item.body.error.code).toBe("agenda_item_not_found");
  });
});

describe("a closed relationship", () => {
  let closed: Relationship;
  let session: MentoringSession;
  let itemId: string;
  let commitmentId: string;
  let mentee: Member;
  let mentor: Member;

  beforeAll(async () => {
    mentee = await member(t, world.organizationId, { name: "Cleo Closing" });
    mentor = await member(t, world.organizationId, { name: "Cato Closing" });
    closed = await activePair(t, world, { mentee, mentor }, { agreed: true });
    session = await insertSession(t, closed, new Date(Date.now() - 7 * DAY));
    const item = await mentee.client.post(`/api/sessions/${session.id}/agenda-items`, {
      section: "act",
      text: "Wrap up",
    });
    const commitment = await mentee.client.post(`/api/sessions/${session.id}/commitments`, {
      text: "Keep a learning journal",
    });
    itemId = item.body.agendaItem.id;
    commitmentId = commitment.body.commitment.id;
    await put(mentee, `/api/sessions/${session.id}/shared-note`, { body: "Last one", version: 0 });
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, closed.id));
  });

  it("stays readable for its members", async () => {
    const r = await room(mentee, session);
    expect(r.canWrite).toBe(false);
    expect(r.sharedNote.body).toBe("Last one");
    expect(r.commitments.map((c) => c.text)).toEqual(["Keep a learning journal"]);
  });

  it("answers 409 to every change", async () => {
    const writes: [string, string, unknown?][] = [
      ["POST", `/api/sessions/${session.id}/agenda-items`, { section: "act", text: "More" }],
      ["PATCH", `/api/agenda-items/${itemId}`, { done: true }],
      ["DELETE", `/api/agenda-items/${itemId}`],
      ["PUT", `/api/sessions/${session.id}/shared-note`, { body: "Later", version: 1 }],
      ["PUT", `/api/sessions/${session.id}/personal-note`, { body: "Later" }],
      ["POST", `/api/sessions/${session.id}/commitments`, { text: "More" }],
      ["PATCH", `/api/commitments/${commitmentId}`, { status: "done" }],
    ];
    for (const [method, url, body] of writes) {
      const response = await mentee.client.request(
        method as "POST" | "PATCH" | "PUT" | "DELETE",
        url,
        body,
      );
      expect(response.status, `${method} ${url}`).toBe(409);
      expect(response.body.error.code).toBe("relationship_closed");
    }
    // And its open commitments no longer wait on the home page.
    const mine = await mentee.client.get("/api/me/commitments");
    expect(mine.body.commitments).toEqual([]);
  });

  it("still answers 404, not 409, to outsiders", async () => {
    const response = await world.bystander.client.patch(`/api/commitments/${commitmentId}`, {
      status: "done",
    });
    expect(response.status).toBe(404);
  });
});

describe("a group circle", () => {
  it("shares the agenda and commitments with everyone in it; each person's commitments are their own", async () => {
    const facilitator = await member(t, world.organizationId, { name: "Fay Facilitator" });
    const ana = await member(t, world.organizationId, { name: "Ana Circle" });
    const bo = await member(t, world.organizationId, { name: "Bo Circle" });
    const [circle] = await t.db
      .insert(relationships)
      .values({
        organizationId: world.organizationId,
        programId: world.program.id,
        kind: "circle",
        name: "New leads circle",
        menteeId: ana.id,
        mentorId: facilitator.id,
        status: "active",
        source: "manual",
        startedAt: new Date(),
      })
      .returning();
    if (!circle) throw new Error("no circle");
    await t.db.insert(relationshipMembers).values(
      [
        [facilitator, "facilitator"],
        [ana, "member"],
        [bo, "member"],
      ].map(([person, role]) => ({
        relationshipId: circle.id,
        personId: (person as Member).id,
        organizationId: world.organizationId,
        role: role as "facilitator" | "member",
      })),
    );
    const first = await insertSession(t, circle, new Date(Date.now() - 14 * DAY));
    const next = await insertSession(t, circle, new Date(Date.now() + 14 * DAY));
    const anas = await ana.client.post(`/api/sessions/${first.id}/commitments`, {
      text: "Ana: shadow a hiring panel",
    });
    const bos = await facilitator.client.post(`/api/sessions/${first.id}/commitments`, {
      ownerId: bo.id,
      text: "Bo: write a one-page team vision",
    });
    expect([anas.status, bos.status]).toEqual([201, 201]);
    for (const who of [facilitator, ana, bo]) {
      expect(await reviewed(who, next)).toEqual([
        "Ana: shadow a hiring panel",
        "Bo: write a one-page team vision",
      ]);
    }
    expect(
      (await bo.client.patch(`/api/commitments/${anas.body.commitment.id}`, { status: "done" }))
        .status,
    ).toBe(403);
    expect(
      (
        await facilitator.client.patch(`/api/commitments/${anas.body.commitment.id}`, {
          status: "done",
        })
      ).status,
    ).toBe(403);
    const anaMine = await ana.client.get("/api/me/commitments");
    expect(anaMine.body.commitments).toMatchObject([
      { text: "Ana: shadow a hiring panel", relationship: { title: "New leads circle" } },
    ]);
    expect((await world.mentee.client.get(`/api/sessions/${first.id}`)).status).toBe(404);
  });
});

describe("a relationship that hasn't started", () => {
  it("can be looked at by its members but not written in yet", async () => {
    const mentee = await member(t, world.organizationId, { name: "Pat Proposed" });
    const mentor = await member(t, world.organizationId, { name: "Quin Proposed" });
    const proposed = await activePair(t, world, { mentee, mentor });
    await t.db
      .update(relationships)
      .set({ status: "proposed" })
      .where(eq(relationships.id, proposed.id));
    const session = await insertSession(t, proposed, new Date(Date.now() + 7 * DAY));
    expect((await room(mentee, session)).canWrite).toBe(false);
    const write = await mentee.client.post(`/api/sessions/${session.id}/commitments`, {
      text: "Too early",
    });
    expect(write.status).toBe(409);
    expect(write.body.error.code).toBe("relationship_not_active");
  });
});

describe("asking for nothing", () => {
  it("answers 400 with a message when a change names nothing to change", async () => {
    const item = await world.mentee.client.patch(`/api/agenda-items/${agendaItemId}`, {});
    expect(item.status).toBe(400);
    expect(item.body.error.message).toMatch(/Send new words/);
    const commitment = await world.mentor.client.patch(
      `/api/commitments/${mentorCommitmentId}`,
      {},
    );
    expect(commitment.status).toBe(400);
  });
});
