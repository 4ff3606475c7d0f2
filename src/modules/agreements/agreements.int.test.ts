import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { agreementVersions, relationshipMembers } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { member } from "../mentor-requests/test-support.ts";
import {
  activePair,
  type RelationshipWorld,
  relationshipWorld,
} from "../relationship-access/test-support.ts";
import { addMonths } from "./defaults.ts";

const DAY = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
});
afterAll(() => t.close());

/** Private words, so we can look for them where they must never be. */
const CONFIDENTIALITY = "Everything about the Harbour reorganisation stays between us two.";
const GOAL_TITLE = "Lead the quarterly planning offsite with confidence";
const GOAL_MEASURE = "I ran the whole offsite and two people asked me to run the next one";

const terms = (values: Record<string, unknown> = {}) => ({
  cadenceWeeks: 3,
  sessionMinutes: 60,
  channel: "video",
  channelDetail: "https://meet.example.test/mina-theo",
  confidentiality: CONFIDENTIALITY,
  mentorResponsibilities: "Listen well, ask open questions, share contacts when useful.",
  menteeResponsibilities: "Set the agenda, come prepared and follow through.",
  endsOn: dateIn(200),
  earlyEnding: "Either of us can end it with a short, kind message and no blame at all.",
  ...values,
});

type Answer = {
  agreement: Record<string, unknown> & { version: number; isDraft: boolean };
  goals: { title: string }[];
  acceptances: { name: string; version: number | null; acceptedAt: string | null }[];
  acceptedByMe: boolean;
  changedSinceIAccepted: boolean;
  inForce: boolean;
  agreedAt: string | null;
};

const agreementUrl = (id: string) => `/api/relationships/${id}/agreement`;

async function newPair(label: string, options: { status?: "active" | "ended" | "proposed" } = {}) {
  const mentee = await member(t, world.organizationId, { name: `${label} Mentee` });
  const mentor = await member(t, world.organizationId, { name: `${label} Mentor` });
  const relationship = await activePair(t, world, { mentee, mentor });
  if (options.status && options.status !== "active") {
    await t.db
      .update(relationships)
      .set({
        status: options.status,
        ...(options.status === "ended" ? { endedAt: new Date() } : {}),
      })
      .where(eq(relationships.id, relationship.id));
  }
  return { mentee, mentor, relationship };
}

