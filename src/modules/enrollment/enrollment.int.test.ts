import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { enrollmentQuestions, enrollments, programs } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { insertProgram } from "./test-support.ts";

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let organizationId: string;

async function signedIn(
  role: "admin" | "member" | "program_manager" = "member",
  orgId = organizationId,
) {
  const person = await createPerson(t.db, { organizationId: orgId, role });
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return { client, person };
}

async function programWithForm(values: Partial<typeof programs.$inferInsert> = {}) {
  const manager = await signedIn("program_manager");
  const program = await insertProgram(t.db, {
    organizationId,
    managerIds: [manager.person.id],
    ...values,
  });
  const [goal, topics, confidence] = await t.db
    .insert(enrollmentQuestions)
    .values([
      {
        organizationId,
        programId: program.id,
        kind: "short_text",
        prompt: "Your goal?",
        required: true,
        position: 0,
      },
      {
        organizationId,
        programId: program.id,
        kind: "multiple_choice",
        prompt: "Topics?",
        options: ["Data", "Design"],
        usedForMatching: true,
        position: 1,
      },
      { organizationId, programId: program.id, kind: "scale", prompt: "Confidence?", position: 2 },
    ])
    .returning();
  if (!goal || !topics || !confidence) throw new Error("no questions");
  const url = `/api/programs/${program.slug}`;
  return { program, manager, url, q: { goal, topics, confidence } };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
});
afterAll(() => t.close());

/** The program's submitted enrollments, as the matching cohort reads them. */
const submittedEnrollments = (programId: string) =>
  t.db
    .select({
      personId: enrollments.personId,
      asMentee: enrollments.asMentee,
      asMentor: enrollments.asMentor,
      mentorCapacity: enrollments.mentorCapacity,
    })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), eq(enrollments.status, "submitted")));

