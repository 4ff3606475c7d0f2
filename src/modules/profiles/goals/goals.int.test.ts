import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goals } from "../../../db/schema.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { TestClient } from "../../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../../test/factories.ts";

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
  admin = await signedIn(await createPerson(t.db, { organizationId, role: "admin" }));
});
afterAll(() => t.close());

describe("objectives", () => {
  it("are kept by admins: create, edit, archive and restore", async () => {
    const created = await admin.post("/api/objectives", {
      title: "  Grow our data literacy ",
      description: "Everyone reads a chart with confidence.",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Grow our data literacy", archived: false });
    const id = created.body.id;
    const edited = await admin.patch(`/api/objectives/${id}`, { title: "Data literacy for all" });
    expect(edited.body.title).toBe("Data literacy for all");
    const archived = await admin.patch(`/api/objectives/${id}`, { archived: true });
    expect(archived.body.archived).toBe(true);

    const member = await signedIn(await createPerson(t.db, { organizationId }));
    const visible = await member.get("/api/objectives?includeArchived=true");
    expect(visible.body.objectives.map((o: { id: string }) => o.id)).not.toContain(id);
    const all = await admin.get("/api/objectives?includeArchived=true");
    expect(all.body.objectives.map((o: { id: string }) => o.id)).toContain(id);
    expect((await admin.patch(`/api/objectives/${id}`, { archived: false })).body.archived).toBe(
      false,
    );
  });

  it("can't be changed by members, or by another organization's admin", async () => {
    const created = await admin.post("/api/objectives", { title: "Ship safely" });
    const member = await signedIn(await createPerson(t.db, { organizationId }));
    expect((await member.post("/api/objectives", { title: "Mine" })).status).toBe(403);
    expect(
      (await member.patch(`/api/objectives/${created.body.id}`, { title: "Mine" })).status,
    ).toBe(403);
    const outsider = await signedIn(await createPerson(t.db, { role: "admin" }));
    expect(
      (await outsider.patch(`/api/objectives/${created.body.id}`, { archived: true })).status,
    ).toBe(404);
    expect((await admin.get("/api/objectives")).body.objectives).toContainEqual(
      expect.objectContaining({ id: created.body.id, title: "Ship safely", archived: false }),
    );
  });

  it("need a title", async () => {
    const response = await admin.post("/api/objectives", { title: "   " });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields.title).toMatch(/title/);
  });
});

describe("goals", () => {
  it("are added, edited, linked to objectives, reordered and removed by their owner", async () => {
    const objective = (await admin.post("/api/objectives", { title: "Serve customers faster" }))
      .body;
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const first = await client.post("/api/me/goals", { text: "Learn SQL window functions" });
    expect(first.status).toBe(201);
    const second = await client.post("/api/me/goals", {
      text: "Answer support tickets in a day",
      objectiveId: objective.id,
    });
    const [a, b] = second.body.goals;
    expect(second.body.goals.map((g: { text: string }) => g.text)).toEqual([
      "Learn SQL window functions",
      "Answer support tickets in a day",
    ]);
    expect(b.objective).toEqual({ id: objective.id, title: objective.title, archived: false });

    const reordered = await client.request("PUT", "/api/me/goals/order", { goalIds: [b.id, a.id] });
    expect(reordered.body.goals.map((g: { id: string }) => g.id)).toEqual([b.id, a.id]);

    const edited = await client.patch(`/api/me/goals/${a.id}`, {
      text: "Learn SQL window functions well",
      objectiveId: objective.id,
    });
    expect(edited.body.goals[1]).toMatchObject({
      text: "Learn SQL window functions well",
      objective: { id: objective.id },
    });

    // The profile shows them to colleagues, in order.
    const colleague = await signedIn(await createPerson(t.db, { organizationId }));
    const profile = await colleague.get(`/api/people/${person.id}/profile`);
    expect(profile.body.goals.map((g: { id: string }) => g.id)).toEqual([b.id, a.id]);

    const removed = await client.delete(`/api/me/goals/${b.id}`);
    expect(removed.body.goals.map((g: { id: string }) => g.id)).toEqual([a.id]);
  });

  it("keep an archived objective they already had, but can't pick one anew", async () => {
    const objective = (await admin.post("/api/objectives", { title: "Old focus" })).body;
    const client = await signedIn(await createPerson(t.db, { organizationId }));
    const added = await client.post("/api/me/goals", {
      text: "Something",
      objectiveId: objective.id,
    });
    const goal = added.body.goals[0];
    await admin.patch(`/api/objectives/${objective.id}`, { archived: true });
    const kept = await client.patch(`/api/me/goals/${goal.id}`, {
      text: "Something else",
      objectiveId: objective.id,
    });
    expect(kept.status).toBe(200);
    expect(kept.body.goals[0].objective).toMatchObject({ id: objective.id, archived: true });
    const fresh = await client.post("/api/me/goals", { text: "New", objectiveId: objective.id });
    expect(fresh.status).toBe(400);
    expect(fresh.body.error.code).toBe("objective_not_found");
  });

  it("refuse another organization's objective, a stale order, and more than 20 goals", async () => {
    const outsiderAdmin = await signedIn(await createPerson(t.db, { role: "admin" }));
    const foreign = (await outsiderAdmin.post("/api/objectives", { title: "Theirs" })).body;
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const linked = await client.post("/api/me/goals", { text: "Mine", objectiveId: foreign.id });
    expect(linked.status).toBe(400);

    const one = (await client.post("/api/me/goals", { text: "One" })).body.goals[0];
    const stale = await client.request("PUT", "/api/me/goals/order", { goalIds: [] });
    expect(stale.status).toBe(400);
    expect(stale.body.error.code).toBe("goal_order_mismatch");
    const twice = await client.request("PUT", "/api/me/goals/order", { goalIds: [one.id, one.id] });
    expect(twice.status).toBe(400);

    for (let i = 1; i < 20; i++) {
      expect((await client.post("/api/me/goals", { text: `Goal ${i}` })).status).toBe(201);
    }
    const tooMany = await client.post("/api/me/goals", { text: "One more" });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe("too_many_goals");
    const rows = await t.db.select().from(goals).where(eq(goals.personId, person.id));
    expect(rows).toHaveLength(20);
  });

  it("belong to their owner alone", async () => {
    const owner = await signedIn(await createPerson(t.db, { organizationId }));
    const goal = (await owner.post("/api/me/goals", { text: "Private plan" })).body.goals[0];
    const other = await signedIn(await createPerson(t.db, { organizationId }));
    expect((await other.patch(`/api/me/goals/${goal.id}`, { text: "Changed" })).status).toBe(404);
    expect((await other.delete(`/api/me/goals/${goal.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/me/goals/${goal.id}`)).status).toBe(404);
    const [row] = await t.db.select().from(goals).where(eq(goals.id, goal.id));
    expect(row?.text).toBe("Private plan");
  });
});
