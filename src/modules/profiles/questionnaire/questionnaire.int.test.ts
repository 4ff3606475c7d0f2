import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionnaireAnswers, questionnaireQuestions } from "../../../db/schema.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { TestClient } from "../../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../../test/factories.ts";
import { addDefaultQuestions, DEFAULT_QUESTIONS } from "./default-questions.ts";

let t: TestApp;
let organizationId: string;
let admin: TestClient;
type Person = Awaited<ReturnType<typeof createPerson>>;

async function signedIn(person: Person) {
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  await addDefaultQuestions(t.db, organizationId);
  admin = await signedIn(await createPerson(t.db, { organizationId, role: "admin" }));
});
afterAll(() => t.close());

describe("the default questions", () => {
  it("come with a new organization at setup, in order", async () => {
    const fresh = await createTestApp();
    try {
      const setup = await new TestClient(fresh.app).post("/api/setup", {
        organizationName: "Fresh Start",
        organizationSlug: "fresh-start",
        name: "First Admin",
        email: "first@fresh.test",
        password: "a long enough password",
      });
      expect(setup.status, JSON.stringify(setup.body)).toBe(201);
      const rows = await fresh.db.select().from(questionnaireQuestions);
      expect(rows.sort((a, b) => a.position - b.position).map((r) => r.prompt)).toEqual(
        DEFAULT_QUESTIONS.map((q) => q.prompt),
      );
    } finally {
      await fresh.close();
    }
  });

  it("are the same set that the migration gives organizations created before it", () => {
    const migration = readFileSync(
      new URL("../../../db/migrations/0002_person_photos_org_chart.sql", import.meta.url),
      "utf8",
    );
    const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;
    DEFAULT_QUESTIONS.forEach((question, position) => {
      expect(migration).toContain(
        `(${quoted(question.prompt)}, ARRAY[${question.options.map(quoted).join(", ")}]::text[], ${position})`,
      );
    });
    expect(DEFAULT_QUESTIONS.length).toBeGreaterThanOrEqual(6);
    expect(DEFAULT_QUESTIONS.length).toBeLessThanOrEqual(8);
  });
});

describe("answering", () => {
  it("saves one answer per question, lets a person change or take it back, and shows it only to them", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const mine = await client.get("/api/me/questionnaire");
    expect(mine.body.questions.length).toBe(DEFAULT_QUESTIONS.length);
    expect(mine.body.answers).toEqual({});
    const [q1, q2] = mine.body.questions;

    const saved = await client.request("PUT", "/api/me/questionnaire", {
      answers: [
        { questionId: q1.id, option: 1 },
        { questionId: q2.id, option: 0 },
      ],
    });
    expect(saved.body.answers).toEqual({ [q1.id]: 1, [q2.id]: 0 });
    const changed = await client.request("PUT", "/api/me/questionnaire", {
      answers: [
        { questionId: q1.id, option: 2 },
        { questionId: q2.id, option: null },
      ],
    });
    expect(changed.body.answers).toEqual({ [q1.id]: 2 });

    // Nobody else, not even an admin, gets the answers through the profile.
    const profile = await admin.get(`/api/people/${person.id}/profile`);
    expect(JSON.stringify(profile.body)).not.toMatch(/answer|questionnaire/i);
  });

  it("refuses an option that doesn't exist, a repeated question, and another organization's question, saving none", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const [q1] = (await client.get("/api/me/questionnaire")).body.questions;
    const outside = await createOrganization(t.db);
    await addDefaultQuestions(t.db, outside.id);
    const [foreign] = await t.db
      .select()
      .from(questionnaireQuestions)
      .where(eq(questionnaireQuestions.organizationId, outside.id));
    for (const answers of [
      [
        { questionId: q1.id, option: 0 },
        { questionId: q1.id, option: 1 },
      ],
      [
        { questionId: q1.id, option: 0 },
        { questionId: q1.id.replace(/.$/, "0"), option: 5 },
      ],
      [
        { questionId: q1.id, option: 0 },
        { questionId: foreign?.id, option: 0 },
      ],
      [{ questionId: q1.id, option: 7 }],
    ]) {
      const response = await client.request("PUT", "/api/me/questionnaire", { answers });
      expect(response.status, JSON.stringify(answers)).toBe(400);
    }
    const rows = await t.db
      .select()
      .from(questionnaireAnswers)
      .where(eq(questionnaireAnswers.personId, person.id));
    expect(rows).toEqual([]);
  });
});

describe("questions (administrators)", () => {
  it("are created, edited, reordered, archived and restored", async () => {
    const created = await admin.post("/api/questionnaire/questions", {
      prompt: "Mornings or evenings?",
      options: ["Mornings", "Evenings", "Either"],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    // A person's answer to an option that goes away is cleared; the rest are kept.
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    await client.request("PUT", "/api/me/questionnaire", {
      answers: [{ questionId: id, option: 2 }],
    });
    const edited = await admin.patch(`/api/questionnaire/questions/${id}`, {
      prompt: "Early or late?",
      options: ["Early", "Late"],
    });
    expect(edited.body).toMatchObject({ prompt: "Early or late?", options: ["Early", "Late"] });
    const answers = await t.db
      .select()
      .from(questionnaireAnswers)
      .where(and(eq(questionnaireAnswers.personId, person.id)));
    expect(answers).toEqual([]);

    const list = (await admin.get("/api/questionnaire/questions")).body.questions;
    const reversed = list.map((q: { id: string }) => q.id).reverse();
    const reordered = await admin.request("PUT", "/api/questionnaire/questions/order", {
      questionIds: reversed,
    });
    expect(reordered.body.questions.map((q: { id: string }) => q.id)).toEqual(reversed);

    await admin.patch(`/api/questionnaire/questions/${id}`, { archived: true });
    const forMembers = (await client.get("/api/me/questionnaire")).body.questions;
    expect(forMembers.map((q: { id: string }) => q.id)).not.toContain(id);
    const forAdmins = await admin.get("/api/questionnaire/questions?includeArchived=true");
    expect(forAdmins.body.questions.at(-1)).toMatchObject({ id, archived: true });
    const restored = await admin.patch(`/api/questionnaire/questions/${id}`, { archived: false });
    expect(restored.body.archived).toBe(false);
  });

  it("need a prompt and at least two different answers", async () => {
    for (const body of [
      { prompt: "Only one?", options: ["Yes"] },
      { prompt: "Same twice?", options: ["Yes", "yes"] },
      { prompt: "", options: ["A", "B"] },
      { prompt: "Blank answer?", options: ["A", " "] },
    ]) {
      const response = await admin.post("/api/questionnaire/questions", body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });

  it("are for administrators of the organization only", async () => {
    const member = await signedIn(await createPerson(t.db, { organizationId }));
    const [question] = (await member.get("/api/questionnaire/questions")).body.questions;
    expect(
      (await member.post("/api/questionnaire/questions", { prompt: "Q?", options: ["A", "B"] }))
        .status,
    ).toBe(403);
    expect(
      (await member.patch(`/api/questionnaire/questions/${question.id}`, { archived: true }))
        .status,
    ).toBe(403);
    const outsider = await signedIn(await createPerson(t.db, { role: "admin" }));
    expect(
      (await outsider.patch(`/api/questionnaire/questions/${question.id}`, { archived: true }))
        .status,
    ).toBe(404);
    const [row] = await t.db
      .select()
      .from(questionnaireQuestions)
      .where(eq(questionnaireQuestions.id, question.id));
    expect(row?.archivedAt).toBeNull();
  });
});
