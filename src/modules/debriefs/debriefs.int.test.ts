import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { debriefs } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";

const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let world: RelationshipWorld;
let pair: { id: string; organizationId: string; programId: string };

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  pair = await activePair(t, world, world, { agreed: true });
});
afterAll(() => t.close());

/** Everyone who must never read a member's private debrief. */
const outsiders = () =>
  [
    ["the program manager", world.programManager],
    ["an administrator", world.admin],
    ["the mentee's line manager", world.lineManager],
    ["the mentee's skip-level manager", world.skipManager],
    ["a bystander in the same program", world.bystander],
  ] as const;

async function newPair(options: { status?: "active" | "proposed" } = {}) {
  const mentee = await member(t, world.organizationId, { name: "Nia Newmentee" });
  const mentor = await member(t, world.organizationId, { name: "Omar Newmentor" });
  const relationship = await activePair(t, world, { mentee, mentor }, { agreed: true });
  if (options.status) {
    await t.db
      .update(relationships)
      .set({ status: options.status })
      .where(eq(relationships.id, relationship.id));
  }
  return { mentee, mentor, relationship };
}

const write = (who: Member, relationshipId: string, body: Record<string, unknown>) =>
  who.client.post(`/api/relationships/${relationshipId}/debriefs`, body);

async function everywhereOutsiders(urls: string[]) {
  const texts: string[] = [];
  for (const [, who] of outsiders()) {
    for (const url of urls) texts.push(JSON.stringify((await who.client.get(url)).body));
  }
  return texts.join("\n");
}

describe("debriefs are their author's", () => {
  const secret = "PRIVATE-DEBRIEF mentoring taught me to pause before answering";

  it("a member writes one and sees it; nobody else does, not even the other member", async () => {
    const created = await write(world.mentee, pair.id, { learned: secret });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ learned: secret, sharedWithProgram: false });
    const debriefId = (created.body as { id: string }).id;

    const mine = await world.mentee.client.get(`/api/relationships/${pair.id}/debriefs`);
    expect(mine.status).toBe(200);
    expect((mine.body as { debriefs: { id: string }[] }).debriefs.map((d) => d.id)).toEqual([
      debriefId,
    ]);

    const theirs = await world.mentor.client.get(`/api/relationships/${pair.id}/debriefs`);
    expect(theirs.status).toBe(200);
    expect((theirs.body as { debriefs: unknown[] }).debriefs).toEqual([]);
    expect(JSON.stringify(theirs.body)).not.toContain("PRIVATE-DEBRIEF");

    for (const [who, person] of outsiders()) {
      const list = await person.client.get(`/api/relationships/${pair.id}/debriefs`);
      expect(list.status, who).toBe(404);
      expect(JSON.stringify(list.body), who).not.toContain("PRIVATE-DEBRIEF");
      const changed = await person.client.patch(`/api/debriefs/${debriefId}`, {
        sharedWithProgram: true,
      });
      expect(changed.status, who).toBe(404);
      expect((await person.client.delete(`/api/debriefs/${debriefId}`)).status, who).toBe(404);
    }
    for (const attempt of [
      world.mentor.client.patch(`/api/debriefs/${debriefId}`, { learned: "overwritten by mentor" }),
      world.mentor.client.delete(`/api/debriefs/${debriefId}`),
    ]) {
      expect((await attempt).status).toBe(404);
    }
    const [row] = await t.db.select().from(debriefs).where(eq(debriefs.id, debriefId));
    expect(row).toMatchObject({ learned: secret, sharedWithProgram: false });

    // Nor through any other route that shows the relationship or the program.
    const seen = await everywhereOutsiders([
      `/api/relationships/${pair.id}`,
      `/api/programs/${world.program.slug}/learning-log`,
      "/api/me/relationships",
      "/api/notifications",
    ]);
    expect(seen).not.toContain("PRIVATE-DEBRIEF");
    const mentorSees = JSON.stringify(
      (await world.mentor.client.get(`/api/relationships/${pair.id}`)).body,
    );
    expect(mentorSees).not.toContain("PRIVATE-DEBRIEF");
    // Nothing about it was mailed or notified.
    const mailed = await t.db.select({ text: emails.text, html: emails.html }).from(emails);
    const noticed = await t.db
      .select({ title: notifications.title, body: notifications.body })
      .from(notifications);
    expect(JSON.stringify([mailed, noticed])).not.toContain("PRIVATE-DEBRIEF");
  });

  it("its author rewords it, shares it, takes it back and deletes it", async () => {
    const created = await write(world.mentor, pair.id, {
      learned: "Listening fully is harder than it sounds.",
    });
    const id = (created.body as { id: string }).id;
    const edited = await world.mentor.client.patch(`/api/debriefs/${id}`, {
      learned: "Listening fully is harder, and better, than it sounds.",
      sharedWithProgram: true,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      learned: "Listening fully is harder, and better, than it sounds.",
      sharedWithProgram: true,
    });
    const unshared = await world.mentor.client.patch(`/api/debriefs/${id}`, {
      sharedWithProgram: false,
    });
    expect(unshared.body).toMatchObject({ sharedWithProgram: false });
    expect((await world.mentor.client.delete(`/api/debriefs/${id}`)).status).toBe(204);
    expect(await t.db.select().from(debriefs).where(eq(debriefs.id, id))).toEqual([]);
    expect((await world.mentor.client.delete(`/api/debriefs/${id}`)).status).toBe(404);
  });

  it("asks for a few words in a line or two, and a session of this relationship", async () => {
    const short = await write(world.mentee, pair.id, { learned: "Patience" });
    expect(short.status).toBe(422);
    const long = await write(world.mentee, pair.id, { learned: "word ".repeat(80) });
    expect(long.status).toBe(422);
    const elsewhere = await insertSession(t, world.bystanderPair, new Date(Date.now() - DAY));
    const foreign = await write(world.mentee, pair.id, {
      learned: "A session that isn't ours.",
      sessionId: elsewhere.id,
    });
    expect(foreign.status).toBe(422);
    const own = await insertSession(t, pair, new Date(Date.now() - 2 * DAY));
    const linked = await write(world.mentee, pair.id, {
      learned: "Tied to our session, this one.",
      sessionId: own.id,
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ sessionId: own.id });
  });

  it("can't be written before the relationship has started", async () => {
    const { mentee, relationship } = await newPair({ status: "proposed" });
    const response = await write(mentee, relationship.id, { learned: "Too early for this one." });
    expect(response.status).toBe(409);
  });
});

