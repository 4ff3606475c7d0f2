import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { skillAliases, skills } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { starterTaxonomy } from "./starter-taxonomy.ts";

const setup = (starterSkills?: boolean) => ({
  organizationName: "Meadow Co",
  organizationSlug: "meadow",
  name: "Mira Admin",
  email: "mira@meadow.test",
  password: "a sturdy passphrase",
  ...(starterSkills === undefined ? {} : { starterSkills }),
});

// First-run setup happens once per instance, so each case gets its own app and database.
const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function setUp(starterSkills?: boolean) {
  const t = await createTestApp();
  apps.push(t);
  const client = new TestClient(t.app);
  const response = await client.post("/api/setup", setup(starterSkills));
  expect(response.status).toBe(201);
  return { t, client, organizationId: response.body.user.organization.id as string };
}

describe("first-run setup and the starter skills", () => {
  it("starts the taxonomy with the ready-made list by default", async () => {
    const { t, client, organizationId } = await setUp();
    const rows = await t.db.select().from(skills).where(eq(skills.organizationId, organizationId));
    expect(rows).toHaveLength(starterTaxonomy.skills.length);
    expect(rows.every((row) => row.status === "approved")).toBe(true);
    const aliases = await t.db
      .select()
      .from(skillAliases)
      .where(eq(skillAliases.organizationId, organizationId));
    const spellings = starterTaxonomy.skills.reduce(
      (sum, skill) => sum + 1 + skill.synonyms.length,
      0,
    );
    expect(aliases).toHaveLength(spellings);
    const search = await client.get("/api/skills?q=JS");
    expect(search.body.skills[0]).toMatchObject({ name: "JavaScript", matchedSynonym: "JS" });
  });

  it("starts with an empty taxonomy when the box is unticked", async () => {
    const { t, organizationId } = await setUp(false);
    expect(
      await t.db.select().from(skills).where(eq(skills.organizationId, organizationId)),
    ).toEqual([]);
  });
});
