import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparationCompletions, preparationPages } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { insertEnrollment, insertProgram } from "./test-support.ts";

let t: TestApp;
let organizationId: string;
let manager: TestClient;
let member: TestClient;
let url: string;
const secret = "I am quietly hoping to change teams";

async function signedIn(role: "admin" | "member" | "program_manager", orgId: string) {
  const person = await createPerson(t.db, { organizationId: orgId, role });
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return { client, person };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  const pm = await signedIn("program_manager", organizationId);
  manager = pm.client;
  const program = await insertProgram(t.db, { organizationId, managerIds: [pm.person.id] });
  url = `/api/programs/${program.slug}`;
  const m = await signedIn("member", organizationId);
  member = m.client;
  const question = await manager.post(`${url}/enrollment-questions`, {
    kind: "long_text",
    prompt: "Anything we should know?",
  });
  // The member sends an enrollment with a private answer, through the API.
  const sent = await member.request("PUT", `${url}/enrollment`, {
    asMentee: true,
    asMentor: true,
    mentorCapacity: 2,
    answers: [{ questionId: question.body.id, value: secret }],
    submit: true,
  });
  expect(sent.status).toBe(200);
  // Others, straight to the database: one started, one withdrawn, a mentor with a tricky name.
  for (const [name, values] of [
    ["Zed Started", { status: "started" as const }],
    ["Yo Withdrawn", { status: "withdrawn" as const }],
    [
      'Mentor, "Ace"',
      {
        asMentee: false,
        asMentor: true,
        mentorCapacity: 3,
        status: "submitted" as const,
        submittedAt: new Date("2026-02-03T10:00:00Z"),
      },
    ],
  ] as const) {
    const person = await createPerson(t.db, { organizationId, name });
    await insertEnrollment(t.db, {
      organizationId,
      programId: program.id,
      personId: person.id,
      ...values,
    });
  }
  const [page] = await t.db
    .insert(preparationPages)
    .values([
      {
        organizationId,
        programId: program.id,
        title: "Being a mentee",
        body: "…",
        audience: "mentees",
      },
      {
        organizationId,
        programId: program.id,
        title: "Being a mentor",
        body: "…",
        audience: "mentors",
      },
    ])
    .returning();
  if (!page) throw new Error("no page");
  await t.db
    .insert(preparationCompletions)
    .values({ organizationId, pageId: page.id, personId: m.person.id });
});
afterAll(() => t.close());

describe("the enrollment list for program managers", () => {
  it("lists each enrollment with roles, capacity, status, date and preparation, and counts", async () => {
    const response = await manager.get(`${url}/enrollments`);
    expect(response.status).toBe(200);
    expect(response.body.counts).toEqual({
      started: 1,
      submitted: 2,
      withdrawn: 1,
      mentees: 1,
      mentors: 2,
    });
    const both = response.body.enrollments.find(
      (e: { asMentee: boolean; asMentor: boolean }) => e.asMentee && e.asMentor,
    );
    expect(both).toMatchObject({
      status: "submitted",
      mentorCapacity: 2,
      preparationDone: 1,
      preparationTotal: 2,
    });
    expect(response.body.enrollments).toHaveLength(4);
    expect(JSON.stringify(response.body)).not.toContain(secret);
  });

  it("filters by status and role", async () => {
    const started = await manager.get(`${url}/enrollments?status=started`);
    expect(started.body.enrollments.map((e: { personName: string }) => e.personName)).toEqual([
      "Zed Started",
    ]);
    const mentors = await manager.get(`${url}/enrollments?role=mentor&status=submitted`);
    expect(mentors.body.enrollments).toHaveLength(2);
    expect((await manager.get(`${url}/enrollments?status=lost`)).status).toBe(422);
  });

  it("downloads the same columns as CSV, quoted right, with no answers", async () => {
    const response = await manager.get(`${url}/enrollments/export?role=mentor`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toMatch(
      /attachment; filename=".*-enrollments\.csv"/,
    );
    const lines = response.raw.body.split("\r\n");
    expect(lines[0]).toBe(
      "Name,Roles,Mentor capacity,Status,Submitted,Preparation done,Preparation pages",
    );
    expect(lines).toContain('"Mentor, ""Ace""",Mentor,3,Submitted,2026-02-03,0,1');
    expect(lines).toHaveLength(4);
    expect(response.raw.body).not.toContain(secret);
  });

  it("is for the program's managers and administrators, not members", async () => {
    expect((await member.get(`${url}/enrollments`)).status).toBe(403);
    expect((await member.get(`${url}/enrollments/export`)).status).toBe(403);
    const admin = await signedIn("admin", organizationId);
    expect((await admin.client.get(`${url}/enrollments`)).status).toBe(200);
  });

  it("shows a member their own answers only", async () => {
    const own = await member.get(`${url}/enrollment`);
    expect(JSON.stringify(own.body.enrollment.answers)).toContain(secret);
    const other = await signedIn("member", organizationId);
    const theirs = await other.client.get(`${url}/enrollment`);
    expect(theirs.body.enrollment).toBeNull();
    expect(JSON.stringify(theirs.body)).not.toContain(secret);
  });

  it("doesn't exist for another organization", async () => {
    const elsewhere = (await createOrganization(t.db)).id;
    const admin = await signedIn("admin", elsewhere);
    for (const path of [
      "/enrollments",
      "/enrollments/export",
      "/enrollment",
      "/enrollment-questions",
    ]) {
      const response = await admin.client.get(`${url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});
