import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { choiceProgram, enrol } from "../mentor-requests/test-support.ts";
import { type RelationshipWorld, relationshipWorld } from "./test-support.ts";

let t: TestApp;
let world: RelationshipWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
});
afterAll(() => t.close());

const membersOf = async (relationshipId: string) =>
  (
    await t.db
      .select({ personId: relationshipMembers.personId, role: relationshipMembers.role })
      .from(relationshipMembers)
      .where(eq(relationshipMembers.relationshipId, relationshipId))
  ).sort((a, b) => a.role.localeCompare(b.role));

describe("relationship members", () => {
  it("makes a pair's mentor and mentee its members, whichever way the pair was created", async () => {
    expect(await membersOf(world.bystanderPair.id)).toEqual([
      { personId: world.bystander.id, role: "mentee" },
      { personId: world.bystanderMentor.id, role: "mentor" },
    ]);
  });

  it("makes them members when a mentor accepts a mentee's request, and the pair opens for both", async () => {
    const { mentee, mentor } = world;
    const program = await choiceProgram(t, world.organizationId);
    await enrol(t, program, mentor, { mentor: 1 });
    await enrol(t, program, mentee, { mentee: true });
    const sent = await mentee.client.post(`/api/programs/${program.slug}/mentor-requests`, {
      mentorIds: [mentor.id],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const incoming = await mentor.client.get("/api/me/mentor-requests");
    const request = (incoming.body.incoming as { id: string; status: string }[]).find(
      (r) => r.status === "pending",
    );
    if (!request) throw new Error(`no pending request: ${JSON.stringify(incoming.body)}`);
    const accepted = await mentor.client.post(`/api/mentor-requests/${request.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const relationshipId = accepted.body.relationshipId as string;

    expect(await membersOf(relationshipId)).toEqual([
      { personId: mentee.id, role: "mentee" },
      { personId: mentor.id, role: "mentor" },
    ]);
    for (const who of [mentee, mentor]) {
      expect((await who.client.get(`/api/relationships/${relationshipId}`)).status).toBe(200);
    }
  });
});
