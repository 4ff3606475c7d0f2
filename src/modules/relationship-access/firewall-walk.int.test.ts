import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationships } from "../../db/schema-programs.ts";
import {
  agendaItems,
  agreements,
  agreementVersions,
  checkIns,
  closureReviews,
  commitments,
  debriefs,
  goalMilestones,
  goalProgressNotes,
  relationshipGoals,
  sessionPersonalNotes,
  sessionSharedNotes,
} from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import type { Member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  insertSession,
  type RelationshipWorld,
  relationshipWorld,
} from "./test-support.ts";

/**
 * The firewall, proved through every route. A relationship is filled with private content, each
 * piece carrying a unique marker. Then every GET route in the OpenAPI document is called, with
 * its path parameters filled by this relationship's ids, as each person who must not read the
 * content: the program's manager, an administrator, the mentee's line manager and skip-level
 * manager, and a participant of another pair. No marker may appear in any answer. A person's
 * own items (personal notes, check-in answers, private debriefs, closure reviews) are also
 * walked as the other member. And every marker must be readable by its owner through some route,
 * so the walk is known to reach the routes that expose content: a route that leaked would be
 * called.
 */

const DAY = 24 * 60 * 60 * 1000;
const tag = randomBytes(4).toString("hex");
const marker = (what: string) => `secret${what}${tag}`;

/** Shared between the members: never for managers, admins or anyone outside. */
const SHARED = {
  goal: marker("goal"),
  measure: marker("measure"),
  progress: marker("progress"),
  milestone: marker("milestone"),
  agreement: marker("agreement"),
  meetingLink: marker("meetinglink"),
  agenda: marker("agenda"),
  sharedNote: marker("sharednote"),
  commitment: marker("commitment"),
  dropReason: marker("dropreason"),
};
/**
 * Stored, but not shown as such even to members (the history shows what changed in words):
 * it must leak nowhere.
 */
const STORED_ONLY = { agreementSnapshot: marker("snapshot") };
/** One person's own: not even for the other member. */
const MENTEE_OWN = {
  personalNote: marker("menteenote"),
  checkInComment: marker("menteecomment"),
  privateDebrief: marker("menteedebrief"),
  closureLearned: marker("menteelearned"),
};
const MENTOR_OWN = {
  personalNote: marker("mentornote"),
  checkInComment: marker("mentorcomment"),
  privateDebrief: marker("mentordebrief"),
};

let t: TestApp;
let world: RelationshipWorld;
const ids: Record<string, string[]> = {};

type Op = { method: string; path: string; params: string[]; query: string[] };
let getOperations: Op[] = [];

