import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { NO_PASSWORD_YET } from "../auth/passwords.ts";
import { importProgress } from "./progress.ts";
import { counts, dryRun, importCsv, peopleOf, upload } from "./test-support.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newOrganization() {
  const organization = await createOrganization(t.db, { name: "Lighthouse Ltd" });
  const adminPerson = await createPerson(t.db, {
    organizationId: organization.id,
    role: "admin",
    name: "Ines Admin",
  });
  const admin = new TestClient(t.app);
  await admin.signIn(adminPerson.email, TEST_PASSWORD);
  return { organization, adminPerson, admin };
}

const FILE = [
  "Worker ID\tName\tPreferred Name\tEmail Address\tPosition\tDivision\tOffice\tSupervisor Email\tDate of Hire\tTimezone\tLanguages",
  "W1\tAmal Haddad\t\tamal@lighthouse.test\t=Chief executive\tLeadership\tLisbon\t\t2015-03-01\tEurope/Lisbon\tPortuguese, English",
  'W2\tBo Chen\tBobo\tbo@lighthouse.test\t"Engineer, platforms"\tEngineering\tBerlin\tamal@lighthouse.test\t2018-02-01\tEurope/Berlin\tEnglish',
  "W3\tЗоя Иванова\t\tzoya@lighthouse.test\t-\tEngineering\t\tbo@lighthouse.test\t\t\t",
].join("\n");

describe("exporting people", () => {
  it("writes the columns the importer reads, with managers as emails, and imports back unchanged", async () => {
    const { organization, admin } = await newOrganization();
    await importCsv(admin, FILE);
    const deactivated = await createPerson(t.db, {
      organizationId: organization.id,
      status: "deactivated",
    });

    const exported = await admin.get("/api/people/export?format=csv");
    expect(exported.status).toBe(200);
    expect(exported.headers["content-type"]).toContain("text/csv");
    expect(exported.headers["content-disposition"]).toMatch(
      /attachment; filename="people-.*\.csv"/,
    );
    const csv = exported.raw.body;
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Employee ID,Email,Full Name,Preferred Name,Job Title,Department,Location,Time Zone,Languages,Hire Date,Manager Email",
    );
    expect(lines).toContain(
      'W2,bo@lighthouse.test,Bo Chen,Bobo,"Engineer, platforms",Engineering,Berlin,Europe/Berlin,English,2018-02-01,amal@lighthouse.test',
    );
    // A cell that looks like a formula is defused for spreadsheets.
    expect(csv).toContain(",'=Chief executive,");
    expect(csv).toContain('"Portuguese, English"');
    expect(csv).not.toContain(deactivated.email);

    const before = await peopleOf(t.db, organization.id);
    const roundTrip = await dryRun(admin, csv, { fullSync: true });
    expect(counts(roundTrip)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
      deactivated: 0,
      rejected: 0,
    });
    await admin.post(`/api/people-imports/${roundTrip.id}/apply`);
    expect(await peopleOf(t.db, organization.id)).toEqual(before);
  });

  it("writes JSON too, and is for administrators only", async () => {
    const { organization, admin } = await newOrganization();
    await importCsv(admin, FILE);
    const json = await admin.get("/api/people/export?format=json");
    expect(json.status).toBe(200);
    const list = JSON.parse(json.raw.body);
    expect(list.find((p: { email: string }) => p.email === "zoya@lighthouse.test")).toEqual({
      employeeId: "W3",
      email: "zoya@lighthouse.test",
      name: "Зоя Иванова",
      preferredName: null,
      title: "-",
      department: "Engineering",
      location: null,
      timeZone: null,
      languages: [],
      hireDate: null,
      managerEmail: "bo@lighthouse.test",
    });
    const member = await createPerson(t.db, { organizationId: organization.id });
    const client = new TestClient(t.app);
    await client.signIn(member.email, TEST_PASSWORD);
    expect((await client.get("/api/people/export")).status).toBe(403);
    expect((await upload(client, FILE)).status).toBe(403);
    expect((await client.get("/api/people-imports")).status).toBe(403);
  });
});