describe("the agreement, from draft to in place", () => {
  it("drafts, saves, waits for goals and acceptance, then changes with history", async () => {
    const { mentee, mentor, relationship } = {
      ...world,
      relationship: await activePair(t, world, world),
    };
    const url = agreementUrl(relationship.id);

    // A draft from the program's defaults.
    const draft = await mentee.client.get(url);
    expect(draft.status).toBe(200);
    const d = draft.body as Answer;
    expect(d.agreement).toMatchObject({
      isDraft: true,
      version: 0,
      cadenceWeeks: Math.round((world.program.cadenceMinWeeks + world.program.cadenceMaxWeeks) / 2),
      sessionMinutes: 45,
      channel: "video",
      endsOn: addMonths(relationship.startedAt as Date, world.program.durationMonths)
        .toISOString()
        .slice(0, 10),
    });
    expect(d.agreement.confidentiality).toMatch(/stays between us/);
    expect(d.agreement.earlyEnding).toMatch(/without blame/);
    expect(d).toMatchObject({ acceptedByMe: false, inForce: false, changedSinceIAccepted: false });
    expect(d.acceptances.map((a) => a.name).sort()).toEqual(["Mina Mentee", "Theo Mentor"]);
    expect(d.acceptances.every((a) => a.version === null)).toBe(true);

    // The mentee proposes it: version 1, accepted by them; the mentor is asked to look.
    const saved = await mentee.client.request("PUT", url, terms());
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      agreement: {
        isDraft: false,
        version: 1,
        confidentiality: CONFIDENTIALITY,
        sessionMinutes: 60,
      },
      acceptedByMe: true,
      inForce: false,
    });
    const asked = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentor.id));
    expect(asked.map((n) => n.title)).toContain(
      "Mina Mentee proposed your mentoring agreement — have a look",
    );
    expect(asked.find((n) => n.kind === "agreement.proposed")?.link).toBe(
      `/relationships/${relationship.id}?tab=agreement`,
    );
    const proposedEmail = (
      await t.db.select().from(emails).where(eq(emails.to, mentor.email))
    ).find((e) => e.subject.includes("proposed your mentoring agreement"));
    expect(proposedEmail?.text).toContain(`/relationships/${relationship.id}?tab=agreement`);

    // Goals are part of it: no accepting without one.
    const noGoals = await mentor.client.post(`${url}/accept`, { version: 1 });
    expect(noGoals.status).toBe(409);
    expect(noGoals.body.error.code).toBe("agreement_needs_goals");
    expect(noGoals.body.error.message).toMatch(/at least one goal/);
    const goal = await mentee.client.post(`/api/relationships/${relationship.id}/goals`, {
      title: GOAL_TITLE,
      measure: GOAL_MEASURE,
    });
    expect(goal.status).toBe(201);

    // The mentor accepts: everyone has, so it's in place and both are told.
    const accepted = await mentor.client.post(`${url}/accept`, { version: 1 });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ acceptedByMe: true, inForce: true });
    expect((accepted.body as Answer).goals.map((g) => g.title)).toEqual([GOAL_TITLE]);
    const [row] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, relationship.id));
    expect(row?.agreedAt).toBeInstanceOf(Date);
    for (const person of [mentee, mentor]) {
      const told = await t.db
        .select()
        .from(notifications)
        .where(eq(notifications.personId, person.id));
      expect(told.filter((n) => n.kind === "agreement.in-place")).toHaveLength(1);
      const mail = await t.db.select().from(emails).where(eq(emails.to, person.email));
      expect(mail.map((e) => e.subject)).toContain("Your agreement is in place");
    }
    expect(await t.jobs.runAll(t.services)).toBeGreaterThan(0);

    // The mentor changes the rhythm: version 2, the mentee sees it changed since they accepted.
    const changed = await mentor.client.request("PUT", url, terms({ cadenceWeeks: 2 }));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      agreement: { version: 2 },
      acceptedByMe: true,
      inForce: true,
    });
    const seen = (await mentee.client.get(url)).body as Answer;
    expect(seen).toMatchObject({ acceptedByMe: false, changedSinceIAccepted: true, inForce: true });
    expect(seen.acceptances.find((a) => a.name === "Mina Mentee")?.version).toBe(1);
    expect(seen.acceptances.find((a) => a.name === "Theo Mentor")?.version).toBe(2);
    const toldOfChange = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentee.id));
    expect(toldOfChange.map((n) => n.title)).toContain(
      "Theo Mentor changed your mentoring agreement — have a look",
    );

    // History, newest first, in plain words.
    const history = await mentee.client.get(`${url}/history`);
    expect(history.status).toBe(200);
    expect(history.body.versions).toMatchObject([
      {
        version: 2,
        editedBy: { name: "Theo Mentor" },
        // The goal added after version 1 is part of version 2.
        changes: [
          "How often you meet: from every 3 weeks to every 2 weeks.",
          `A goal was added: “${GOAL_TITLE}”.`,
        ],
      },
      {
        version: 1,
        editedBy: { name: "Mina Mentee" },
        changes: ["Proposed the first agreement."],
      },
    ]);

    // Accepting what you read: a stale version is refused, the current one recorded.
    const stale = await mentee.client.post(`${url}/accept`, { version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("agreement_changed");
    const caughtUp = await mentee.client.post(`${url}/accept`, { version: 2 });
    expect(caughtUp.body).toMatchObject({ acceptedByMe: true, changedSinceIAccepted: false });
    const toMentor = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentor.id));
    expect(toMentor.find((n) => n.kind === "agreement.accepted")?.title).toBe(
      "Mina Mentee accepted your agreement",
    );
    // The agreement was already in place: nobody is told twice.
    const inPlace = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.personId, mentee.id));
    expect(inPlace.filter((n) => n.kind === "agreement.in-place")).toHaveLength(1);

    // Saving what's already there makes no new version.
    const again = await mentee.client.request("PUT", url, terms({ cadenceWeeks: 2 }));
    expect(again.body.agreement.version).toBe(2);
    const versions = await t.db
      .select()
      .from(agreementVersions)
      .where(eq(agreementVersions.relationshipId, relationship.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const v1 = versions.find((v) => v.version === 1)?.snapshot as {
      goals: unknown[];
      confidentiality: string;
    };
    expect(v1.confidentiality).toBe(CONFIDENTIALITY);
    expect(v1.goals).toEqual([]);
    const v2 = versions.find((v) => v.version === 2)?.snapshot as { goals: { title: string }[] };
    expect(v2.goals.map((g) => g.title)).toEqual([GOAL_TITLE]);
  });

  it("can't be accepted before anyone has saved it", async () => {
    const { mentee, relationship } = await newPair("Unsaved");
    const response = await mentee.client.post(`${agreementUrl(relationship.id)}/accept`, {
      version: 1,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("agreement_not_saved");
  });
});