/** Path parameters that name something other than this relationship's content, and why. */
const UNRELATED_PARAMS: Record<string, string> = {
  token: "invitation and reset tokens: public, no relationship content",
  emailId: "outbox emails: emails never carry private content (checked in the full flow test)",
  invitationId: "invitations",
  importId: "people imports",
  skillId: "the skill taxonomy",
  proposalId: "skill proposals",
  objectiveId: "organization objectives",
  questionId: "questionnaire and enrollment questions",
  pageId: "preparation pages",
  runId: "matching runs",
  requestId: "mentor requests",
  rematchRequestId: "rematch requests (category and dates only, tested in relationships)",
  notificationId: "notifications",
  goalId: "profile goals (a person's own, public profile)",
  photoVersion: "profile photos",
};

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  const { mentee, mentor, organizationId } = world;
  const started = new Date(Date.now() - 90 * DAY);
  const pair = await activePair(t, world, { mentee, mentor }, { agreed: true, startedAt: started });
  const rel = { id: pair.id, organizationId };
  const first = await insertSession(t, rel, new Date(Date.now() - 30 * DAY), { outcome: "held" });
  const second = await insertSession(t, rel, new Date(Date.now() - 7 * DAY), { outcome: "held" });
  const next = await insertSession(t, rel, new Date(Date.now() + 7 * DAY), {
    channelDetail: `https://meet.example.test/${SHARED.meetingLink}`,
  });
  await t.db
    .update(agreements)
    .set({ confidentiality: SHARED.agreement })
    .where(eq(agreements.relationshipId, pair.id));

  await t.db.insert(agreementVersions).values({
    relationshipId: pair.id,
    organizationId,
    version: 1,
    snapshot: { confidentiality: STORED_ONLY.agreementSnapshot, goals: [SHARED.goal] },
    editedById: mentee.id,
  });
  const [goal] = await t.db
    .insert(relationshipGoals)
    .values({
      relationshipId: pair.id,
      organizationId,
      title: SHARED.goal,
      measure: SHARED.measure,
      createdById: mentee.id,
    })
    .returning();
  if (!goal) throw new Error("no goal");
  await t.db.insert(goalProgressNotes).values({
    goalId: goal.id,
    relationshipId: pair.id,
    organizationId,
    authorId: mentor.id,
    body: SHARED.progress,
  });
  const [milestone] = await t.db
    .insert(goalMilestones)
    .values({ goalId: goal.id, relationshipId: pair.id, organizationId, title: SHARED.milestone })
    .returning();
  const [item] = await t.db
    .insert(agendaItems)
    .values({
      sessionId: second.id,
      relationshipId: pair.id,
      organizationId,
      section: "select",
      text: SHARED.agenda,
      addedById: mentee.id,
    })
    .returning();
  for (const session of [first, second]) {
    await t.db.insert(sessionSharedNotes).values({
      sessionId: session.id,
      relationshipId: pair.id,
      organizationId,
      body: SHARED.sharedNote,
      updatedById: mentor.id,
    });
    await t.db.insert(sessionPersonalNotes).values([
      {
        sessionId: session.id,
        personId: mentee.id,
        relationshipId: pair.id,
        organizationId,
        body: MENTEE_OWN.personalNote,
      },
      {
        sessionId: session.id,
        personId: mentor.id,
        relationshipId: pair.id,
        organizationId,
        body: MENTOR_OWN.personalNote,
      },
    ]);
  }
  const made = await t.db
    .insert(commitments)
    .values([
      {
        relationshipId: pair.id,
        organizationId,
        sessionId: first.id,
        ownerId: mentee.id,
        text: SHARED.commitment,
        createdById: mentee.id,
      },
      {
        relationshipId: pair.id,
        organizationId,
        sessionId: first.id,
        ownerId: mentor.id,
        text: `${SHARED.commitment} too`,
        status: "dropped",
        dropReason: SHARED.dropReason,
        closedAt: new Date(Date.now() - 10 * DAY),
        createdById: mentor.id,
      },
    ])
    .returning();
  const checks = await t.db
    .insert(checkIns)
    .values([
      {
        relationshipId: pair.id,
        organizationId,
        personId: mentee.id,
        kind: "regular",
        dueAt: new Date(Date.now() - 60 * DAY),
        answeredAt: new Date(Date.now() - 59 * DAY),
        satisfaction: 2,
        usefulness: 4,
        expectations: 3,
        comment: MENTEE_OWN.checkInComment,
        atRisk: true,
      },
      {
        relationshipId: pair.id,
        organizationId,
        personId: mentor.id,
        kind: "fit",
        dueAt: new Date(Date.now() - 29 * DAY),
        answeredAt: new Date(Date.now() - 29 * DAY),
        goodFit: true,
        comment: MENTOR_OWN.checkInComment,
      },
    ])
    .returning();
  const notes = await t.db
    .insert(debriefs)
    .values([
      {
        relationshipId: pair.id,
        programId: world.program.id,
        organizationId,
        personId: mentee.id,
        learned: MENTEE_OWN.privateDebrief,
      },
      {
        relationshipId: pair.id,
        programId: world.program.id,
        organizationId,
        personId: mentor.id,
        learned: MENTOR_OWN.privateDebrief,
      },
    ])
    .returning();

  // An earlier relationship of the same two people, closed, with the mentee's closure review.
  const [ended] = await t.db
    .insert(relationships)
    .values({
      organizationId,
      programId: world.program.id,
      menteeId: mentee.id,
      mentorId: mentor.id,
      status: "ended",
      source: "manual",
      startedAt: new Date(Date.now() - 400 * DAY),
      endedAt: new Date(Date.now() - 200 * DAY),
      endedById: mentee.id,
      endReason: "schedule",
    })
    .returning();
  if (!ended) throw new Error("no ended relationship");
  await t.db.insert(closureReviews).values({
    relationshipId: ended.id,
    personId: mentee.id,
    organizationId,
    learned: MENTEE_OWN.closureLearned,
    appreciation: "Thank you for your time.",
    reason: "schedule",
  });

  Object.assign(ids, {
    relationshipId: [pair.id, ended.id],
    sessionId: [first.id, second.id, next.id],
    agendaItemId: [item?.id ?? ""],
    commitmentId: made.map((c) => c.id),
    checkInId: checks.map((c) => c.id),
    debriefId: notes.map((d) => d.id),
    relationshipGoalId: [goal.id],
    goalMilestoneId: [milestone?.id ?? ""],
    slug: [world.program.slug],
    personId: [mentee.id, mentor.id],
  });

  const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<
      string,
      Record<string, { security?: unknown[]; parameters?: { name: string; in: string }[] }>
    >;
  };
  getOperations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === "get")
      .map(([method, op]) => ({
        method,
        path,
        params: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      })),
  );
});
afterAll(() => t.close());

