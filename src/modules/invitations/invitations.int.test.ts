import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, invitations, people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";

let t: TestApp;
let admin: TestClient;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db, { name: "Harbour Co" })).id;
  const person = await createPerson(t.db, {
    organizationId,
    role: "admin",
    name: "Ines Admin",
    email: "ines@harbour.test",
  });
  admin = new TestClient(t.app);
  await admin.signIn(person.email, TEST_PASSWORD);
});
afterAll(() => t.close());

async function tokenSentTo(address: string) {
  const sent = await t.db.select().from(emails).where(eq(emails.to, address));
  const latest = sent.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const token = latest?.text.match(/\/invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link for ${address}`);
  return token;
}

describe("inviting people", () => {
  it("invites a pasted list, skipping what isn't an address and who is already a member", async () => {
    const response = await admin.post("/api/invitations", {
      emails:
        "amal@harbour.test, Bo Chen <bo@harbour.test>;\nnot-an-address\nines@harbour.test amal@harbour.test",
      role: "member",
    });
    expect(response.status).toBe(201);
    expect(response.body.invited.map((i: { email: string }) => i.email)).toEqual([
      "amal@harbour.test",
      "bo@harbour.test",
    ]);
    expect(response.body.skipped).toEqual(
      expect.arrayContaining([
        { email: "not-an-address", reason: expect.stringContaining("valid") },
        { email: "ines@harbour.test", reason: expect.stringContaining("Already a member") },
        { email: "amal@harbour.test", reason: expect.stringContaining("more than once") },
      ]),
    );
    const mail = await t.db.select().from(emails).where(eq(emails.to, "bo@harbour.test"));
    expect(mail[0]?.subject).toBe("Ines Admin invited you to Harbour Co on Mutual");
    expect(mail[0]?.text).toContain("http://mutual.test/invite/");
    expect(t.jobs.queued.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a list with no address at all", async () => {
    const response = await admin.post("/api/invitations", { emails: " , ; nope", role: "member" });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields.emails).toBeTruthy();
  });

  it("is for administrators only", async () => {
    const member = await createPerson(t.db, { organizationId });
    const client = new TestClient(t.app);
    await client.signIn(member.email, TEST_PASSWORD);
    expect((await client.post("/api/invitations", { emails: "x@harbour.test" })).status).toBe(403);
    expect((await client.get("/api/invitations")).status).toBe(403);
  });

  it("lets the invitee see who invited them, join with a name and password, and be signed in", async () => {
    await admin.post("/api/invitations", { emails: "cleo@harbour.test", role: "program_manager" });
    const token = await tokenSentTo("cleo@harbour.test");
    const guest = new TestClient(t.app);
    const preview = await guest.get(`/api/invitations/by-token/${token}`);
    expect(preview.body).toEqual({
      email: "cleo@harbour.test",
      organizationName: "Harbour Co",
      invitedByName: "Ines Admin",
      role: "program_manager",
    });
    const joined = await guest.post("/api/invitations/accept", {
      token,
      name: "Cleo",
      password: "cleo's own password",
    });
    expect(joined.status).toBe(201);
    expect(joined.body.user).toMatchObject({
      name: "Cleo",
      role: "program_manager",
      email: "cleo@harbour.test",
    });
    expect((await guest.get("/api/me")).status).toBe(200);

    const list = await admin.get("/api/invitations");
    const cleo = list.body.invitations.find(
      (i: { email: string }) => i.email === "cleo@harbour.test",
    );
    expect(cleo.status).toBe("accepted");

    const reuse = await new TestClient(t.app).post("/api/invitations/accept", {
      token,
      name: "Mallory",
      password: "another password",
    });
    expect(reuse.status).toBe(404);
    expect((await t.db.select().from(people).where(eq(people.name, "Mallory"))).length).toBe(0);
  });

  it("withdraws an invitation so its link stops working", async () => {
    const created = await admin.post("/api/invitations", { emails: "dara@harbour.test" });
    const token = await tokenSentTo("dara@harbour.test");
    expect((await admin.delete(`/api/invitations/${created.body.invited[0].id}`)).status).toBe(204);
    expect((await new TestClient(t.app).get(`/api/invitations/by-token/${token}`)).status).toBe(
      404,
    );
  });

  it("resends with a fresh link: the old one stops working, the new one works", async () => {
    const created = await admin.post("/api/invitations", { emails: "eli@harbour.test" });
    const oldToken = await tokenSentTo("eli@harbour.test");
    const resent = await admin.post(`/api/invitations/${created.body.invited[0].id}/resend`);
    expect(resent.status).toBe(200);
    const newToken = await tokenSentTo("eli@harbour.test");
    expect(newToken).not.toBe(oldToken);
    expect((await new TestClient(t.app).get(`/api/invitations/by-token/${oldToken}`)).status).toBe(
      404,
    );
    expect((await new TestClient(t.app).get(`/api/invitations/by-token/${newToken}`)).status).toBe(
      200,
    );
  });

  it("refuses an expired invitation and lists it as expired", async () => {
    await admin.post("/api/invitations", { emails: "fay@harbour.test" });
    const token = await tokenSentTo("fay@harbour.test");
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, "fay@harbour.test"));
    const accept = await new TestClient(t.app).post("/api/invitations/accept", {
      token,
      name: "Fay",
      password: "fay's password!",
    });
    expect(accept.status).toBe(404);
    const list = await admin.get("/api/invitations");
    expect(
      list.body.invitations.find((i: { email: string }) => i.email === "fay@harbour.test").status,
    ).toBe("expired");
  });
});