describe("a circle's agreement", () => {
  it("is in place once every member has accepted the same version", async () => {
    const facilitator = await member(t, world.organizationId, { name: "Fay Facilitator" });
    const first = await member(t, world.organizationId, { name: "Cato Circle" });
    const second = await member(t, world.organizationId, { name: "Dee Circle" });
    const [circle] = await t.db
      .insert(relationships)
      .values({
        organizationId: world.organizationId,
        programId: world.program.id,
        kind: "circle",
        name: "Product leads circle",
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
        [facilitator, "facilitator"],
        [first, "member"],
        [second, "member"],
      ].map(([person, role]) => ({
        relationshipId: circle.id,
        organizationId: world.organizationId,
        personId: (person as { id: string }).id,
        role: role as "facilitator" | "member",
      })),
    );
    const url = agreementUrl(circle.id);
    const draft = (await second.client.get(url)).body as Answer;
    expect(draft.agreement.mentorResponsibilities).toMatch(/every voice/);
    expect(draft.acceptances).toHaveLength(3);
    await facilitator.client.request("PUT", url, terms());
    await facilitator.client.post(`/api/relationships/${circle.id}/goals`, {
      title: GOAL_TITLE,
      measure: GOAL_MEASURE,
    });
    const one = await first.client.post(`${url}/accept`, { version: 1 });
    expect(one.body).toMatchObject({ acceptedByMe: true, inForce: false });
    const both = await second.client.post(`${url}/accept`, { version: 1 });
    expect(both.body).toMatchObject({ inForce: true });
    const told = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "agreement.in-place"));
    expect(
      told.filter((n) => [facilitator.id, first.id, second.id].includes(n.personId)),
    ).toHaveLength(3);
  });
});

describe("what an agreement can say", () => {
  let url: string;
  let client: Awaited<ReturnType<typeof member>>["client"];
  beforeAll(async () => {
    const pair = await newPair("Checked");
    url = agreementUrl(pair.relationship.id);
    client = pair.mentee.client;
  });

  it.each([
    [{ cadenceWeeks: 13 }, "cadenceWeeks", /at least every 12 weeks/],
    [{ cadenceWeeks: 0 }, "cadenceWeeks", /at most once a week/],
    [{ sessionMinutes: 10 }, "sessionMinutes", /at least 15 minutes/],
    [{ sessionMinutes: 300 }, "sessionMinutes", /at most 240 minutes/],
    [{ channel: "carrier pigeon" }, "channel", /in person, video or phone/],
    [{ channelDetail: "my room" }, "channelDetail", /meeting link/],
    [{ confidentiality: "ok" }, "confidentiality", /confidential/],
    [{ endsOn: "next spring" }, "endsOn", /2027-06-30/],
  ])("refuses %o with a message a person understands", async (values, field, message) => {
    const response = await client.request("PUT", url, terms(values));
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields[field]).toMatch(message);
    expect(response.body.error.message).toMatch(message);
  });

  it("refuses an end date that isn't after today or is more than three years away", async () => {
    const today = await client.request("PUT", url, terms({ endsOn: dateIn(0) }));
    expect(today.status).toBe(400);
    expect(today.body.error.message).toBe("Choose an end date after today.");
    const far = await client.request("PUT", url, terms({ endsOn: dateIn(3 * 366 + 2) }));
    expect(far.status).toBe(400);
    expect(far.body.error.message).toMatch(/within 3 years/);
    expect((await client.get(url)).body.agreement.isDraft).toBe(true);
  });

  it("takes a room or a phone number for other channels, and no detail at all", async () => {
    const inPerson = await client.request(
      "PUT",
      url,
      terms({ channel: "in_person", channelDetail: "Café on the 3rd floor" }),
    );
    expect(inPerson.status).toBe(200);
    expect(inPerson.body.agreement.channelDetail).toBe("Café on the 3rd floor");
    const none = await client.request("PUT", url, terms({ channel: "phone", channelDetail: "" }));
    expect(none.body.agreement).toMatchObject({
      channel: "phone",
      channelDetail: null,
      version: 2,
    });
  });
});

