import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { isInReportingChain, managersOf } from "./reporting-chain.ts";

let t: TestApp;
let organizationId: string;
let admin: TestClient;
let member: TestClient;
type Person = Awaited<ReturnType<typeof createPerson>>;

async function signedIn(person: Person) {
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return client;
}

async function setManager(personId: string, managerId: string | null) {
  await t.db.update(people).set({ managerId }).where(eq(people.id, personId));
}

/** Ada ← Charles ← Grace ← Alan (each reports to the one before), and Edsger on his own. */
async function createChain(orgId = organizationId) {
  const suffix = Math.random().toString(36).slice(2, 6);
  const ada = await createPerson(t.db, { organizationId: orgId, name: `Ada Lovelace ${suffix}` });
  const charles = await createPerson(t.db, {
    organizationId: orgId,
    name: `Charles Babbage ${suffix}`,
  });
  const grace = await createPerson(t.db, { organizationId: orgId, name: `Grace Hopper ${suffix}` });
  const alan = await createPerson(t.db, { organizationId: orgId, name: `Alan Turing ${suffix}` });
  const edsger = await createPerson(t.db, {
    organizationId: orgId,
    name: `Edsger Dijkstra ${suffix}`,
  });
  await setManager(charles.id, ada.id);
  await setManager(grace.id, charles.id);
  await setManager(alan.id, grace.id);
  return { ada, charles, grace, alan, edsger };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  admin = await signedIn(await createPerson(t.db, { organizationId, role: "admin" }));
  member = await signedIn(await createPerson(t.db, { organizationId }));
});
afterAll(() => t.close());

describe("isInReportingChain", () => {
  it("is true both ways along a chain, direct or further up, and false otherwise", async () => {
    const { ada, charles, grace, alan, edsger } = await createChain();
    expect(await isInReportingChain(t.db, organizationId, alan.id, ada.id)).toBe(true);
    expect(await isInReportingChain(t.db, organizationId, ada.id, alan.id)).toBe(true);
    expect(await isInReportingChain(t.db, organizationId, grace.id, charles.id)).toBe(true);
    expect(await isInReportingChain(t.db, organizationId, charles.id, grace.id)).toBe(true);
    expect(await isInReportingChain(t.db, organizationId, edsger.id, ada.id)).toBe(false);
    expect(await isInReportingChain(t.db, organizationId, ada.id, edsger.id)).toBe(false);
    expect(await isInReportingChain(t.db, organizationId, ada.id, ada.id)).toBe(false);
  });

  it("treats colleagues under the same manager as unrelated", async () => {
    const { charles, grace } = await createChain();
    const sibling = await createPerson(t.db, { organizationId });
    await setManager(sibling.id, charles.id);
    expect(await isInReportingChain(t.db, organizationId, sibling.id, grace.id)).toBe(false);
    expect(await isInReportingChain(t.db, organizationId, sibling.id, charles.id)).toBe(true);
  });

  it("answers false for another organization's people, even when they are linked there", async () => {
    const other = await createOrganization(t.db);
    const { ada, alan } = await createChain(other.id);
    expect(await isInReportingChain(t.db, organizationId, ada.id, alan.id)).toBe(false);
    expect(await isInReportingChain(t.db, other.id, ada.id, alan.id)).toBe(true);
  });

  it("stops on a loop written straight into the database", async () => {
    const { ada, alan, edsger } = await createChain();
    await setManager(ada.id, alan.id);
    expect(await isInReportingChain(t.db, organizationId, ada.id, alan.id)).toBe(true);
    expect(await isInReportingChain(t.db, organizationId, ada.id, edsger.id)).toBe(false);
    expect((await managersOf(t.db, organizationId, ada.id)).length).toBeLessThanOrEqual(200);
  });
});