describe("a debrief is due every few sessions", () => {
  it("after three held sessions since the start, then since my last debrief", async () => {
    const { mentee, mentor, relationship } = await newPair();
    const due = async (who: Member) =>
      (
        (await who.client.get(`/api/relationships/${relationship.id}/debriefs`)).body as {
          due: boolean;
        }
      ).due;
    const weeksAgo = (n: number) => new Date(Date.now() - n * 7 * DAY);
    await insertSession(t, relationship, weeksAgo(9), { outcome: "held" });
    await insertSession(t, relationship, weeksAgo(6), { outcome: "held" });
    await insertSession(t, relationship, weeksAgo(4), { outcome: "not_held" });
    expect(await due(mentee)).toBe(false);
    await insertSession(t, relationship, weeksAgo(3), { outcome: "held" });
    expect(await due(mentee)).toBe(true);
    expect(await due(mentor)).toBe(true);
    await write(mentee, relationship.id, { learned: "Three sessions in, I ask better questions." });
    expect(await due(mentee)).toBe(false);
    // The mentor's prompt is theirs: my debrief doesn't answer it.
    expect(await due(mentor)).toBe(true);
  });
});

describe("after closure", () => {
  it("debriefs can still be written for 30 days, then the relationship is read-only", async () => {
    const { mentee, relationship } = await newPair();
    const first = await write(mentee, relationship.id, { learned: "Before the end, a thought." });
    const id = (first.body as { id: string }).id;
    const closed = await mentee.client.post(`/api/relationships/${relationship.id}/close`, {
      reason: "goals_reached",
    });
    expect(closed.status).toBe(200);
    const after = await write(mentee, relationship.id, { learned: "A week after, I see it." });
    expect(after.status).toBe(201);
    const list = await mentee.client.get(`/api/relationships/${relationship.id}/debriefs`);
    expect(list.body).toMatchObject({ canWrite: true, due: false });

    await t.db
      .update(relationships)
      .set({ endedAt: new Date(Date.now() - 31 * DAY) })
      .where(eq(relationships.id, relationship.id));
    const late = await write(mentee, relationship.id, { learned: "Much later, another thought." });
    expect(late.status).toBe(409);
    expect((late.body as { error: { code: string } }).error.code).toBe("relationship_closed");
    const reworded = await mentee.client.patch(`/api/debriefs/${id}`, {
      learned: "Rewritten long after the end.",
    });
    expect(reworded.status).toBe(409);
    const shared = await mentee.client.patch(`/api/debriefs/${id}`, { sharedWithProgram: true });
    expect(shared.status).toBe(409);
    // Taking a line back, or deleting it, is always possible.
    const withdrawn = await mentee.client.patch(`/api/debriefs/${id}`, {
      sharedWithProgram: false,
    });
    expect(withdrawn.status).toBe(200);
    expect((await mentee.client.delete(`/api/debriefs/${id}`)).status).toBe(204);
    const readable = await mentee.client.get(`/api/relationships/${relationship.id}/debriefs`);
    expect(readable.status).toBe(200);
    expect(readable.body).toMatchObject({ canWrite: false });
  });
});

