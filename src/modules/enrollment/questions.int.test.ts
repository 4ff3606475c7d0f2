import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollmentAnswers } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { insertEnrollment, insertProgram } from "./test-support.ts";

let t: TestApp;
let organizationId: string;
let manager: TestClient;
let member: TestClient;
let memberId: string;
let base: string;
let programId: string;

async function clientFor(role: "admin" | "member" | "program_manager") {
  const person = await createPerson(t.db, { organizationId, role });
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return { client, person };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  const pm = await clientFor("program_manager");
  manager = pm.client;
  const m = await clientFor("member");
  member = m.client;
  memberId = m.person.id;
  const program = await insertProgram(t.db, { organizationId, managerIds: [pm.person.id] });
  programId = program.id;
  base = `/api/programs/${program.slug}/enrollment-questions`;
});
afterAll(() => t.close());

describe("the enrollment form's questions", () => {
  it("lets the program's manager add questions of every kind, in order", async () => {
    const added = [];
    for (const body of [
      { kind: "short_text", prompt: "What do you hope to learn?", required: true },
      { kind: "long_text", prompt: "Tell us about a project you are proud of" },
      { kind: "single_choice", prompt: "Where do you work most?", options: ["Office", "Home"] },
      {
        kind: "multiple_choice",
        prompt: "Which topics?",
        options: ["Leadership", "Data", "Design"],
        usedForMatching: true,
      },
      {
        kind: "scale",
        prompt: "How confident are you giving feedback?",
        options: ["Not yet", "Very"],
      },
    ]) {
      const response = await manager.post(base, body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      added.push(response.body);
    }
    expect(added.map((q) => q.position)).toEqual([0, 1, 2, 3, 4]);
    expect(added[3]).toMatchObject({ usedForMatching: true, required: false, archived: false });
    const list = await manager.get(base);
    expect(list.body.questions.map((q: { kind: string }) => q.kind)).toEqual([
      "short_text",
      "long_text",
      "single_choice",
      "multiple_choice",
      "scale",
    ]);
  });

  it("refuses a choice question with fewer than two options, or the same option twice", async () => {
    const one = await manager.post(base, { kind: "single_choice", prompt: "Pick", options: ["A"] });
    expect(one.status).toBe(400);
    expect(one.body.error.message).toMatch(/at least two options/);
    const twice = await manager.post(base, {
      kind: "multiple_choice",
      prompt: "Pick",
      options: ["A", "a"],
    });
    expect(twice.status).toBe(400);
    const edit = (await manager.get(base)).body.questions[2];
    const patched = await manager.patch(`${base}/${edit.id}`, { options: ["Only one"] });
    expect(patched.status).toBe(400);
  });

  it("reorders, edits and deletes an unanswered question", async () => {
    const ids = (await manager.get(base)).body.questions.map((q: { id: string }) => q.id);
    const reordered = await manager.request("PUT", `${base}/order`, {
      questionIds: [ids[4], ids[0]],
    });
    expect(reordered.status).toBe(204);
    const after = (await manager.get(base)).body.questions.map((q: { id: string }) => q.id);
    expect(after).toEqual([ids[4], ids[0], ids[1], ids[2], ids[3]]);
    const edited = await manager.patch(`${base}/${ids[1]}`, {
      prompt: "Tell us about a proud moment",
      required: true,
    });
    expect(edited.body).toMatchObject({ prompt: "Tell us about a proud moment", required: true });
    expect((await manager.delete(`${base}/${ids[1]}`)).status).toBe(204);
    expect((await manager.get(base)).body.questions).toHaveLength(4);
  });

  it("archives, but doesn't delete, a question people have answered", async () => {
    const [question] = (await manager.get(base)).body.questions;
    const enrollment = await insertEnrollment(t.db, {
      organizationId,
      programId,
      personId: memberId,
    });
    await t.db
      .insert(enrollmentAnswers)
      .values({ organizationId, enrollmentId: enrollment.id, questionId: question.id, value: 4 });
    const refused = await manager.delete(`${base}/${question.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/archive it/);
    const kind = await manager.patch(`${base}/${question.id}`, { kind: "short_text" });
    expect(kind.status).toBe(409);
    const archived = await manager.patch(`${base}/${question.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    const listed = (await manager.get(base)).body.questions.find(
      (q: { id: string }) => q.id === question.id,
    );
    expect(listed).toMatchObject({ archived: true, answerCount: 1 });
  });

  it("is for the program's managers and administrators only", async () => {
    expect((await member.get(base)).status).toBe(403);
    const added = await member.post(base, { kind: "short_text", prompt: "Sneaky?" });
    expect(added.status).toBe(403);
    const { client: admin } = await clientFor("admin");
    expect((await admin.get(base)).status).toBe(200);
    // A program manager of another program isn't this one's.
    const { client: other } = await clientFor("program_manager");
    expect((await other.get(base)).status).toBe(403);
  });
});