describe("enrolling in a program", () => {
  it("shows the form prefilled from the profile, saves a draft, then sends it", async () => {
    const { url, q } = await programWithForm();
    const { client, person } = await signedIn();
    await t.db.update(people).set({ mentorCapacity: 3 }).where(eq(people.id, person.id));
    await client.post("/api/me/goals", { text: "Grow as a speaker" });

    const form = await client.get(`${url}/enrollment`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({
      canEnrol: true,
      reason: null,
      enrollment: null,
      profile: { goals: ["Grow as a speaker"], mentorCapacity: 3 },
    });
    expect(form.body.questions).toHaveLength(3);

    const draft = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: true,
      answers: [{ questionId: q.confidence.id, value: 4 }],
      submit: false,
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toEqual({ status: "started", submittedAt: null });
    const saved = (await client.get(`${url}/enrollment`)).body.enrollment;
    expect(saved).toMatchObject({ status: "started", mentorCapacity: 3 });
    expect(saved.answers).toEqual([{ questionId: q.confidence.id, value: 4 }]);

    const missing = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: true,
      answers: [],
      submit: true,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("Please answer “Your goal?”: it is required.");
    expect(missing.body.error.details.fields).toHaveProperty(q.goal.id);

    const wrong = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [
        { questionId: q.goal.id, value: "Speak at a conference" },
        { questionId: q.topics.id, value: ["Cooking"] },
        { questionId: q.confidence.id, value: 7 },
      ],
      submit: true,
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.details.fields).sort()).toEqual(
      [q.topics.id, q.confidence.id].sort(),
    );

    const sent = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: true,
      mentorCapacity: 2,
      answers: [
        { questionId: q.goal.id, value: "Speak at a conference" },
        { questionId: q.topics.id, value: ["Data"] },
      ],
      submit: true,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.status).toBe("submitted");
    const after = (await client.get(`${url}/enrollment`)).body.enrollment;
    expect(after).toMatchObject({ status: "submitted", asMentor: true, mentorCapacity: 2 });
    // The confidence answer was cleared by leaving it out.
    expect(after.answers).toHaveLength(2);
  });

  it("needs a role to send, and keeps a sent enrollment sent (and complete) when edited", async () => {
    const { url, q } = await programWithForm();
    const { client } = await signedIn();
    const noRole = await client.request("PUT", `${url}/enrollment`, {
      asMentee: false,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "x" }],
      submit: true,
    });
    expect(noRole.status).toBe(400);
    expect(noRole.body.error.message).toMatch(/mentee, a mentor or both/);
    const sent = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "Learn SQL" }],
      submit: true,
    });
    expect(sent.body.status).toBe("submitted");
    const emptied = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [],
      submit: false,
    });
    expect(emptied.status).toBe(400);
  });

  it("enrols everyone as both in programs where everyone is both", async () => {
    const { url, q, program } = await programWithForm({ roles: "everyone_both" });
    const { client, person } = await signedIn();
    const sent = await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "Pair on code" }],
      submit: true,
    });
    expect(sent.status).toBe(200);
    expect(await submittedEnrollments(program.id)).toEqual([
      { personId: person.id, asMentee: true, asMentor: true, mentorCapacity: 1 },
    ]);
  });

  it("refuses outside the state and window, with a clear reason", async () => {
    const cases: [Partial<typeof programs.$inferInsert>, RegExp, number][] = [
      [{ state: "draft" }, /isn't open for enrollment yet/, 404],
      [{ state: "matching" }, /has closed/, 409],
      [{ enrollmentOpensAt: new Date(Date.now() + 5 * DAY) }, /Enrollment opens on/, 409],
      [{ enrollmentClosesAt: new Date(Date.now() - DAY) }, /Enrollment closed on/, 409],
    ];
    const { client } = await signedIn();
    for (const [values, reason, status] of cases) {
      const { url, q } = await programWithForm(values);
      const response = await client.request("PUT", `${url}/enrollment`, {
        asMentee: true,
        asMentor: false,
        answers: [{ questionId: q.goal.id, value: "x" }],
        submit: true,
      });
      expect(response.status, JSON.stringify(values)).toBe(status);
      if (status === 409) {
        expect(response.body.error.message).toMatch(reason);
        const form = await client.get(`${url}/enrollment`);
        expect(form.body).toMatchObject({ canEnrol: false, reason: expect.stringMatching(reason) });
      }
    }
  });

  it("refuses people the program isn't for", async () => {
    const { url, q } = await programWithForm({
      eligibility: { departments: ["Engineering"], locations: [], personIds: [] },
    });
    const outsider = await signedIn();
    const insider = await signedIn();
    await t.db
      .update(people)
      .set({ department: "engineering" })
      .where(eq(people.id, insider.person.id));
    const body = {
      asMentee: true,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "x" }],
      submit: true,
    };
    const refused = await outsider.client.request("PUT", `${url}/enrollment`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/meant for a particular group/);
    expect((await insider.client.request("PUT", `${url}/enrollment`, body)).status).toBe(200);
  });

  it("withdraws until the program is running", async () => {
    const { url, q, program } = await programWithForm();
    const { client } = await signedIn();
    expect((await client.post(`${url}/enrollment/withdraw`)).status).toBe(404);
    await client.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "x" }],
      submit: true,
    });
    await t.db.update(programs).set({ state: "matching" }).where(eq(programs.id, program.id));
    const withdrawn = await client.post(`${url}/enrollment/withdraw`);
    expect(withdrawn.body).toEqual({ status: "withdrawn" });
    expect(await submittedEnrollments(program.id)).toEqual([]);

    const { client: other } = await signedIn();
    await t.db.update(programs).set({ state: "enrolling" }).where(eq(programs.id, program.id));
    await other.request("PUT", `${url}/enrollment`, {
      asMentee: true,
      asMentor: false,
      answers: [{ questionId: q.goal.id, value: "x" }],
      submit: true,
    });
    await t.db.update(programs).set({ state: "running" }).where(eq(programs.id, program.id));
    const late = await other.post(`${url}/enrollment/withdraw`);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/already under way/);
  });
});
