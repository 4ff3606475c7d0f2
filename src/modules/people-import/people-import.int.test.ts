import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { NO_PASSWORD_YET } from "../auth/passwords.ts";
import { counts, dryRun, importCsv, peopleOf, upload } from "./test-support.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A fresh organization with a signed-in admin, so the tests don't see each other's people. */
async function newOrganization(name = "Harbour Co") {
  const organization = await createOrganization(t.db, { name });
  const adminPerson = await createPerson(t.db, {
    organizationId: organization.id,
    role: "admin",
    name: "Ines Admin",
  });
  const admin = new TestClient(t.app);
  await admin.signIn(adminPerson.email, TEST_PASSWORD);
  return { organization, adminPerson, admin };
}

const HR_FILE = [
  "Employee ID;First Name;Last Name;Work Email;Job Title;Department;Manager Email;Hire Date;Time Zone",
  "E1;Amal;Haddad;Amal.Haddad@Harbour.test;Chief executive;Leadership;;2015-03-01;Europe/Lisbon",
  'E2;Bo;Chen;bo@harbour.test;"Head of Engineering; platforms";Engineering;amal.haddad@harbour.test;01.02.2018;europe/berlin',
  "E3;Søren;Kierkegaard;soren@harbour.test;Engineer;Engineering;bo@harbour.test;2020-09-14;",
  "E4;山田;太郎;taro@harbour.test;Engineer;Engineering;bo@harbour.test;;Asia/Tokyo",
  "",
].join("\r\n");

describe("a dry run", () => {
  it("reports what would happen and writes nothing about people", async () => {
    const { organization, admin } = await newOrganization();
    const before = await peopleOf(t.db, organization.id);
    const uploaded = await upload(admin, `\uFEFF${HR_FILE}`, "hr-export.csv");
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      fileName: "hr-export.csv",
      status: "uploaded",
      rowCount: 4,
      headers: expect.arrayContaining(["Employee ID", "Work Email"]),
      mapping: [
        "employeeId",
        "firstName",
        "lastName",
        "email",
        "title",
        "department",
        "managerEmail",
        "hireDate",
        "timeZone",
      ],
      report: null,
    });
    expect(uploaded.body.sample[0]).toContain("Amal.Haddad@Harbour.test");

    const planned = await dryRun(admin, HR_FILE);
    expect(counts(planned)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      rejected: 0,
    });
    expect(planned.report.createdRows.map((r: { email: string }) => r.email)).toEqual([
      "amal.haddad@harbour.test",
      "bo@harbour.test",
      "soren@harbour.test",
      "taro@harbour.test",
    ]);
    expect(await peopleOf(t.db, organization.id)).toEqual(before);
  });
});