describe("inviting imported people", () => {
  it("sends invitations through the outbox once, and accepting one gives the imported person their password", async () => {
    const { organization, admin } = await newOrganization();
    const applied = await importCsv(admin, FILE);
    expect(applied.newPeopleToInvite).toBe(3);

    const invited = await admin.post(`/api/people-imports/${applied.id}/invitations`);
    expect(invited.body).toEqual({ invited: 3 });
    expect((await admin.post(`/api/people-imports/${applied.id}/invitations`)).status).toBe(409);
    expect((await admin.get(`/api/people-imports/${applied.id}`)).body.newPeopleToInvite).toBe(0);

    const [mail] = await t.db.select().from(emails).where(eq(emails.to, "bo@lighthouse.test"));
    expect(mail?.subject).toBe("Ines Admin invited you to Lighthouse Ltd on Mutual");
    const token = mail?.text.match(/\/invite\/([\w-]+)/)?.[1];
    expect(token).toBeDefined();

    const guest = new TestClient(t.app);
    const joined = await guest.post("/api/invitations/accept", {
      token,
      name: "Bo",
      password: "bo's own password",
    });
    expect(joined.status).toBe(201);
    const bo = (await peopleOf(t.db, organization.id)).find(
      (p) => p.email === "bo@lighthouse.test",
    );
    expect(bo).toMatchObject({
      name: "Bo Chen",
      preferredName: "Bobo",
      employeeId: "W2",
    });
    expect(bo?.passwordHash).not.toBe(NO_PASSWORD_YET);
    expect((await peopleOf(t.db, organization.id)).length).toBe(4);
    await new TestClient(t.app).signIn(
      "bo@lighthouse.test",
      "bo's own password",
      organization.slug,
    );

    // Someone who joined is a member like any other: no second account, no new invitation.
    const again = await admin.post("/api/invitations", {
      emails: "bo@lighthouse.test, zoya@lighthouse.test",
    });
    expect(again.body.invited.map((i: { email: string }) => i.email)).toEqual([
      "zoya@lighthouse.test",
    ]);
    expect(again.body.skipped).toEqual([
      { email: "bo@lighthouse.test", reason: "Already a member of your organization." },
    ]);
  });
});

describe("progress and problems", () => {
  it("streams progress as server-sent events while a dry run works", async () => {
    const { admin } = await newOrganization();
    const uploaded = await upload(admin, FILE);
    const id = uploaded.body.id;
    const events = admin.request("GET", `/api/people-imports/${id}/events`);
    for (let i = 0; i < 100 && importProgress.listenerCount(id) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const planned = await admin.post(`/api/people-imports/${id}/dry-run`, {
      mapping: uploaded.body.mapping,
    });
    expect(planned.status).toBe(200);
    const stream = await events;
    expect(stream.status).toBe(200);
    expect(stream.headers["content-type"]).toContain("text/event-stream");
    const body = stream.raw.body;
    expect(body).toMatch(/event: progress\ndata: \{"phase":"dry-run"/);
    expect(body).toMatch(/event: done\ndata: \{"phase":"dry-run".*"finished":true/);
  });

  it("explains files it can't read", async () => {
    const { admin } = await newOrganization();
    const latin1 = Buffer.from("Email,Name\nzoe@x.test,Zo\xeb\n", "latin1");
    const notUtf8 = await admin.request("POST", "/api/people-imports", latin1, {
      "content-type": "text/csv",
    });
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.error.message).toContain("CSV UTF-8");
    const empty = await upload(admin, "\n\n");
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("This file is empty");
    const headerOnly = await upload(admin, "Email,Name\n");
    expect(headerOnly.body.error.code).toBe("file_without_people");
    const noFile = await admin.post("/api/people-imports");
    expect(noFile.status).toBeGreaterThanOrEqual(400);
    expect(noFile.status).toBeLessThan(500);
    const json = await admin.post("/api/people-imports", { csv: "Email\na@x.test" });
    expect(json.status).toBe(415);
    expect(json.body.error.message).toContain("text/csv");
    const huge = await admin.request("POST", "/api/people-imports", "Email\n", {
      "content-type": "text/csv",
      "content-length": String(60 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain("50 MB");
  });
});
