import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { profileSchema } from "./presenters.ts";

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

describe("editing your own profile", () => {
  it("saves personal details and mentoring preferences, normalized", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const saved = await client.patch("/api/me/profile", {
      preferredName: " Noor ",
      pronouns: "she/her",
      department: "Data",
      location: "Lisbon",
      timeZone: "europe/lisbon",
      languages: ["Portuguese", "English", "english"],
      openToMentor: true,
      mentorCapacity: 3,
      openToBeMentored: true,
      preferredFormats: ["one_to_one", "peer", "peer"],
      meetingPreference: "remote",
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const profile = await client.get(`/api/people/${person.id}/profile`);
    expect(profile.body).toMatchObject({
      preferredName: "Noor",
      pronouns: "she/her",
      department: "Data",
      location: "Lisbon",
      timeZone: "Europe/Lisbon",
      languages: ["Portuguese", "English"],
      mentoring: {
        openToMentor: true,
        mentorCapacity: 3,
        openToBeMentored: true,
        preferredFormats: ["one_to_one", "peer"],
        meetingPreference: "remote",
      },
      canEdit: { profile: true, workDetails: false },
    });
    const cleared = await client.patch("/api/me/profile", { pronouns: "", timeZone: null });
    expect(cleared.status).toBe(200);
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row).toMatchObject({ pronouns: null, timeZone: null, department: "Data" });
  });

  it("refuses a time zone that doesn't exist, and saves nothing of that request", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const response = await client.patch("/api/me/profile", {
      location: "Mars",
      timeZone: "Mars/Olympus_Mons",
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields.timeZone).toMatch(/isn't a time zone we know/);
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row).toMatchObject({ location: null, timeZone: null });
  });

  it("refuses mentor capacity out of range and unknown formats", async () => {
    const client = await signedIn(await createPerson(t.db, { organizationId }));
    const response = await client.patch("/api/me/profile", {
      mentorCapacity: 21,
      preferredFormats: ["speed_dating"],
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.details.fields).sort()).toEqual([
      "mentorCapacity",
      "preferredFormats.0",
    ]);
  });

  it("won't let a member change their own manager, hire date or employee ID", async () => {
    const boss = await createPerson(t.db, { organizationId });
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    for (const body of [
      { managerId: boss.id },
      { employeeId: "E-1" },
      { hireDate: "2020-01-01" },
    ]) {
      const response = await client.patch("/api/me/profile", { name: "Still Me", ...body });
      expect(response.status).toBe(422);
      expect(response.body.error.message).toMatch(/kept by your administrators/);
      const work = await client.patch(`/api/people/${person.id}/work`, body);
      expect(work.status).toBe(403);
    }
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row).toMatchObject({ managerId: null, employeeId: null, hireDate: null });
    expect(row?.name).not.toBe("Still Me");
  });

  it("can't edit anyone else's profile", async () => {
    const other = await createPerson(t.db, { organizationId });
    const client = await signedIn(await createPerson(t.db, { organizationId }));
    expect((await client.patch(`/api/people/${other.id}/work`, { title: "Hijacked" })).status).toBe(
      403,
    );
    const [row] = await t.db.select().from(people).where(eq(people.id, other.id));
    expect(row?.title).toBeNull();
  });
});

describe("work details (administrators)", () => {
  it("lets an admin set title, department, location, hire date and employee ID for anyone", async () => {
    const person = await createPerson(t.db, { organizationId });
    const response = await admin.patch(`/api/people/${person.id}/work`, {
      title: "Analyst",
      department: "Finance",
      location: "Porto",
      hireDate: "2021-03-15",
      employeeId: "E-1001",
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      title: "Analyst",
      department: "Finance",
      location: "Porto",
      hireDate: "2021-03-15",
      employeeId: "E-1001",
      canEdit: { profile: false, workDetails: true },
    });
  });

  it("refuses a date that doesn't exist and an employee ID someone else has", async () => {
    const first = await createPerson(t.db, { organizationId, name: "First Holder" });
    const second = await createPerson(t.db, { organizationId });
    expect((await admin.patch(`/api/people/${first.id}/work`, { employeeId: "E-7" })).status).toBe(
      200,
    );
    const taken = await admin.patch(`/api/people/${second.id}/work`, { employeeId: "E-7" });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain("First Holder");
    const badDate = await admin.patch(`/api/people/${second.id}/work`, { hireDate: "2023-02-30" });
    expect(badDate.status).toBe(422);
    expect(badDate.body.error.details.fields.hireDate).toMatch(/doesn't exist/);
  });
});

describe("viewing a profile", () => {
  it("shows a colleague's profile to anyone in the organization, listing fields one by one", async () => {
    const boss = await createPerson(t.db, { organizationId, name: "The Boss" });
    const person = await createPerson(t.db, { organizationId });
    await t.db
      .update(people)
      .set({ managerId: boss.id, employeeId: `E-${person.id.slice(0, 6)}`, bio: "Hello" })
      .where(eq(people.id, person.id));
    const viewer = await signedIn(await createPerson(t.db, { organizationId }));
    const response = await viewer.get(`/api/people/${person.id}/profile`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(Object.keys(profileSchema.shape).sort());
    expect(response.body).toMatchObject({
      id: person.id,
      bio: "Hello",
      manager: { id: boss.id, name: "The Boss" },
      employeeId: null,
      canEdit: { profile: false, workDetails: false },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|password_hash|argon2/);
    const bossView = await viewer.get(`/api/people/${boss.id}/profile`);
    expect(bossView.body.directReports).toBe(1);
    // The person themself and administrators see the employee ID.
    const own = await (await signedIn(person)).get(`/api/people/${person.id}/profile`);
    expect(own.body.employeeId).toBe(`E-${person.id.slice(0, 6)}`);
    expect((await admin.get(`/api/people/${person.id}/profile`)).body.employeeId).toBe(
      `E-${person.id.slice(0, 6)}`,
    );
  });

  it("hides deactivated people from members, not from admins", async () => {
    const gone = await createPerson(t.db, { organizationId, status: "deactivated" });
    const viewer = await signedIn(await createPerson(t.db, { organizationId }));
    expect((await viewer.get(`/api/people/${gone.id}/profile`)).status).toBe(404);
    expect((await admin.get(`/api/people/${gone.id}/profile`)).status).toBe(200);
  });

  it("never shows another organization's people", async () => {
    const stranger = await createPerson(t.db, { name: "Someone Elsewhere" });
    const response = await admin.get(`/api/people/${stranger.id}/profile`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain("Someone Elsewhere");
  });
});
