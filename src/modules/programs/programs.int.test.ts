import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollments, programs } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import type { NeedsAnalysis } from "./needs-analysis.ts";

let t: TestApp;
let organizationId: string;
let admin: TestClient;
let manager: TestClient;
let otherManager: TestClient;
let member: TestClient;
let memberId: string;
let otherManagerId: string;

const answers: NeedsAnalysis = {
  issue: {
    category: "knowledge_held_by_few",
    details: "Only three people know the billing system.",
  },
  knowledgeSharing: "few_experts",
  leadersModel: "some",
  tools: ["video_calls", "chat"],
  personalDevicesAllowed: false,
  audience: { who: "experts_and_learners", description: "", size: 40 },
};

async function client(role: "admin" | "program_manager" | "member", name: string) {
  const person = await createPerson(t.db, { organizationId, role, name });
  const c = new TestClient(t.app);
  await c.signIn(person.email, TEST_PASSWORD);
  return { client: c, person };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db, { name: "Lighthouse Co" })).id;
  admin = (await client("admin", "Ada Admin")).client;
  manager = (await client("program_manager", "Pia Manager")).client;
  const other = await client("program_manager", "Omar Manager");
  otherManager = other.client;
  otherManagerId = other.person.id;
  const m = await client("member", "Mo Member");
  member = m.client;
  memberId = m.person.id;
});
afterAll(() => t.close());

describe("creating programs", () => {
  it("a program manager creates a draft from the wizard; the recommendation and answers are kept", async () => {
    const created = await manager.post("/api/programs", {
      name: "Billing know-how 2026!",
      purpose: "knowledge_transfer",
      needsAnalysis: answers,
    });
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe("billing-know-how-2026");
    const program = await manager.get("/api/programs/billing-know-how-2026");
    expect(program.status).toBe(200);
    expect(program.body).toMatchObject({
      name: "Billing know-how 2026!",
      state: "draft",
      format: "one_to_one",
      kind: "career",
      canManage: true,
      measures: expect.arrayContaining(["knowledge_shared"]),
      managers: [{ name: "Pia Manager", personId: expect.any(String), email: expect.any(String) }],
      matching: {
        mode: "choice",
        shortlistSize: 5,
        responseDays: 3,
        rules: { reportingChain: true },
      },
    });
    expect(program.body.needsAnalysis.issue.details).toBe(
      "Only three people know the billing system.",
    );
    expect(program.body.recommendation.format.reason).toContain("Knowledge is held by a few");
  });

  it("gives the same name a different slug", async () => {
    const again = await admin.post("/api/programs", {
      name: "Billing know-how 2026",
      purpose: "other",
    });
    expect(again.body.slug).toBe("billing-know-how-2026-2");
  });

  it("a member can't create a program", async () => {
    const response = await member.post("/api/programs", { name: "Mine", purpose: "other" });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      "Only administrators and program managers can create programs.",
    );
  });

  it("refuses a cadence that runs backwards", async () => {
    const response = await manager.post("/api/programs", {
      name: "Backwards",
      purpose: "other",
      cadenceMinWeeks: 8,
      cadenceMaxWeeks: 2,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("invalid_cadence");
  });

  it("a career program keeps the reporting-chain rule even when asked to drop it", async () => {
    const created = await manager.post("/api/programs", {
      name: "Careers",
      purpose: "high_potential",
      kind: "career",
      matching: {
        mode: "bulk",
        weights: {
          skills: 1,
          goals: 1,
          questionnaire: 1,
          seniority: 1,
          crossDepartment: 1,
          crossLocation: 1,
          language: 1,
          timeZone: 1,
        },
        rules: { reportingChain: false, sameLocationRequired: false, notPreviousPairs: true },
        shortlistSize: 5,
        responseDays: 3,
      },
    });
    const program = await manager.get(`/api/programs/${created.body.slug}`);
    expect(program.body.matching.rules.reportingChain).toBe(true);
    const onTheJob = await manager.patch(`/api/programs/${created.body.slug}`, {
      kind: "on_the_job",
      matching: {
        ...program.body.matching,
        rules: { ...program.body.matching.rules, reportingChain: false },
      },
    });
    expect(onTheJob.status).toBe(200);
    expect(onTheJob.body.matching.rules.reportingChain).toBe(false);
  });
});

describe("who may see and change a program", () => {
  it("hides drafts from members and from managers of other programs", async () => {
    expect((await member.get("/api/programs/billing-know-how-2026")).status).toBe(404);
    const list = await member.get("/api/programs");
    expect(list.body.programs).toEqual([]);
    expect((await admin.get("/api/programs")).body.programs.length).toBeGreaterThanOrEqual(3);
  });

  it("lets only the program's managers and administrators change it", async () => {
    const url = "/api/programs/billing-know-how-2026";
    await manager.post(`${url}/state`, { to: "enrolling" });
    expect((await member.get(url)).body.canManage).toBe(false);
    const byMember = await member.patch(url, { durationMonths: 6 });
    expect(byMember.status).toBe(403);
    const byOther = await otherManager.patch(url, { durationMonths: 6 });
    expect(byOther.status).toBe(403);
    expect(byOther.body.error.message).toBe(
      "Only this program's managers and administrators can change it.",
    );
    const byAdmin = await admin.patch(url, { durationMonths: 9, description: "Pass it on." });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ durationMonths: 9, description: "Pass it on." });
  });

  it("adds and removes managers, never the last one", async () => {
    const url = "/api/programs/billing-know-how-2026/managers";
    const added = await manager.post(url, { personId: otherManagerId });
    expect(added.status).toBe(200);
    expect(added.body.managers.map((m: { name: string }) => m.name)).toEqual([
      "Omar Manager",
      "Pia Manager",
    ]);
    expect(
      (await otherManager.patch("/api/programs/billing-know-how-2026", { durationMonths: 10 }))
        .status,
    ).toBe(200);
    const managers = added.body.managers as { personId: string; name: string }[];
    const pia = managers.find((m) => m.name === "Pia Manager");
    await otherManager.delete(`${url}/${pia?.personId}`);
    const last = await otherManager.delete(`${url}/${otherManagerId}`);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe("last_program_manager");
    expect(
      (await manager.patch("/api/programs/billing-know-how-2026", { durationMonths: 11 })).status,
    ).toBe(403);
    await otherManager.post(url, { personId: pia?.personId });
  });

  it("refuses a manager from outside the organization", async () => {
    const elsewhere = await createOrganization(t.db, { name: "Elsewhere" });
    const stranger = await createPerson(t.db, { organizationId: elsewhere.id });
    const response = await manager.post("/api/programs/billing-know-how-2026/managers", {
      personId: stranger.id,
    });
    expect(response.status).toBe(404);
  });
});