describe("the program's learning log", () => {
  const log = async (who: Member) => {
    const response = await who.client.get(`/api/programs/${world.program.slug}/learning-log`);
    return {
      status: response.status,
      body: response.body as Record<string, unknown>,
      text: JSON.stringify(response.body),
    };
  };

  it("is for the program's managers and administrators only", async () => {
    for (const who of [world.mentee, world.mentor, world.lineManager, world.bystander]) {
      expect((await log(who)).status).toBe(403);
    }
    expect((await log(world.programManager)).status).toBe(200);
    expect((await log(world.admin)).status).toBe(200);
  });

  it("shows shared lines, without who or when exactly, once three people have shared", async () => {
    const lines = {
      mentee: "SHARED-ONE: asking for help early saves weeks.",
      mentor: "SHARED-TWO: my own habits look different when I explain them.",
      bystander: "SHARED-THREE: small goals, reached, beat big ones talked about.",
    };
    const privateLine = "PRIVATE-TOO: this one I keep for myself.";
    const menteeShared = await write(world.mentee, pair.id, {
      learned: lines.mentee,
      sharedWithProgram: true,
    });
    await write(world.mentee, pair.id, { learned: privateLine });
    await write(world.mentor, pair.id, { learned: lines.mentor, sharedWithProgram: true });

    const two = await log(world.programManager);
    expect(two.body).toMatchObject({ enoughPeople: false, minPeople: 3, months: [] });
    expect(two.text).not.toContain("SHARED-");

    const third = await write(world.bystander, world.bystanderPair.id, {
      learned: lines.bystander,
      sharedWithProgram: true,
    });
    expect(third.status).toBe(201);
    for (const reader of [world.programManager, world.admin]) {
      const three = await log(reader);
      expect(three.body).toMatchObject({ enoughPeople: true });
      const months = three.body.months as { month: string; entries: { learned: string }[] }[];
      expect(months[0]?.month).toBe(new Date().toISOString().slice(0, 7));
      const learned = months.flatMap((m) => m.entries.map((e) => e.learned));
      expect(learned).toEqual(expect.arrayContaining(Object.values(lines)));
      expect(three.text).not.toContain("PRIVATE");
      // Nothing that says who, in which pair, or exactly when.
      for (const person of [world.mentee, world.mentor, world.bystander, world.bystanderMentor]) {
        expect(three.text).not.toContain(person.id);
        expect(three.text).not.toContain(person.name);
      }
      const debriefId = (menteeShared.body as { id: string; createdAt: string }).id;
      expect(three.text).not.toContain(debriefId);
      expect(three.text).not.toContain(pair.id);
      expect(three.text).not.toContain(world.bystanderPair.id);
      expect(three.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(Object.keys(months[0]?.entries[0] ?? {})).toEqual(["learned"]);
    }

    // One person taking theirs back brings it under the threshold again.
    await world.bystander.client.patch(`/api/debriefs/${(third.body as { id: string }).id}`, {
      sharedWithProgram: false,
    });
    const again = await log(world.programManager);
    expect(again.body).toMatchObject({ enoughPeople: false, months: [] });
  });
});
