import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns, relationshipGoals } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { createDueCheckIns } from "../check-ins/create-due-check-ins.ts";
import { watchInactivity } from "../check-ins/watch-inactivity.ts";
import { insertProgram } from "../enrollment/test-support.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";

const DAY = 24 * 60 * 60 * 1000;
const PRIVATE = [
  "MARKER",
  "What we say stays between us.",
  "Either of us can end it",
  "meet.example.test",
];

type Overview = {
  program: { slug: string; name: string };
  relationships: {
    id: string;
    kind: string;
    members: { id: string; name: string; role: string }[];
    status: string;
    startedAt: string | null;
    agreed: boolean;
    agreedAt: string | null;
    sessionsHeld: number;
    lastSessionAt: string | null;
    nextSessionAt: string | null;
    nudgedAt: string | null;
    stalled: boolean;
    stalledAt: string | null;
    atRisk: boolean;
    openCheckIns: number;
  }[];
  aggregates: {
    minimumPeople: number;
    scores: {
      people: number;
      satisfaction: number;
      usefulness: number;
      expectations: number;
    } | null;
    scoresReason: string | null;
    fit: { people: number; yesShare: number } | null;
    fitReason: string | null;
  };
};

let t: TestApp;
let world: RelationshipWorld;
let start: Date;
type Pair = {
  mentee: Member;
  mentor: Member;
  relationship: Awaited<ReturnType<typeof activePair>>;
};
const pairs: Pair[] = [];
let oldPair: Pair;
let endedPair: Pair;
let firstSession: Date;
let nextSession: Date;

