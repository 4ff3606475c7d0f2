import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personPhotos } from "../../../db/schema.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { TestClient } from "../../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../../test/factories.ts";

let t: TestApp;
let organizationId: string;
type Person = Awaited<ReturnType<typeof createPerson>>;

async function signedIn(person: Person) {
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return client;
}

const image = (width: number, height: number, format: "png" | "jpeg" = "png") =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    [format]()
    .toBuffer();

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
});
afterAll(() => t.close());

describe("profile photos", () => {
  it("resizes an upload to a 256-pixel WebP square that colleagues can fetch, with caching", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const png = await image(900, 500);
    const uploaded = await client.request("PUT", "/api/me/photo", {
      image: `data:image/png;base64,${png.toString("base64")}`,
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    const url: string = uploaded.body.photoUrl;
    expect(url).toMatch(new RegExp(`^/api/people/${person.id}/photo\\?v=[\\w-]+$`));

    const colleague = await signedIn(await createPerson(t.db, { organizationId }));
    const served = await colleague.get(url);
    expect(served.status).toBe(200);
    expect(served.headers["content-type"]).toBe("image/webp");
    expect(served.headers["cache-control"]).toBe("private, max-age=31536000, immutable");
    const meta = await sharp(served.raw.rawPayload).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 256, height: 256 });

    const unversioned = await colleague.get(`/api/people/${person.id}/photo`);
    expect(unversioned.headers["cache-control"]).toBe("private, no-cache");
    const etag = String(unversioned.headers.etag);
    const again = await colleague.request("GET", `/api/people/${person.id}/photo`, undefined, {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);

    const profile = await colleague.get(`/api/people/${person.id}/profile`);
    expect(profile.body.photoUrl).toBe(url);
  });

  it("replaces the photo, and removes it", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const first = await client.request("PUT", "/api/me/photo", {
      image: (await image(300, 300, "jpeg")).toString("base64"),
    });
    const second = await client.request("PUT", "/api/me/photo", {
      image: (await image(400, 300)).toString("base64"),
    });
    expect(second.body.photoUrl).not.toBe(first.body.photoUrl);
    const removed = await client.delete("/api/me/photo");
    expect(removed.body).toEqual({ photoUrl: null });
    expect((await client.get(`/api/people/${person.id}/photo`)).status).toBe(404);
    expect((await client.get(`/api/people/${person.id}/profile`)).body.photoUrl).toBeNull();
  });

  it("refuses files over 5 MB with a clear 413, and files that aren't images with a 400", async () => {
    const person = await createPerson(t.db, { organizationId });
    const client = await signedIn(person);
    const justOver = randomBytes(5 * 1024 * 1024 + 10).toString("base64");
    const big = await client.request("PUT", "/api/me/photo", { image: justOver });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: "photo_too_large" });
    expect(big.body.error.message).toMatch(/larger than 5 MB/);

    const huge = await client.request("PUT", "/api/me/photo", { image: "A".repeat(9_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("photo_too_large");

    const text = await client.request("PUT", "/api/me/photo", {
      image: Buffer.from("not an image at all").toString("base64"),
    });
    expect(text.status).toBe(400);
    expect(text.body.error.code).toBe("photo_unreadable");
    const stored = await t.db
      .select()
      .from(personPhotos)
      .where(eq(personPhotos.personId, person.id));
    expect(stored).toEqual([]);
  });

  it("keeps photos within the organization", async () => {
    const stranger = await createPerson(t.db);
    const strangerClient = await signedIn(stranger);
    await strangerClient.request("PUT", "/api/me/photo", {
      image: (await image(100, 100)).toString("base64"),
    });
    const client = await signedIn(await createPerson(t.db, { organizationId }));
    const response = await client.get(`/api/people/${stranger.id}/photo`);
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toContain("application/json");
  });
});
