import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";

let t: TestApp;
let organizationId: string;
let adminId: string;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  const person = await createPerson(t.db, { organizationId, role: "admin" });
  adminId = person.id;
  admin = new TestClient(t.app);
  await admin.signIn(person.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("profile", () => {
  it("lets a person edit their name, title and bio, and clear them", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    const saved = await client.patch("/api/me/profile", {
      name: "  Noor  ",
      title: "Data engineer",
      bio: "I like maps.",
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: "Noor", title: "Data engineer", bio: "I like maps." });
    const cleared = await client.patch("/api/me/profile", { title: "", bio: null });
    expect(cleared.body).toMatchObject({ name: "Noor", title: null, bio: null });
  });

  it("explains limits instead of saving too much", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    const response = await client.patch("/api/me/profile", { bio: "x".repeat(2001), name: "" });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.details.fields).sort()).toEqual(["bio", "name"]);
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row?.bio).toBeNull();
  });
});

describe("managing people", () => {
  it("lets an admin change a role, which takes effect at once", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    expect((await client.get("/api/invitations")).status).toBe(403);
    const changed = await admin.patch(`/api/people/${person.id}/role`, { role: "admin" });
    expect(changed.body.role).toBe("admin");
    expect((await client.get("/api/invitations")).status).toBe(200);
  });

  it("deactivates a person: signed out, can't sign in, nothing deleted; reactivation restores access", async () => {
    const person = await createPerson(t.db, { organizationId, name: "Sam" });
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    await client.patch("/api/me/profile", { bio: "Keep me" });

    const off = await admin.post(`/api/people/${person.id}/deactivate`);
    expect(off.body.status).toBe("deactivated");
    expect((await client.get("/api/me")).status).toBe(401);
    const again = await new TestClient(t.app).post("/api/auth/sign-in", {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe("deactivated");
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row?.bio).toBe("Keep me");

    expect(
      (await admin.get("/api/people")).body.people.some((p: { id: string }) => p.id === person.id),
    ).toBe(true);
    const memberView = new TestClient(t.app);
    const member = await createPerson(t.db, { organizationId });
    await memberView.signIn(member.email, TEST_PASSWORD);
    expect(
      (await memberView.get("/api/people")).body.people.some(
        (p: { id: string }) => p.id === person.id,
      ),
    ).toBe(false);

    expect((await admin.post(`/api/people/${person.id}/reactivate`)).body.status).toBe("active");
    await new TestClient(t.app).signIn(person.email, TEST_PASSWORD);
  });

  it("never leaves the organization without an active admin", async () => {
    const solo = await createOrganization(t.db);
    const only = await createPerson(t.db, { organizationId: solo.id, role: "admin" });
    const client = new TestClient(t.app);
    await client.signIn(only.email, TEST_PASSWORD);
    const demote = await client.patch(`/api/people/${only.id}/role`, { role: "member" });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe("last_admin");
    const self = await client.post(`/api/people/${only.id}/deactivate`);
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe("cannot_change_self");
  });

  it("is for administrators only", async () => {
    const member = await createPerson(t.db, { organizationId });
    const client = new TestClient(t.app);
    await client.signIn(member.email, TEST_PASSWORD);
    expect((await client.patch(`/api/people/${adminId}/role`, { role: "member" })).status).toBe(
      403,
    );
    expect((await client.post(`/api/people/${adminId}/deactivate`)).status).toBe(403);
    const [row] = await t.db.select().from(people).where(eq(people.id, adminId));
    expect(row).toMatchObject({ role: "admin", status: "active" });
  });
});