/** Asks as a manager or admin, and checks that no private words came back. */
async function overview(who: Member, query = "") {
  const response = await who.client.get(
    `/api/programs/${world.program.slug}/relationships${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const text = JSON.stringify(response.body);
  for (const words of PRIVATE) expect(text, `${who.name} saw “${words}”`).not.toContain(words);
  return response.body as Overview;
}

async function answerRegular(
  who: Member,
  relationshipId: string,
  scores: [number, number, number],
) {
  const [checkIn] = await t.db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.relationshipId, relationshipId),
        eq(checkIns.personId, who.id),
        eq(checkIns.kind, "regular"),
      ),
    );
  if (!checkIn) throw new Error(`no regular check-in for ${who.name}`);
  const response = await who.client.post(`/api/check-ins/${checkIn.id}/answer`, {
    satisfaction: scores[0],
    usefulness: scores[1],
    expectations: scores[2],
    comment: `MARKER comment by ${who.name}: something private about my mentor`,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function answerFit(who: Member, relationshipId: string, goodFit: boolean) {
  let [checkIn] = await t.db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.relationshipId, relationshipId),
        eq(checkIns.personId, who.id),
        eq(checkIns.kind, "fit"),
      ),
    );
  if (!checkIn) {
    [checkIn] = await t.db
      .insert(checkIns)
      .values({
        relationshipId,
        organizationId: world.organizationId,
        personId: who.id,
        kind: "fit",
        dueAt: new Date(Date.now() - DAY),
      })
      .returning();
  }
  const response = await who.client.post(`/api/check-ins/${checkIn?.id}/answer`, {
    goodFit,
    comment: `MARKER fit comment by ${who.name}`,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function newPair(label: string, startedAt: Date, agreed = true): Promise<Pair> {
  const mentee = await member(t, world.organizationId, { name: `${label} Mentee` });
  const mentor = await member(t, world.organizationId, { name: `${label} Mentor` });
  const relationship = await activePair(t, world, { mentee, mentor }, { agreed, startedAt });
  return { mentee, mentor, relationship };
}

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  start = new Date(Date.now() - 29 * DAY);
  pairs.push({
    mentee: world.mentee,
    mentor: world.mentor,
    relationship: await activePair(
      t,
      world,
      { mentee: world.mentee, mentor: world.mentor },
      { agreed: true, startedAt: start },
    ),
  });
  for (const label of ["Ana", "Bo", "Cy", "Di", "Ed"]) pairs.push(await newPair(label, start));
  oldPair = await newPair("Olga", new Date(Date.now() - 80 * DAY), false);
  endedPair = await newPair("Enzo", start);
  await t.db
    .update(relationships)
    .set({ status: "ended", endedAt: new Date(), stalledAt: new Date(Date.now() - 5 * DAY) })
    .where(eq(relationships.id, endedPair.relationship.id));

  const first = pairs[0];
  if (!first) throw new Error("no first pair");
  firstSession = new Date(start.getTime() + 7 * DAY);
  nextSession = new Date(Date.now() + 3 * DAY);
  await insertSession(t, first.relationship, firstSession, { outcome: "held" });
  await insertSession(t, first.relationship, new Date(start.getTime() + 14 * DAY), {
    status: "cancelled",
  });
  await insertSession(t, first.relationship, nextSession);
  await t.db.insert(relationshipGoals).values({
    relationshipId: first.relationship.id,
    organizationId: world.organizationId,
    title: "MARKER goal: lead the platform migration",
    measure: "MARKER measure",
  });
  await createDueCheckIns(t.services, new Date());
});
afterAll(() => t.close());

describe("who may see a program's relationships", () => {
  it("lets the program's managers and administrators in", async () => {
    await overview(world.programManager);
    await overview(world.admin);
  });

  it("refuses members, line managers, skip-level managers and managers of other programs (403)", async () => {
    const otherManager = await member(t, world.organizationId, { name: "Omar Otherprogram" });
    await insertProgram(t.db, {
      organizationId: world.organizationId,
      state: "running",
      managerIds: [otherManager.id],
    });
    for (const who of [
      world.lineManager,
      world.skipManager,
      world.bystander,
      world.mentee,
      world.mentor,
      otherManager,
    ]) {
      const response = await who.client.get(`/api/programs/${world.program.slug}/relationships`);
      expect(response.status, who.name).toBe(403);
      expect(JSON.stringify(response.body)).not.toContain("MARKER");
    }
  });

  it("doesn't let another organization know the program exists (404)", async () => {
    const otherOrganization = await createOrganization(t.db);
    const stranger = await member(t, otherOrganization.id, { role: "admin" });
    const response = await stranger.client.get(`/api/programs/${world.program.slug}/relationships`);
    expect(response.status).toBe(404);
  });
});

describe("each relationship in the overview", () => {
  it("shows members, status, dates, counts and flags, and nothing anyone wrote", async () => {
    const first = pairs[0];
    if (!first) throw new Error("no first pair");
    await answerFit(first.mentee, first.relationship.id, false);
    const body = await overview(world.programManager);
    const row = body.relationships.find((r) => r.id === first.relationship.id);
    expect(row).toEqual({
      id: first.relationship.id,
      kind: "pair",
      name: null,
      members: [
        { id: world.mentor.id, name: "Theo Mentor", role: "mentor" },
        { id: world.mentee.id, name: "Mina Mentee", role: "mentee" },
      ],
      status: "active",
      startedAt: start.toISOString(),
      endedAt: null,
      agreed: true,
      agreedAt: start.toISOString(),
      sessionsHeld: 1,
      lastSessionAt: firstSession.toISOString(),
      nextSessionAt: nextSession.toISOString(),
      nudgedAt: null,
      stalled: false,
      stalledAt: null,
      atRisk: true,
      // The mentor's fit check, and both regular check-ins of week 4.
      openCheckIns: 3,
    });
    const other = body.relationships.find((r) => r.id === pairs[1]?.relationship.id);
    expect(other).toMatchObject({
      sessionsHeld: 0,
      lastSessionAt: null,
      nextSessionAt: null,
      atRisk: false,
      openCheckIns: 2,
    });
    expect(body.relationships.map((r) => r.id)).toContain(endedPair.relationship.id);
  });

  it("filters by status, stalled and at risk", async () => {
    await t.db.insert(checkIns).values({
      relationshipId: endedPair.relationship.id,
      organizationId: world.organizationId,
      personId: endedPair.mentee.id,
      kind: "regular",
      dueAt: new Date(Date.now() - DAY),
    });
    const ended = await overview(world.programManager, "?status=ended");
    expect(ended.relationships.map((r) => r.id)).toEqual([endedPair.relationship.id]);
    // An ended relationship has nothing open and isn't "stalled", whatever happened before.
    expect(ended.relationships[0]).toMatchObject({
      stalled: false,
      stalledAt: null,
      openCheckIns: 0,
    });
    const atRisk = await overview(world.admin, "?atRisk=true");
    expect(atRisk.relationships.map((r) => r.id)).toEqual([pairs[0]?.relationship.id]);
    const notAtRisk = await overview(world.admin, "?atRisk=false");
    expect(notAtRisk.relationships.map((r) => r.id)).not.toContain(pairs[0]?.relationship.id);
    const bad = await world.admin.client.get(
      `/api/programs/${world.program.slug}/relationships?status=wobbly`,
    );
    expect(bad.status).toBe(422);
  });

  it("shows a quiet relationship as stalled after the nudge, with dates only", async () => {
    const now = new Date();
    await watchInactivity(t.services, now);
    let body = await overview(world.programManager, "?stalled=true");
    expect(body.relationships).toEqual([]);
    const nudged = (await overview(world.programManager)).relationships.find(
      (r) => r.id === oldPair.relationship.id,
    );
    expect(nudged?.nudgedAt).toBe(now.toISOString());
    expect(nudged?.stalled).toBe(false);

    const later = new Date(now.getTime() + 15 * DAY);
    await watchInactivity(t.services, later);
    body = await overview(world.programManager, "?stalled=true");
    expect(body.relationships.map((r) => r.id)).toEqual([oldPair.relationship.id]);
    expect(body.relationships[0]).toMatchObject({
      stalled: true,
      stalledAt: later.toISOString(),
      nudgedAt: now.toISOString(),
      agreed: false,
      sessionsHeld: 0,
    });
  });
});

describe("the program's check-in averages", () => {
  const scores: [number, number, number][] = [
    [5, 4, 3],
    [4, 4, 4],
    [3, 3, 3],
    [5, 5, 5],
    [1, 2, 2],
  ];

  it("stay hidden while fewer than five people have answered", async () => {
    for (const [index, pair] of pairs.slice(1, 5).entries()) {
      await answerRegular(pair.mentee, pair.relationship.id, scores[index] ?? [3, 3, 3]);
    }
    // One person answering twice is still one person.
    const again = pairs[1];
    if (!again) throw new Error("no second pair");
    await t.db.insert(checkIns).values({
      relationshipId: again.relationship.id,
      organizationId: world.organizationId,
      personId: again.mentee.id,
      kind: "regular",
      dueAt: new Date(Date.now() - 90 * DAY),
      answeredAt: new Date(Date.now() - 80 * DAY),
      satisfaction: 5,
      usefulness: 5,
      expectations: 5,
    });
    const body = await overview(world.programManager);
    expect(body.aggregates).toEqual({
      minimumPeople: 5,
      scores: null,
      scoresReason: "fewer than 5 people have answered",
      fit: null,
      fitReason: "fewer than 5 people have answered",
    });
  });

  it("show once five people have answered, the same whatever the filters", async () => {
    const fifth = pairs[5];
    if (!fifth) throw new Error("no fifth pair");
    await answerRegular(fifth.mentee, fifth.relationship.id, scores[4] ?? [3, 3, 3]);
    const body = await overview(world.programManager);
    expect(body.aggregates.scores).toEqual({
      people: 5,
      // Six answers from five people, rounded to one decimal.
      satisfaction: 3.8,
      usefulness: 3.8,
      expectations: 3.7,
    });
    expect(body.aggregates.scoresReason).toBeNull();
    const filtered = await overview(world.admin, "?atRisk=true");
    expect(filtered.aggregates).toEqual(body.aggregates);
    expect(filtered.relationships.map((r) => r.id).sort()).toEqual(
      [pairs[0]?.relationship.id, fifth.relationship.id].sort(),
    );
  });

  it("show the share of fit checks answered yes once five people have answered one", async () => {
    const first = pairs[0];
    if (!first) throw new Error("no first pair");
    await answerFit(first.mentor, first.relationship.id, true);
    for (const pair of pairs.slice(1, 3)) await answerFit(pair.mentee, pair.relationship.id, true);
    expect((await overview(world.programManager)).aggregates.fit).toBeNull();
    const fourth = pairs[3];
    if (!fourth) throw new Error("no fourth pair");
    await answerFit(fourth.mentee, fourth.relationship.id, true);
    const body = await overview(world.admin);
    expect(body.aggregates.fit).toEqual({ people: 5, yesShare: 0.8 });
    expect(body.aggregates.fitReason).toBeNull();
  });
});

describe("a large program's overview", () => {
  it("pages the list and filters before paging, so every stalled pair is found", async () => {
    const organizationId = (await createOrganization(t.db)).id;
    const manager = await member(t, organizationId, { name: "Paige Pager" });
    const program = await insertProgram(t.db, {
      organizationId,
      state: "running",
      managerIds: [manager.id],
    });
    const crowd = await t.db
      .insert(people)
      .values(
        Array.from({ length: 2 * 105 }, (_, i) => ({
          organizationId,
          email: `crowd-${i}@example.test`,
          name: `Crowd ${i}`,
          passwordHash: "not-for-signing-in",
        })),
      )
      .returning({ id: people.id });
    const started = Date.now() - 200 * DAY;
    // 105 pairs, created oldest first; the three oldest have gone quiet.
    const pairs = await t.db
      .insert(relationships)
      .values(
        Array.from({ length: 105 }, (_, i) => ({
          organizationId,
          programId: program.id,
          menteeId: crowd[2 * i]?.id ?? "",
          mentorId: crowd[2 * i + 1]?.id ?? "",
          status: "active" as const,
          source: "bulk" as const,
          startedAt: new Date(started),
          createdAt: new Date(started + i * 60_000),
          stalledAt: i < 3 ? new Date(Date.now() - 5 * DAY) : null,
        })),
      )
      .returning({ id: relationships.id });
    const overview = async (query: string) => {
      const response = await manager.client.get(
        `/api/programs/${program.slug}/relationships${query}`,
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as Overview & { total: number; page: number; pageSize: number };
    };

    const first = await overview("");
    expect(first).toMatchObject({ total: 105, page: 1, pageSize: 100 });
    expect(first.relationships).toHaveLength(100);
    expect(first.relationships[0]?.members.map((m) => m.name).sort()).toEqual([
      "Crowd 208",
      "Crowd 209",
    ]);
    const second = await overview("?page=2");
    expect(second.relationships.map((r) => r.id).sort()).toEqual(
      pairs
        .slice(0, 5)
        .map((p) => p.id)
        .sort(),
    );

    const stalled = await overview("?stalled=true");
    expect(stalled.total).toBe(3);
    expect(stalled.relationships.map((r) => r.id).sort()).toEqual(
      pairs
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
    expect((await overview("?stalled=false")).total).toBe(102);
    expect((await overview("?atRisk=true")).total).toBe(0);
    expect(
      (await manager.client.get(`/api/programs/${program.slug}/relationships?page=0`)).status,
    ).toBe(422);
  });
});
