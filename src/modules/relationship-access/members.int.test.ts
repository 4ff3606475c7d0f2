import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { type RelationshipWorld, relationshipWorld } from "./test-support.ts";

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
});
afterAll(() => t.close());

describe("relationship members", () => {
  it("makes a pair's mentor and mentee its members, whichever way the pair was created", async () => {
    const rows = await t.db
      .select({ personId: relationshipMembers.personId, role: relationshipMembers.role })
      .from(relationshipMembers)
      .where(eq(relationshipMembers.relationshipId, world.bystanderPair.id));
    expect(rows.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { personId: world.bystander.id, role: "mentee" },
      { personId: world.bystanderMentor.id, role: "mentor" },
    ]);
  });
});
