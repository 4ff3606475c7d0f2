import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const setup = {
  organizationName: "Acme Learning",
  organizationSlug: "acme",
  name: "Ada Lovelace",
  email: "Ada@Acme.test",
  password: "a sturdy passphrase",
};

describe("first-run setup", () => {
  it("is needed on a fresh instance", async () => {
    const client = new TestClient(t.app);
    expect((await client.get("/api/session")).body).toEqual({ signedIn: false, setupNeeded: true });
  });

  it("explains each field that is wrong, and writes nothing", async () => {
    const client = new TestClient(t.app);
    const response = await client.post("/api/setup", {
      ...setup,
      organizationSlug: "A!",
      password: "short",
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields).toMatchObject({
      organizationSlug: expect.stringContaining("lowercase"),
      password: expect.stringContaining("10 characters"),
    });
    expect((await client.get("/api/session")).body.setupNeeded).toBe(true);
  });

  it("creates the organization and its administrator, and signs them in", async () => {
    const client = new TestClient(t.app);
    const response = await client.post("/api/setup", setup);
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      name: "Ada Lovelace",
      email: "ada@acme.test",
      role: "admin",
      organization: { name: "Acme Learning", slug: "acme" },
    });
    expect(response.raw.headers["set-cookie"]).toMatch(/HttpOnly/i);
    expect(response.raw.headers["set-cookie"]).toMatch(/SameSite=Lax/i);
    const session = await client.get("/api/session");
    expect(session.body).toMatchObject({ signedIn: true, user: { email: "ada@acme.test" } });
  });

  it("can only happen once", async () => {
    const client = new TestClient(t.app);
    const again = await client.post("/api/setup", { ...setup, organizationSlug: "other" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("setup_done");
    expect((await client.get("/api/session")).body).toEqual({
      signedIn: false,
      setupNeeded: false,
    });
  });
});