describe("importing", () => {
  it("creates people with their managers, without a usable password, then changes nothing the second time", async () => {
    const { organization, admin } = await newOrganization();
    const applied = await importCsv(admin, HR_FILE);
    expect(applied.status).toBe("applied");
    expect(counts(applied)).toMatchObject({ created: 4, rejected: 0 });
    expect(applied.newPeopleToInvite).toBe(4);

    const everyone = await peopleOf(t.db, organization.id);
    const byEmail = new Map(everyone.map((p) => [p.email, p]));
    const amal = byEmail.get("amal.haddad@harbour.test");
    const bo = byEmail.get("bo@harbour.test");
    const taro = byEmail.get("taro@harbour.test");
    expect(bo).toMatchObject({
      name: "Bo Chen",
      employeeId: "E2",
      title: "Head of Engineering; platforms",
      department: "Engineering",
      hireDate: "2018-02-01",
      timeZone: "Europe/Berlin",
      managerId: amal?.id,
      role: "member",
      status: "active",
      passwordHash: NO_PASSWORD_YET,
    });
    expect(taro).toMatchObject({ name: "山田 太郎", managerId: bo?.id, hireDate: null });
    expect(amal?.managerId).toBeNull();

    // An imported person can't sign in until they choose a password.
    const signIn = await new TestClient(t.app).post("/api/auth/sign-in", {
      email: "bo@harbour.test",
      password: NO_PASSWORD_YET,
    });
    expect(signIn.status).toBe(401);

    const again = await importCsv(admin, HR_FILE);
    expect(counts(again)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
      deactivated: 0,
      rejected: 0,
    });
    expect(await peopleOf(t.db, organization.id)).toEqual(everyone);
  });

  it("updates what changed, shown field by field in the dry run", async () => {
    const { organization, admin } = await newOrganization();
    await importCsv(admin, HR_FILE);
    const changed = HR_FILE.replace(
      "Engineer;Engineering;bo@",
      "Staff engineer;Engineering;bo@",
    ).replace(";2015-03-01;Europe/Lisbon", ";2015-03-01;Europe/Madrid");
    const planned = await dryRun(admin, changed);
    expect(counts(planned)).toMatchObject({ updated: 2, unchanged: 2 });
    expect(planned.report.updatedRows).toEqual([
      {
        line: 2,
        name: "Amal Haddad",
        email: "amal.haddad@harbour.test",
        changes: [{ field: "timeZone", from: "Europe/Lisbon", to: "Europe/Madrid" }],
      },
      {
        line: 4,
        name: "Søren Kierkegaard",
        email: "soren@harbour.test",
        changes: [{ field: "title", from: "Engineer", to: "Staff engineer" }],
      },
    ]);
    const applied = await admin.post(`/api/people-imports/${planned.id}/apply`);
    expect(counts(applied.body)).toMatchObject({ updated: 2 });
    const soren = (await peopleOf(t.db, organization.id)).find((p) => p.employeeId === "E3");
    expect(soren?.title).toBe("Staff engineer");
  });

  it("with full sync, deactivates people missing from the file (shown in the dry run), never the admin importing", async () => {
    const { organization, admin, adminPerson } = await newOrganization();
    await importCsv(admin, HR_FILE);
    const leaver = await createPerson(t.db, {
      organizationId: organization.id,
      name: "Lee Leaver",
    });
    const leaverClient = new TestClient(t.app);
    await leaverClient.signIn(leaver.email, TEST_PASSWORD);

    const planned = await dryRun(admin, HR_FILE, { fullSync: true });
    expect(counts(planned)).toMatchObject({ deactivated: 1, unchanged: 4 });
    expect(planned.report.deactivatedPeople).toEqual([{ name: "Lee Leaver", email: leaver.email }]);
    expect((await peopleOf(t.db, organization.id)).find((p) => p.id === leaver.id)?.status).toBe(
      "active",
    );

    await admin.post(`/api/people-imports/${planned.id}/apply`);
    const after = await peopleOf(t.db, organization.id);
    expect(after.find((p) => p.id === leaver.id)?.status).toBe("deactivated");
    expect(after.find((p) => p.id === adminPerson.id)?.status).toBe("active");
    expect((await leaverClient.get("/api/me")).status).toBe(401);
  });

  it("rejects rows with a line number and a reason, and imports the rest", async () => {
    const { organization, admin } = await newOrganization();
    const file = [
      "Employee ID,Full Name,Email,Manager Email,Start Date,Time Zone",
      "E1,Amal Haddad,amal@harbour.test,,2015-03-01,",
      "E2,Bad Email,not-an-email,,,",
      "E1,Twin,twin@harbour.test,,,",
      'E4,"Multi',
      'line Name",x@harbour.test,nobody@harbour.test,,',
      "E5,Cy Cle,cy@harbour.test,di@harbour.test,,",
      "E6,Di Cle,di@harbour.test,cy@harbour.test,,",
      "E7,Late Date,late@harbour.test,,31.02.2020,",
      "E8,Zone Less,zone@harbour.test,,,Mars/Olympus",
      "E9,Ok Person,ok@harbour.test,amal@harbour.test,,",
      "",
      "",
    ].join("\n");
    const planned = await dryRun(admin, file);
    expect(planned.report.rejectedRows).toEqual([
      { line: 3, reason: "“not-an-email” isn't a valid email address." },
      { line: 4, reason: "The employee ID “E1” already appears on line 2." },
      { line: 5, reason: "The manager “nobody@harbour.test” isn't in this file or in Mutual." },
      { line: 7, reason: expect.stringContaining("Cy Cle → Di Cle → Cy Cle") },
      { line: 8, reason: expect.stringContaining("reporting cycle") },
      { line: 9, reason: "The hire date “31.02.2020” isn't a date that exists." },
      { line: 10, reason: expect.stringContaining("“Mars/Olympus” isn't a time zone we know") },
    ]);
    expect(counts(planned)).toMatchObject({ created: 2, rejected: 7 });
    await admin.post(`/api/people-imports/${planned.id}/apply`);
    const emails = (await peopleOf(t.db, organization.id)).map((p) => p.email).sort();
    expect(emails).toEqual(expect.arrayContaining(["amal@harbour.test", "ok@harbour.test"]));
    expect(emails).toHaveLength(3);
  });

  it("lets the admin fix the column choices and the date order, then plans again", async () => {
    const { admin } = await newOrganization();
    const file =
      "Kontakt,Name,Eintritt\nmia@harbour.test,Mia,03/04/2021\nnoa@harbour.test,Noa,05/06/2019\n";
    const uploaded = await upload(admin, file);
    expect(uploaded.body.mapping).toEqual([null, "fullName", null]);
    const id = uploaded.body.id;
    const first = await admin.post(`/api/people-imports/${id}/dry-run`, {
      mapping: uploaded.body.mapping,
    });
    expect(first.body.report.warnings).toEqual([expect.stringContaining("Work email")]);
    expect(first.body.report.rejected).toBe(2);

    const twice = await admin.post(`/api/people-imports/${id}/dry-run`, {
      mapping: ["email", "fullName", "email"],
    });
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe("invalid_mapping");

    const fixed = await admin.post(`/api/people-imports/${id}/dry-run`, {
      mapping: ["email", "fullName", "hireDate"],
    });
    expect(fixed.body.report.rejected).toBe(2);
    expect(fixed.body.report.rejectedRows[0].reason).toContain("could be 3 April or March 4");

    const dayFirst = await admin.post(`/api/people-imports/${id}/dry-run`, {
      mapping: ["email", "fullName", "hireDate"],
      dateOrder: "dmy",
    });
    expect(counts(dayFirst.body)).toMatchObject({ created: 2, rejected: 0 });
    expect(dayFirst.body.options).toEqual({ fullSync: false, dateOrder: "dmy" });
    const reloaded = await admin.get(`/api/people-imports/${id}`);
    expect(reloaded.body).toMatchObject({
      status: "planned",
      mapping: ["email", "fullName", "hireDate"],
      sample: [
        ["mia@harbour.test", "Mia", "03/04/2021"],
        ["noa@harbour.test", "Noa", "05/06/2019"],
      ],
    });
  });

  it("imports only into the admin's organization, and never resolves a manager from another one", async () => {
    const other = await newOrganization("Other Org");
    const otherBoss = await createPerson(t.db, {
      organizationId: other.organization.id,
      email: "boss@elsewhere.test",
    });
    const sameEmail = await createPerson(t.db, {
      organizationId: other.organization.id,
      email: "shared@harbour.test",
      name: "Other Shared",
    });
    const otherBefore = await peopleOf(t.db, other.organization.id);

    const { organization, admin } = await newOrganization();
    const planned = await dryRun(
      admin,
      "Email,Name,Manager Email\nshared@harbour.test,Shared,\nreport@harbour.test,Report,boss@elsewhere.test\n",
      { fullSync: true },
    );
    expect(planned.report.rejectedRows).toEqual([
      { line: 3, reason: "The manager “boss@elsewhere.test” isn't in this file or in Mutual." },
    ]);
    expect(planned.report.deactivatedPeople).toEqual([]);
    await admin.post(`/api/people-imports/${planned.id}/apply`);

    const mine = await peopleOf(t.db, organization.id);
    const shared = mine.find((p) => p.email === "shared@harbour.test");
    expect(shared?.id).not.toBe(sameEmail.id);
    expect(mine.some((p) => p.managerId === otherBoss.id)).toBe(false);
    expect(await peopleOf(t.db, other.organization.id)).toEqual(otherBefore);

    // Another organization's admin can't see or use this import.
    const id = planned.id;
    expect((await other.admin.get(`/api/people-imports/${id}`)).status).toBe(404);
    expect((await other.admin.post(`/api/people-imports/${id}/apply`)).status).toBe(404);
  });

  it("refuses to import before a dry run, or twice", async () => {
    const { admin } = await newOrganization();
    const uploaded = await upload(admin, HR_FILE);
    const early = await admin.post(`/api/people-imports/${uploaded.body.id}/apply`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("import_not_checked");
    const applied = await importCsv(admin, HR_FILE);
    const twice = await admin.post(`/api/people-imports/${applied.id}/apply`);
    expect(twice.status).toBe(409);
    expect((await admin.delete(`/api/people-imports/${applied.id}`)).status).toBe(409);
    expect((await admin.delete(`/api/people-imports/${uploaded.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/people-imports/${uploaded.body.id}`)).status).toBe(404);
  });
});