describe("a closed relationship", () => {
  it("keeps its agreement readable and refuses every change", async () => {
    const { mentee, mentor, relationship } = await newPair("Closing");
    const url = agreementUrl(relationship.id);
    expect((await mentee.client.request("PUT", url, terms())).status).toBe(200);
    await t.db
      .update(relationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(relationships.id, relationship.id));
    const read = await mentor.client.get(url);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      canEdit: false,
      agreement: { confidentiality: CONFIDENTIALITY },
    });
    expect((await mentor.client.get(`${url}/history`)).status).toBe(200);
    const edit = await mentee.client.request("PUT", url, terms({ cadenceWeeks: 5 }));
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("relationship_closed");
    expect(edit.body.error.message).toMatch(/read-only/);
    const accept = await mentor.client.post(`${url}/accept`, { version: 1 });
    expect(accept.status).toBe(409);
    expect(accept.body.error.code).toBe("relationship_closed");
  });

  it("isn't started while still proposed: no agreement can be saved yet", async () => {
    const { mentee, relationship } = await newPair("Proposed", { status: "proposed" });
    const response = await mentee.client.request("PUT", agreementUrl(relationship.id), terms());
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("relationship_not_active");
  });
});

describe("the firewall", () => {
  let relationshipId: string;
  beforeAll(async () => {
    const pair = await newPair("Private");
    relationshipId = pair.relationship.id;
    const url = agreementUrl(relationshipId);
    expect((await pair.mentee.client.request("PUT", url, terms())).status).toBe(200);
    await pair.mentee.client.post(`/api/relationships/${relationshipId}/goals`, {
      title: GOAL_TITLE,
      measure: GOAL_MEASURE,
    });
    expect((await pair.mentor.client.post(`${url}/accept`, { version: 1 })).status).toBe(200);
    expect((await pair.mentor.client.request("PUT", url, terms({ cadenceWeeks: 4 }))).status).toBe(
      200,
    );
  });

  const outsiders = ["programManager", "admin", "lineManager", "skipManager", "bystander"] as const;

  it.each(outsiders)("keeps every agreement route from the %s (404, no words)", async (who) => {
    const client = world[who].client;
    const url = agreementUrl(relationshipId);
    const responses = [
      await client.get(url),
      await client.get(`${url}/history`),
      await client.request("PUT", url, terms({ confidentiality: "Overwritten by an outsider." })),
      await client.post(`${url}/accept`, { version: 2 }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      const text = response.raw.body;
      for (const secret of [CONFIDENTIALITY, GOAL_TITLE, GOAL_MEASURE, "meet.example.test"]) {
        expect(text).not.toContain(secret);
      }
    }
    const stillMine = await t.db
      .select()
      .from(agreementVersions)
      .where(eq(agreementVersions.relationshipId, relationshipId));
    expect(stillMine).toHaveLength(2);
  });

  it("never puts the agreement's or goals' words in an email or a notification", async () => {
    const allEmails = await t.db.select().from(emails);
    const allNotices = await t.db.select().from(notifications);
    expect(allEmails.length).toBeGreaterThan(0);
    expect(allNotices.some((n) => n.kind.startsWith("agreement."))).toBe(true);
    const written = [
      ...allEmails.flatMap((e) => [e.subject, e.text, e.html]),
      ...allNotices.flatMap((n) => [n.title, n.body ?? "", n.link ?? ""]),
    ].join("\n");
    for (const secret of [
      CONFIDENTIALITY,
      GOAL_TITLE,
      GOAL_MEASURE,
      "meet.example.test",
      "Listen well, ask open questions",
      "short, kind message",
    ]) {
      expect(written).not.toContain(secret);
    }
  });
});