describe("setting a manager", () => {
  it("lets an administrator set and clear a manager", async () => {
    const { ada, edsger } = await createChain();
    const set = await admin.patch(`/api/people/${edsger.id}/work`, { managerId: ada.id });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.manager).toMatchObject({ id: ada.id, name: ada.name });
    const cleared = await admin.patch(`/api/people/${edsger.id}/work`, { managerId: null });
    expect(cleared.body.manager).toBeNull();
  });

  it("refuses a loop, naming the people and the chain", async () => {
    const { ada, charles, grace } = await createChain();
    const response = await admin.patch(`/api/people/${ada.id}/work`, { managerId: grace.id });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("reporting_cycle");
    expect(response.body.error.message).toBe(
      `${ada.name} can't report to ${grace.name}: ${grace.name} already reports to ${ada.name} (${grace.name} → ${charles.name} → ${ada.name}).`,
    );
    const [row] = await t.db.select().from(people).where(eq(people.id, ada.id));
    expect(row?.managerId).toBeNull();
  });

  it("refuses self-management with the person's name", async () => {
    const { edsger } = await createChain();
    const response = await admin.patch(`/api/people/${edsger.id}/work`, { managerId: edsger.id });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "self_manager",
      message: `${edsger.name} can't be their own manager.`,
    });
  });

  it("refuses a manager from another organization, or a deactivated one", async () => {
    const { edsger } = await createChain();
    const stranger = await createPerson(t.db);
    const foreign = await admin.patch(`/api/people/${edsger.id}/work`, { managerId: stranger.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe("manager_not_found");
    expect(JSON.stringify(foreign.body)).not.toContain(stranger.name);
    const gone = await createPerson(t.db, { organizationId, status: "deactivated" });
    const inactive = await admin.patch(`/api/people/${edsger.id}/work`, { managerId: gone.id });
    expect(inactive.status).toBe(400);
    expect(inactive.body.error.code).toBe("manager_deactivated");
  });

  it("is for administrators only, even for a member's own manager", async () => {
    const { ada } = await createChain();
    const me = await member.get("/api/me");
    const response = await member.patch(`/api/people/${me.body.id}/work`, { managerId: ada.id });
    expect(response.status).toBe(403);
    const [row] = await t.db.select().from(people).where(eq(people.id, me.body.id));
    expect(row?.managerId).toBeNull();
  });

  it("can't reach a person of another organization", async () => {
    const stranger = await createPerson(t.db);
    const response = await admin.patch(`/api/people/${stranger.id}/work`, { title: "Taken over" });
    expect(response.status).toBe(404);
    const [row] = await t.db.select().from(people).where(eq(people.id, stranger.id));
    expect(row?.title).toBeNull();
  });
});

describe("the org chart API", () => {
  it("shows the top, then each person's reports with their counts, without deactivated people", async () => {
    const org = await createOrganization(t.db);
    const viewer = await signedIn(await createPerson(t.db, { organizationId: org.id }));
    const { ada, charles, grace, alan, edsger } = await createChain(org.id);
    const gone = await createPerson(t.db, { organizationId: org.id, status: "deactivated" });
    await setManager(gone.id, charles.id);
    // Someone whose manager left shows at the top rather than vanishing.
    const orphan = await createPerson(t.db, { organizationId: org.id, name: "Zed Orphan" });
    await setManager(orphan.id, gone.id);

    const top = await viewer.get("/api/org-chart");
    expect(top.status).toBe(200);
    const topIds = top.body.people.map((p: { id: string }) => p.id);
    expect(topIds).toEqual(expect.arrayContaining([ada.id, edsger.id, orphan.id]));
    expect(topIds).not.toContain(charles.id);
    expect(topIds).not.toContain(gone.id);
    expect(top.body.people.find((p: { id: string }) => p.id === ada.id)).toMatchObject({
      name: ada.name,
      directReports: 1,
      photoUrl: null,
    });

    const reports = await viewer.get(`/api/org-chart/people/${charles.id}/reports`);
    expect(reports.body).toEqual({
      people: [expect.objectContaining({ id: grace.id, directReports: 1 })],
      total: 1,
    });

    const chain = await viewer.get(`/api/org-chart/people/${alan.id}/chain`);
    expect(chain.body.chain.map((p: { id: string }) => p.id)).toEqual([
      ada.id,
      charles.id,
      grace.id,
      alan.id,
    ]);

    const found = await viewer.get(`/api/org-chart/search?q=${encodeURIComponent("grace hop")}`);
    expect(found.body.people.map((p: { id: string }) => p.id)).toEqual([grace.id]);
    const wildcard = await viewer.get(`/api/org-chart/search?q=${encodeURIComponent("%")}`);
    expect(wildcard.body.people).toEqual([]);
  });

  it("pages through a long list of reports", async () => {
    const org = await createOrganization(t.db);
    const viewer = await signedIn(await createPerson(t.db, { organizationId: org.id }));
    const boss = await createPerson(t.db, { organizationId: org.id, name: "Boss" });
    for (let i = 0; i < 5; i++) {
      const report = await createPerson(t.db, { organizationId: org.id, name: `Report ${i}` });
      await setManager(report.id, boss.id);
    }
    const first = await viewer.get(`/api/org-chart/people/${boss.id}/reports?limit=2`);
    const rest = await viewer.get(`/api/org-chart/people/${boss.id}/reports?limit=10&offset=2`);
    expect(first.body.total).toBe(5);
    expect(first.body.people.map((p: { name: string }) => p.name)).toEqual([
      "Report 0",
      "Report 1",
    ]);
    expect(rest.body.people).toHaveLength(3);
  });

  it("keeps to the viewer's organization", async () => {
    const other = await createOrganization(t.db);
    const { ada, grace } = await createChain(other.id);
    expect((await member.get(`/api/org-chart/people/${ada.id}/reports`)).status).toBe(404);
    expect((await member.get(`/api/org-chart/people/${grace.id}/chain`)).status).toBe(404);
    const search = await member.get(`/api/org-chart/search?q=${encodeURIComponent(ada.name)}`);
    expect(search.body.people).toEqual([]);
    const top = await member.get("/api/org-chart?limit=500");
    expect(JSON.stringify(top.body)).not.toContain(ada.id);
  });
});