/** Every URL of every GET route, with each combination of this relationship's ids. */
function urls(): string[] {
  const out: string[] = [];
  for (const op of getOperations) {
    if (op.path === "/api/openapi.json" || !op.path.startsWith("/api/")) continue;
    if (op.params.some((p) => UNRELATED_PARAMS[p] !== undefined)) continue;
    let paths = [op.path];
    for (const param of op.params) {
      const values = ids[param];
      if (!values) {
        throw new Error(
          `GET ${op.path} has a path parameter {${param}}: tell the firewall walk how to fill it (ids) or why it holds no relationship content (UNRELATED_PARAMS)`,
        );
      }
      paths = paths.flatMap((p) => values.map((v) => p.replace(`{${param}}`, v)));
    }
    // Search-like parameters get the markers themselves, so search can't find private words.
    const search = op.query.find((q) => q === "q" || q === "query" || q === "search");
    for (const p of paths) {
      out.push(p);
      if (search) {
        for (const word of [SHARED.sharedNote, MENTEE_OWN.personalNote]) {
          out.push(`${p}?${search}=${encodeURIComponent(word)}`);
        }
      }
    }
  }
  return out;
}

async function bodiesFor(person: Member): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const url of urls()) {
    const response = await person.client.get(url);
    bodies.set(url, response.raw.body);
  }
  return bodies;
}

function leaks(bodies: Map<string, string>, markers: Record<string, string>) {
  const found: string[] = [];
  for (const [url, body] of bodies) {
    for (const [name, value] of Object.entries(markers)) {
      if (body.includes(value)) found.push(`${name} via GET ${url}`);
    }
  }
  return found;
}

const ALL = { ...SHARED, ...STORED_ONLY, ...MENTEE_OWN, ...MENTOR_OWN };

describe("the firewall, through every GET route", () => {
  it("walks a real set of routes", () => {
    const walked = urls();
    expect(walked.some((u) => u.includes(ids.relationshipId?.[0] ?? "none"))).toBe(true);
    expect(walked.some((u) => u.includes(ids.sessionId?.[0] ?? "none"))).toBe(true);
  });

  for (const role of [
    "programManager",
    "admin",
    "lineManager",
    "skipManager",
    "bystander",
  ] as const) {
    it(`shows the ${role} none of the relationship's private content`, async () => {
      const bodies = await bodiesFor(world[role]);
      expect(leaks(bodies, ALL)).toEqual([]);
    });
  }

  it("shows the mentor none of the mentee's own items, and the mentee none of the mentor's", async () => {
    expect(leaks(await bodiesFor(world.mentor), { ...MENTEE_OWN, ...STORED_ONLY })).toEqual([]);
    expect(leaks(await bodiesFor(world.mentee), { ...MENTOR_OWN, ...STORED_ONLY })).toEqual([]);
  });

  it("lets each owner read every one of their items through some route (so the walk reaches them)", async () => {
    const seen = (bodies: Map<string, string>, value: string) =>
      [...bodies.values()].some((b) => b.includes(value));
    const menteeBodies = await bodiesFor(world.mentee);
    const mentorBodies = await bodiesFor(world.mentor);
    const unreachable = [
      ...Object.entries({ ...SHARED, ...MENTEE_OWN })
        .filter(([, v]) => !seen(menteeBodies, v))
        .map(([k]) => `mentee: ${k}`),
      ...Object.entries({ ...SHARED, ...MENTOR_OWN })
        .filter(([, v]) => !seen(mentorBodies, v))
        .map(([k]) => `mentor: ${k}`),
    ];
    expect(unreachable).toEqual([]);
  });
});
