import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, passwordResets } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The reset link's token, read from the email in the outbox. */
async function resetTokenFor(address: string) {
  const [email] = await t.db.select().from(emails).where(eq(emails.to, address));
  const token = email?.text.match(/\/reset-password\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no reset link for ${address}`);
  return token;
}

describe("sign in and out", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const person = await createPerson(t.db, { email: "grace@example.test", name: "Grace" });
    const client = new TestClient(t.app);
    const response = await client.signIn("GRACE@example.test", TEST_PASSWORD);
    expect(response.body.user).toMatchObject({ id: person.id, name: "Grace" });
    expect((await client.get("/api/me")).body.email).toBe("grace@example.test");
  });

  it("refuses a wrong password or an unknown address with the same answer", async () => {
    await createPerson(t.db, { email: "hopper@example.test" });
    const client = new TestClient(t.app);
    const wrong = await client.post("/api/auth/sign-in", {
      email: "hopper@example.test",
      password: "nope nope nope",
    });
    const unknown = await client.post("/api/auth/sign-in", {
      email: "nobody@example.test",
      password: "nope nope nope",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(client.cookie).toBeNull();
  });

  it("signs out: the session no longer works, even if the cookie is replayed", async () => {
    const person = await createPerson(t.db);
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    const cookie = client.cookie;
    expect((await client.post("/api/auth/sign-out")).status).toBe(204);
    const replay = new TestClient(t.app);
    replay.cookie = cookie;
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("rejects a forged (unsigned) cookie", async () => {
    const client = new TestClient(t.app);
    client.cookie = "mutual_session=forged-token-value";
    expect((await client.get("/api/me")).status).toBe(401);
  });

  it("asks which organization when the same email and password fit two", async () => {
    const a = await createOrganization(t.db, { name: "North", slug: "north" });
    const b = await createOrganization(t.db, { name: "South", slug: "south" });
    await createPerson(t.db, { organizationId: a.id, email: "twin@example.test" });
    await createPerson(t.db, { organizationId: b.id, email: "twin@example.test" });
    const client = new TestClient(t.app);
    const ask = await client.post("/api/auth/sign-in", {
      email: "twin@example.test",
      password: TEST_PASSWORD,
    });
    expect(ask.status).toBe(409);
    expect(ask.body.error.details.organizations).toEqual(
      expect.arrayContaining([
        { slug: "north", name: "North" },
        { slug: "south", name: "South" },
      ]),
    );
    const chosen = await client.signIn("twin@example.test", TEST_PASSWORD, "south");
    expect(chosen.body.user.organization.slug).toBe("south");
  });

  it("requires the CSRF token on mutations made with the session cookie", async () => {
    const person = await createPerson(t.db);
    const client = new TestClient(t.app);
    await client.signIn(person.email, TEST_PASSWORD);
    const withoutToken = await client.request(
      "PATCH",
      "/api/me/profile",
      { title: "x" },
      { "x-csrf-token": "" },
    );
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.error.code).toBe("csrf_failed");
    expect((await client.patch("/api/me/profile", { title: "Engineer" })).status).toBe(200);
  });

  it("limits sign-in attempts", async () => {
    const limited = await createTestApp({ config: { SIGN_IN_RATE_LIMIT: "3" } });
    try {
      const client = new TestClient(limited.app);
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (
            await client.post("/api/auth/sign-in", {
              email: "x@example.test",
              password: "wrong wrong",
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe("forgotten password", () => {
  it("answers the same whether or not the address exists, and only mails real accounts", async () => {
    const before = (await t.db.select().from(emails)).length;
    const client = new TestClient(t.app);
    const response = await client.post("/api/auth/password-reset/request", {
      email: "ghost@example.test",
    });
    expect(response.status).toBe(202);
    expect((await t.db.select().from(emails)).length).toBe(before);
  });

  it("emails a one-time link that sets a new password and ends other sessions", async () => {
    const person = await createPerson(t.db, { email: "lin@example.test" });
    const elsewhere = new TestClient(t.app);
    await elsewhere.signIn(person.email, TEST_PASSWORD);

    const client = new TestClient(t.app);
    await client.post("/api/auth/password-reset/request", { email: "lin@example.test" });
    expect(t.jobs.queued.map((q) => q.job.name)).toContain("send-email");
    const token = await resetTokenFor("lin@example.test");

    const done = await client.post("/api/auth/password-reset/complete", {
      token,
      password: "brand new password",
    });
    expect(done.status).toBe(200);
    expect(done.body.user.id).toBe(person.id);
    expect((await client.get("/api/me")).status).toBe(200);
    expect((await elsewhere.get("/api/me")).status).toBe(401);

    const again = await new TestClient(t.app).post("/api/auth/password-reset/complete", {
      token,
      password: "another password!",
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("invalid_token");
    expect(
      (
        await new TestClient(t.app).post("/api/auth/sign-in", {
          email: person.email,
          password: TEST_PASSWORD,
        })
      ).status,
    ).toBe(401);
    await new TestClient(t.app).signIn(person.email, "brand new password");
  });

  it("refuses an expired link", async () => {
    const person = await createPerson(t.db, { email: "old-link@example.test" });
    await new TestClient(t.app).post("/api/auth/password-reset/request", { email: person.email });
    const token = await resetTokenFor(person.email);
    await t.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.personId, person.id));
    const response = await new TestClient(t.app).post("/api/auth/password-reset/complete", {
      token,
      password: "brand new password",
    });
    expect(response.status).toBe(400);
  });
});

describe("change password", () => {
  it("needs the current password and signs out other sessions only", async () => {
    const person = await createPerson(t.db);
    const here = new TestClient(t.app);
    const there = new TestClient(t.app);
    await here.signIn(person.email, TEST_PASSWORD);
    await there.signIn(person.email, TEST_PASSWORD);

    const wrong = await here.post("/api/auth/change-password", {
      currentPassword: "not it at all",
      newPassword: "a new long password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("wrong_password");

    const ok = await here.post("/api/auth/change-password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "a new long password",
    });
    expect(ok.status).toBe(204);
    expect((await here.get("/api/me")).status).toBe(200);
    expect((await there.get("/api/me")).status).toBe(401);
    await new TestClient(t.app).signIn(person.email, "a new long password");
  });
});