describe("program states", () => {
  it("walks draft → enrolling → matching → running → closing → closed, with clear refusals", async () => {
    const { body } = await manager.post("/api/programs", { name: "States", purpose: "engagement" });
    const url = `/api/programs/${body.slug}/state`;
    const move = (to: string) => manager.post(url, { to });
    const refused = await move("closing");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("A program can only start closing once it is running.");
    expect((await move("enrolling")).body.state).toBe("enrolling");
    expect((await move("draft")).status).toBe(409);
    expect((await move("matching")).body.state).toBe("matching");
    expect((await move("enrolling")).body.state).toBe("enrolling");
    await move("matching");
    expect((await move("running")).body.state).toBe("running");
    const back = await move("matching");
    expect(back.status).toBe(409);
    expect(back.body.error.message).toContain("A running program can't go back");
    const shape = await manager.patch(`/api/programs/${body.slug}`, { format: "peer" });
    expect(shape.status).toBe(409);
    expect((await move("closing")).body.state).toBe("closing");
    expect((await move("closed")).body.state).toBe("closed");
    expect((await move("running")).body.error.message).toBe(
      "This program is closed; it can't be reopened.",
    );
    expect((await manager.patch(`/api/programs/${body.slug}`, { name: "Renamed" })).status).toBe(
      409,
    );
  });

  it("only managers change the state", async () => {
    const response = await member.post("/api/programs/billing-know-how-2026/state", {
      to: "matching",
    });
    expect(response.status).toBe(403);
  });
});

describe("counts and eligibility", () => {
  it("lists programs with submitted mentees and mentors", async () => {
    const [program] = await t.db
      .select()
      .from(programs)
      .where(eq(programs.slug, "billing-know-how-2026"));
    if (!program) throw new Error("missing program");
    await t.db.insert(enrollments).values([
      {
        organizationId,
        programId: program.id,
        personId: memberId,
        asMentee: true,
        status: "submitted",
      },
      {
        organizationId,
        programId: program.id,
        personId: otherManagerId,
        asMentor: true,
        asMentee: true,
        status: "submitted",
      },
    ]);
    const list = await member.get("/api/programs");
    const row = list.body.programs.find(
      (p: { slug: string }) => p.slug === "billing-know-how-2026",
    );
    expect(row.counts).toEqual({ mentees: 2, mentors: 1, matched: 0 });
  });

  it("stores an eligibility rule and rejects a malformed one", async () => {
    const url = "/api/programs/billing-know-how-2026";
    const ok = await manager.patch(url, {
      eligibility: { departments: ["Finance"], locations: [], personIds: [] },
    });
    expect(ok.body.eligibility).toEqual({ departments: ["Finance"], locations: [], personIds: [] });
    const bad = await manager.patch(url, { eligibility: { personIds: ["not-an-id"] } });
    expect(bad.status).toBe(422);
  });
});

describe("tenant isolation", () => {
  it("another organization's admin can't see or change these programs", async () => {
    const elsewhere = await createOrganization(t.db, { name: "Other Org" });
    const stranger = await createPerson(t.db, { organizationId: elsewhere.id, role: "admin" });
    const c = new TestClient(t.app);
    await c.signIn(stranger.email, TEST_PASSWORD);
    expect((await c.get("/api/programs")).body.programs).toEqual([]);
    expect((await c.get("/api/programs/billing-know-how-2026")).status).toBe(404);
    expect(
      (await c.patch("/api/programs/billing-know-how-2026", { name: "Mine now" })).status,
    ).toBe(404);
    expect(
      (await c.post("/api/programs/billing-know-how-2026/state", { to: "matching" })).status,
    ).toBe(404);
    // The same slug is free in another organization.
    expect(
      (await c.post("/api/programs", { name: "Billing know-how 2026", purpose: "other" })).body
        .slug,
    ).toBe("billing-know-how-2026");
  });
});
