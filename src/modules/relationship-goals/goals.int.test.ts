import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { goalMilestones, relationshipGoals } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import { MAX_GOALS } from "./rules.ts";

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
});
afterAll(() => t.close());

const GOAL_TITLE = "Negotiate my first vendor contract without escalating";
const GOAL_MEASURE = "The contract is signed and I only asked for help twice";
const PROGRESS = "Drafted the term sheet and walked through it with legal on Tuesday";
const MILESTONE = "Term sheet reviewed by procurement";

type Goal = {
  id: string;
  title: string;
  measure: string;
  status: string;
  position: number;
  createdBy: { name: string } | null;
  progressNotes: { body: string; author: { name: string } | null; createdAt: string }[];
  milestones: { id: string; title: string; dueOn: string | null; done: boolean }[];
};

async function newPair(label: string) {
  const mentee = await member(t, world.organizationId, { name: `${label} Mentee` });
  const mentor = await member(t, world.organizationId, { name: `${label} Mentor` });
  const relationship = await activePair(t, world, { mentee, mentor });
  return { mentee, mentor, relationship, goalsUrl: `/api/relationships/${relationship.id}/goals` };
}

describe("goals, with progress notes and milestones", () => {
  it("are added, listed, moved along, noted, stepped and removed by the pair", async () => {
    const { mentee, mentor, relationship } = {
      ...world,
      relationship: await activePair(t, world, world),
    };
    const url = `/api/relationships/${relationship.id}/goals`;
    expect((await mentee.client.get(url)).body).toEqual({ goals: [], maxGoals: MAX_GOALS });

    const added = await mentee.client.post(url, {
      title: `  ${GOAL_TITLE} `,
      measure: GOAL_MEASURE,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const goal = added.body.goal as Goal;
    expect(goal).toMatchObject({
      title: GOAL_TITLE,
      measure: GOAL_MEASURE,
      status: "not_started",
      position: 0,
      createdBy: { name: "Mina Mentee" },
      progressNotes: [],
      milestones: [],
    });
    const second = await mentor.client.post(url, {
      title: "Present the vendor choice to the leadership team",
      measure: "Leadership agrees a decision in the meeting itself",
    });
    expect(second.body.goal.position).toBe(1);
    const told = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentor.id));
    expect(told.map((n) => n.title)).toContain("Mina Mentee added a goal");

    const moving = await mentor.client.patch(`/api/relationship-goals/${goal.id}`, {
      status: "in_progress",
    });
    expect(moving.status).toBe(200);
    expect(moving.body.goal).toMatchObject({ status: "in_progress", title: GOAL_TITLE });
    const reworded = await mentee.client.patch(`/api/relationship-goals/${goal.id}`, {
      measure: "The contract is signed within the quarter's budget",
      position: 5,
    });
    expect(reworded.body.goal).toMatchObject({
      measure: "The contract is signed within the quarter's budget",
      position: 5,
    });

    const noted = await mentee.client.post(`/api/relationship-goals/${goal.id}/progress`, {
      body: PROGRESS,
    });
    expect(noted.status).toBe(201);
    expect(noted.body.goal.progressNotes).toMatchObject([
      { body: PROGRESS, author: { name: "Mina Mentee" } },
    ]);
    await mentor.client.post(`/api/relationship-goals/${goal.id}/progress`, {
      body: "Great step — next, rehearse the hardest question.",
    });

    const stepped = await mentee.client.post(`/api/relationship-goals/${goal.id}/milestones`, {
      title: MILESTONE,
      dueOn: "2027-02-01",
    });
    expect(stepped.status).toBe(201);
    const milestone = (stepped.body.goal as Goal).milestones[0];
    expect(milestone).toMatchObject({ title: MILESTONE, dueOn: "2027-02-01", done: false });
    const ticked = await mentor.client.patch(`/api/goal-milestones/${milestone?.id}`, {
      done: true,
      dueOn: null,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.goal.milestones[0]).toMatchObject({ done: true, dueOn: null });
    const unticked = await mentor.client.patch(`/api/goal-milestones/${milestone?.id}`, {
      done: false,
    });
    expect(unticked.body.goal.milestones[0]).toMatchObject({ done: false, doneAt: null });

    // The listing has it all, goals in their order, notes newest first.
    const listed = (await mentor.client.get(url)).body.goals as Goal[];
    expect(listed.map((g) => g.title)).toEqual([
      "Present the vendor choice to the leadership team",
      GOAL_TITLE,
    ]);
    const full = listed[1];
    expect(full?.progressNotes.map((n) => n.author?.name)).toEqual(["Theo Mentor", "Mina Mentee"]);
    expect(full?.milestones.map((m) => m.title)).toEqual([MILESTONE]);

    // Removing a goal removes its notes and milestones.
    expect((await mentor.client.delete(`/api/relationship-goals/${goal.id}`)).status).toBe(204);
    expect((await mentee.client.get(url)).body.goals).toHaveLength(1);
    expect(
      await t.db.select().from(goalMilestones).where(eq(goalMilestones.goalId, goal.id)),
    ).toEqual([]);
    expect((await mentee.client.delete(`/api/relationship-goals/${goal.id}`)).status).toBe(404);
  });
});

describe("what a goal needs", () => {
  it("asks for a specific goal and how you'll know, in words a person understands", async () => {
    const { mentee, goalsUrl } = await newPair("Vague");
    const short = await mentee.client.post(goalsUrl, { title: "Grow", measure: GOAL_MEASURE });
    expect(short.status).toBe(422);
    expect(short.body.error.details.fields.title).toMatch(/more specific/);
    const noMeasure = await mentee.client.post(goalsUrl, { title: GOAL_TITLE });
    expect(noMeasure.status).toBe(422);
    expect(noMeasure.body.error.details.fields.measure).toMatch(/how you'll know/);
    const vagueMeasure = await mentee.client.post(goalsUrl, { title: GOAL_TITLE, measure: "yes" });
    expect(vagueMeasure.body.error.details.fields.measure).toMatch(/in a sentence/);
    const added = await mentee.client.post(goalsUrl, { title: GOAL_TITLE, measure: GOAL_MEASURE });
    const id = added.body.goal.id as string;
    const status = await mentee.client.patch(`/api/relationship-goals/${id}`, { status: "done" });
    expect(status.status).toBe(422);
    expect(status.body.error.message).toMatch(/not started, in progress, reached or dropped/);
    const nothing = await mentee.client.patch(`/api/relationship-goals/${id}`, {});
    expect(nothing.status).toBe(422);
    const emptyNote = await mentee.client.post(`/api/relationship-goals/${id}/progress`, {
      body: "  ",
    });
    expect(emptyNote.status).toBe(422);
    const badDate = await mentee.client.post(`/api/relationship-goals/${id}/milestones`, {
      title: "A step",
      dueOn: "soon",
    });
    expect(badDate.status).toBe(422);
    expect(badDate.body.error.message).toMatch(/a date like/);
  });

  it(`stops at ${MAX_GOALS} goals with a clear message`, async () => {
    const { mentor, goalsUrl } = await newPair("Busy");
    for (let i = 1; i <= MAX_GOALS; i += 1) {
      const response = await mentor.client.post(goalsUrl, {
        title: `Goal number ${i} of our plan`,
        measure: `We can point at result number ${i}`,
      });
      expect(response.status).toBe(201);
    }
    const tooMany = await mentor.client.post(goalsUrl, {
      title: "One more goal for the list",
      measure: "It would be done some day",
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe("too_many_goals");
    expect(tooMany.body.error.message).toMatch(/already have 8 goals/);
  });
});

describe("a closed relationship's goals", () => {
  it("stay readable and can't change", async () => {
    const { mentee, relationship, goalsUrl } = await newPair("Closed");
    const goal = (await mentee.client.post(goalsUrl, { title: GOAL_TITLE, measure: GOAL_MEASURE }))
      .body.goal as Goal;
    const milestone = (
      await mentee.client.post(`/api/relationship-goals/${goal.id}/milestones`, {
        title: MILESTONE,
      })
    ).body.goal.milestones[0] as { id: string };
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, relationship.id));
    expect((await mentee.client.get(goalsUrl)).body.goals[0].title).toBe(GOAL_TITLE);
    const writes = [
      await mentee.client.post(goalsUrl, { title: GOAL_TITLE, measure: GOAL_MEASURE }),
      await mentee.client.patch(`/api/relationship-goals/${goal.id}`, { status: "reached" }),
      await mentee.client.post(`/api/relationship-goals/${goal.id}/progress`, { body: PROGRESS }),
      await mentee.client.post(`/api/relationship-goals/${goal.id}/milestones`, {
        title: "Another step",
      }),
      await mentee.client.patch(`/api/goal-milestones/${milestone.id}`, { done: true }),
      await mentee.client.delete(`/api/relationship-goals/${goal.id}`),
    ];
    for (const response of writes) {
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe("relationship_closed");
    }
    const [still] = await t.db
      .select()
      .from(relationshipGoals)
      .where(eq(relationshipGoals.id, goal.id));
    expect(still?.status).toBe("not_started");
  });
});

describe("the firewall", () => {
  let goalsUrl: string;
  let goalId: string;
  let milestoneId: string;
  beforeAll(async () => {
    const pair = await newPair("Guarded");
    goalsUrl = pair.goalsUrl;
    const goal = (
      await pair.mentee.client.post(goalsUrl, { title: GOAL_TITLE, measure: GOAL_MEASURE })
    ).body.goal as Goal;
    goalId = goal.id;
    await pair.mentor.client.post(`/api/relationship-goals/${goalId}/progress`, { body: PROGRESS });
    const stepped = await pair.mentee.client.post(`/api/relationship-goals/${goalId}/milestones`, {
      title: MILESTONE,
    });
    milestoneId = stepped.body.goal.milestones[0].id;
  });

  it.each(["programManager", "admin", "lineManager", "skipManager", "bystander"] as const)(
    "keeps every goal route from the %s (404, no words, nothing changed)",
    async (who) => {
      const client = world[who].client;
      const responses = [
        await client.get(goalsUrl),
        await client.post(goalsUrl, {
          title: "An outsider's goal here",
          measure: "Nobody should see it",
        }),
        await client.patch(`/api/relationship-goals/${goalId}`, {
          title: "Renamed by an outsider",
        }),
        await client.post(`/api/relationship-goals/${goalId}/progress`, { body: "Outsider note" }),
        await client.post(`/api/relationship-goals/${goalId}/milestones`, {
          title: "Outsider step",
        }),
        await client.patch(`/api/goal-milestones/${milestoneId}`, { done: true }),
        await client.delete(`/api/relationship-goals/${goalId}`),
      ];
      for (const response of responses) {
        expect(response.status).toBe(404);
        for (const secret of [GOAL_TITLE, GOAL_MEASURE, PROGRESS, MILESTONE]) {
          expect(response.raw.body).not.toContain(secret);
        }
      }
      const [goal] = await t.db
        .select()
        .from(relationshipGoals)
        .where(eq(relationshipGoals.id, goalId));
      expect(goal?.title).toBe(GOAL_TITLE);
      const [milestone] = await t.db
        .select()
        .from(goalMilestones)
        .where(eq(goalMilestones.id, milestoneId));
      expect(milestone?.doneAt).toBeNull();
    },
  );

  it("never puts a goal's words in an email or a notification", async () => {
    const notices = await t.db.select().from(notifications);
    expect(notices.some((n) => n.kind === "goal.progress")).toBe(true);
    const written = [
      ...(await t.db.select().from(emails)).flatMap((e) => [e.subject, e.text, e.html]),
      ...notices.flatMap((n) => [n.title, n.body ?? "", n.link ?? ""]),
    ].join("\n");
    for (const secret of [GOAL_TITLE, GOAL_MEASURE, PROGRESS, MILESTONE]) {
      expect(written).not.toContain(secret);
    }
  });
});
