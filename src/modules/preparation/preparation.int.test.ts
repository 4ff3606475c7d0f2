import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programs } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { hasCompletedPreparation } from "./has-completed-preparation.ts";

let t: TestApp;
let manager: TestClient;
let member: TestClient;
let memberId: string;
let programId: string;
const url = "/api/programs/grow-together/preparation";
type Page = { id: string; title: string; audience: string; done: boolean; position: number };

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await createOrganization(t.db, { name: "Meadow Co" })).id;
  const pm = await createPerson(t.db, { organizationId, role: "program_manager" });
  const person = await createPerson(t.db, { organizationId });
  memberId = person.id;
  manager = new TestClient(t.app);
  await manager.signIn(pm.email, TEST_PASSWORD);
  member = new TestClient(t.app);
  await member.signIn(person.email, TEST_PASSWORD);
  await manager.post("/api/programs", { name: "Grow together", purpose: "engagement" });
  const [program] = await t.db.select().from(programs).where(eq(programs.slug, "grow-together"));
  programId = program?.id ?? "";
});
afterAll(() => t.close());

describe("preparation pages", () => {
  it("offers our three pages when a program is created", async () => {
    const { body } = await manager.get(url);
    expect(body.pages.map((p: Page) => [p.title, p.audience])).toEqual([
      ["Being a good mentee", "mentees"],
      ["Being a good mentor", "mentors"],
      ["Who does what", "everyone"],
    ]);
    expect(body.pages[0].body).toContain("State an objective");
  });

  it("hides a draft's pages from members until enrollment opens", async () => {
    expect((await member.get(url)).status).toBe(404);
    await manager.post("/api/programs/grow-together/state", { to: "enrolling" });
    expect((await member.get(url)).status).toBe(200);
  });

  it("lets managers add, edit, reorder and delete pages, and nobody else", async () => {
    const added = await manager.post(url, {
      title: "Your first meeting",
      body: "Say hello.",
      audience: "everyone",
    });
    expect(added.status).toBe(201);
    expect(added.body.position).toBe(3);
    expect((await member.post(url, { title: "Mine", body: "x" })).status).toBe(403);
    expect((await member.patch(`${url}/${added.body.id}`, { title: "Mine" })).status).toBe(403);
    const edited = await manager.patch(`${url}/${added.body.id}`, {
      title: "Before your first meeting",
    });
    expect(edited.body.title).toBe("Before your first meeting");
    const ids = (await manager.get(url)).body.pages.map((p: Page) => p.id) as string[];
    const reversed = [...ids].reverse();
    const reordered = await manager.request("PUT", `${url}/order`, { pageIds: reversed });
    expect(reordered.body.pages.map((p: Page) => p.id)).toEqual(reversed);
    const partial = await manager.request("PUT", `${url}/order`, { pageIds: reversed.slice(1) });
    expect(partial.status).toBe(400);
    expect((await member.delete(`${url}/${added.body.id}`)).status).toBe(403);
    expect((await manager.delete(`${url}/${added.body.id}`)).status).toBe(204);
    expect((await manager.get(url)).body.pages).toHaveLength(3);
    expect((await manager.delete(`${url}/${added.body.id}`)).status).toBe(404);
  });

  it("records a person's done ticks, and completion per role", async () => {
    const pages = (await member.get(url)).body.pages as Page[];
    const menteePage = pages.find((p) => p.audience === "mentees");
    const everyonePage = pages.find((p) => p.audience === "everyone");
    expect(await hasCompletedPreparation(t.db, programId, memberId, "mentee")).toBe(false);
    const ticked = await member.request("PUT", `${url}/${menteePage?.id}/done`);
    expect(ticked.body).toEqual({ id: menteePage?.id, done: true });
    await member.request("PUT", `${url}/${everyonePage?.id}/done`);
    expect(await hasCompletedPreparation(t.db, programId, memberId, "mentee")).toBe(true);
    expect(await hasCompletedPreparation(t.db, programId, memberId, "mentor")).toBe(false);
    const mine = (await member.get(url)).body.pages as Page[];
    expect(
      mine
        .filter((p) => p.done)
        .map((p) => p.audience)
        .sort(),
    ).toEqual(["everyone", "mentees"]);
    // Someone else's view is their own.
    expect(((await manager.get(url)).body.pages as Page[]).some((p) => p.done)).toBe(false);
    await member.delete(`${url}/${everyonePage?.id}/done`);
    expect(await hasCompletedPreparation(t.db, programId, memberId, "mentee")).toBe(false);
  });

  it("refuses an empty page with a message", async () => {
    const response = await manager.post(url, { title: "", body: "" });
    expect(response.status).toBe(422);
  });

  it("keeps other organizations out", async () => {
    const elsewhere = await createOrganization(t.db, { name: "Far Away" });
    const stranger = await createPerson(t.db, { organizationId: elsewhere.id, role: "admin" });
    const c = new TestClient(t.app);
    await c.signIn(stranger.email, TEST_PASSWORD);
    expect((await c.get(url)).status).toBe(404);
    const pages = (await manager.get(url)).body.pages as Page[];
    expect((await c.request("PUT", `${url}/${pages[0]?.id}/done`)).status).toBe(404);
    expect((await c.delete(`${url}/${pages[0]?.id}`)).status).toBe(404);
  });
});
