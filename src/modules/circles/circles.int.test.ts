import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, people } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";
import { type RelationshipWorld, relationshipWorld } from "../relationship-access/test-support.ts";

let t: TestApp;
let world: RelationshipWorld;
let facilitator: Member;
let cofacilitator: Member;
let circlers: Member[];
let outsider: { id: string };

const url = () => `/api/programs/${world.program.slug}/circles`;

async function createCircle(
  as: Member,
  body: { name?: string; facilitatorIds: string[]; memberIds: string[] },
) {
  return as.client.post(url(), { name: "Product leads circle", ...body });
}

beforeAll(async () => {
  t = await createTestApp();
  world = await relationshipWorld(t);
  facilitator = await member(t, world.organizationId, { name: "Fay Facilitator" });
  cofacilitator = await member(t, world.organizationId, { name: "Cole Cofacilitator" });
  circlers = [];
  for (const name of ["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo"]) {
    circlers.push(await member(t, world.organizationId, { name: `${name} Circler` }));
  }
  const other = await createOrganization(t.db);
  outsider = await member(t, other.id, { name: "Otto Elsewhere" });
});
afterAll(() => t.close());

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe("starting a circle", () => {
  it("creates an active circle with its facilitators and members, and tells everyone", async () => {
    const members = circlers.slice(0, 3);
    const response = await createCircle(world.programManager, {
      facilitatorIds: [facilitator.id, cofacilitator.id],
      memberIds: ids(members),
    });
    expect(response.status).toBe(201);
    const circle = response.body.circle;
    expect(circle).toMatchObject({ name: "Product leads circle", status: "active" });
    expect(circle.people).toHaveLength(5);
    expect(
      circle.people
        .filter((p: { role: string }) => p.role === "facilitator")
        .map((p: { id: string }) => p.id),
    ).toEqual(expect.arrayContaining([facilitator.id, cofacilitator.id]));
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, circle.id));
    expect(row).toMatchObject({
      kind: "circle",
      status: "active",
      source: "manual",
      mentorId: facilitator.id,
      menteeId: members[0]?.id,
    });
    expect(row?.startedAt).not.toBeNull();
    const rows = await t.db
      .select({ personId: relationshipMembers.personId, role: relationshipMembers.role })
      .from(relationshipMembers)
      .where(eq(relationshipMembers.relationshipId, circle.id));
    expect(rows).toHaveLength(5);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "circle.joined"));
    expect(notices.map((n) => n.personId).sort()).toEqual(
      [facilitator.id, cofacilitator.id, ...ids(members)].sort(),
    );
    expect(notices[0]?.title).toBe("You're in the Product leads circle");
    expect(notices[0]?.link).toBe(`/relationships/${circle.id}`);
    const [mail] = await t.db
      .select()
      .from(emails)
      .where(
        and(eq(emails.to, members[0]?.email ?? ""), eq(emails.subject, notices[0]?.title ?? "")),
      );
    expect(mail?.text).toContain(`/relationships/${circle.id}`);

    // Members load the circle like any relationship, and see each other.
    const asMember = await members[1]?.client.get(`/api/relationships/${circle.id}`);
    expect(asMember?.status).toBe(200);
    expect(asMember?.body.relationship).toMatchObject({
      kind: "circle",
      name: "Product leads circle",
      myRole: "member",
    });
    expect(asMember?.body.relationship.others.map((o: { id: string }) => o.id).sort()).toEqual(
      [facilitator.id, cofacilitator.id, members[0]?.id, members[2]?.id].sort(),
    );
    const asFacilitator = await facilitator.client.get(`/api/relationships/${circle.id}`);
    expect(asFacilitator.body.relationship.myRole).toBe("facilitator");
    const mine = await members[0]?.client.get("/api/me/relationships");
    expect(mine?.body.relationships.map((r: { id: string }) => r.id)).toContain(circle.id);
    // So does the cockpit.
    const cockpit = await members[0]?.client.get("/api/me/cockpit");
    expect(cockpit?.body.relationships[0]).toMatchObject({
      relationshipId: circle.id,
      kind: "circle",
      title: "Product leads circle",
      statusPhrase: "agreement to write",
    });

    // The managers' list: names and roles, nothing more.
    const list = await world.programManager.client.get(url());
    expect(list.status).toBe(200);
    expect(list.body.circles.map((c: { id: string }) => c.id)).toContain(circle.id);
    const admin = await world.admin.client.get(url());
    expect(admin.status).toBe(200);
  });

  it("keeps to one or two facilitators, two to eight members, each picked once", async () => {
    const tries = [
      { facilitatorIds: [], memberIds: ids(circlers.slice(0, 3)) },
      {
        facilitatorIds: [facilitator.id, cofacilitator.id, circlers[9]?.id as string],
        memberIds: ids(circlers.slice(0, 3)),
      },
      { facilitatorIds: [facilitator.id], memberIds: ids(circlers.slice(0, 1)) },
      { facilitatorIds: [facilitator.id], memberIds: ids(circlers.slice(0, 9)) },
      { facilitatorIds: [facilitator.id, facilitator.id], memberIds: ids(circlers.slice(0, 3)) },
      {
        facilitatorIds: [facilitator.id],
        memberIds: [...ids(circlers.slice(0, 2)), facilitator.id],
      },
      {
        facilitatorIds: [facilitator.id],
        memberIds: [circlers[0]?.id as string, circlers[0]?.id as string],
      },
    ];
    for (const body of tries) {
      const response = await createCircle(world.programManager, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    const unnamed = await createCircle(world.programManager, {
      name: "   ",
      facilitatorIds: [facilitator.id],
      memberIds: ids(circlers.slice(0, 2)),
    });
    expect(unnamed.status).toBe(422);
    const eight = await createCircle(world.programManager, {
      name: "Eight is enough",
      facilitatorIds: [facilitator.id],
      memberIds: ids(circlers.slice(0, 8)),
    });
    expect(eight.status).toBe(201);
  });

  it("takes only active people of the organization", async () => {
    const before = await t.db.select().from(relationships).where(eq(relationships.kind, "circle"));
    const foreign = await createCircle(world.programManager, {
      facilitatorIds: [facilitator.id],
      memberIds: [circlers[0]?.id as string, outsider.id],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toMatch(/isn't an active member of your organization/);
    const leaver = await member(t, world.organizationId, { name: "Lee Leaver" });
    await t.db.update(people).set({ status: "deactivated" }).where(eq(people.id, leaver.id));
    const deactivated = await createCircle(world.programManager, {
      facilitatorIds: [leaver.id],
      memberIds: ids(circlers.slice(0, 2)),
    });
    expect(deactivated.status).toBe(400);
    const after = await t.db.select().from(relationships).where(eq(relationships.kind, "circle"));
    expect(after).toHaveLength(before.length);
  });

  it("is for the program's managers and administrators only", async () => {
    for (const who of [world.mentee, world.lineManager, facilitator]) {
      const response = await createCircle(who, {
        facilitatorIds: [facilitator.id],
        memberIds: ids(circlers.slice(0, 2)),
      });
      expect(response.status, who.name).toBe(403);
      expect((await who.client.get(url())).status, who.name).toBe(403);
    }
    const byAdmin = await createCircle(world.admin, {
      name: "Admins can too",
      facilitatorIds: [facilitator.id],
      memberIds: ids(circlers.slice(3, 5)),
    });
    expect(byAdmin.status).toBe(201);
  });
});

describe("who is in a circle", () => {
  let circleId: string;
  beforeAll(async () => {
    const response = await createCircle(world.programManager, {
      name: "Changing circle",
      facilitatorIds: [facilitator.id],
      memberIds: ids(circlers.slice(0, 7)),
    });
    circleId = response.body.circle.id;
  });
  const add = (as: Member, personId: string, role: "facilitator" | "member") =>
    as.client.post(`/api/circles/${circleId}/members`, { personId, role });
  const remove = (as: Member, personId: string) =>
    as.client.delete(`/api/circles/${circleId}/members/${personId}`);

  it("adds people up to eight members and two facilitators, once each", async () => {
    const eighth = await add(world.programManager, circlers[7]?.id as string, "member");
    expect(eighth.status).toBe(200);
    expect(eighth.body.circle.people).toHaveLength(9);
    const ninth = await add(world.programManager, circlers[8]?.id as string, "member");
    expect(ninth.status).toBe(409);
    expect(ninth.body.error.message).toMatch(/already has 8 members/);
    const again = await add(world.programManager, circlers[0]?.id as string, "facilitator");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_in_circle");
    expect((await add(world.programManager, cofacilitator.id, "facilitator")).status).toBe(200);
    const third = await add(world.programManager, circlers[9]?.id as string, "facilitator");
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe("circle_facilitators_full");
    expect((await add(world.programManager, outsider.id, "member")).status).toBe(400);
    // The new facilitator can open the circle now.
    expect((await cofacilitator.client.get(`/api/relationships/${circleId}`)).status).toBe(200);
  });

  it("keeps at least one facilitator, and hands the lead on", async () => {
    expect((await remove(world.programManager, facilitator.id)).status).toBe(200);
    const [row] = await t.db.select().from(relationships).where(eq(relationships.id, circleId));
    expect(row?.mentorId).toBe(cofacilitator.id);
    expect((await facilitator.client.get(`/api/relationships/${circleId}`)).status).toBe(404);
    const last = await remove(world.programManager, cofacilitator.id);
    expect(last.status).toBe(409);
    expect(last.body.error.message).toMatch(/at least one facilitator/);
    const first = await remove(world.programManager, circlers[0]?.id as string);
    expect(first.status).toBe(200);
    const [moved] = await t.db.select().from(relationships).where(eq(relationships.id, circleId));
    expect(moved?.menteeId).not.toBe(circlers[0]?.id);
    const notThere = await remove(world.programManager, circlers[0]?.id as string);
    expect(notThere.status).toBe(404);
  });

  it("is closed to everyone but the program's managers and administrators", async () => {
    const someone = circlers[9]?.id as string;
    // A member of the circle who doesn't manage the program: 403.
    expect((await add(circlers[1] as Member, someone, "member")).status).toBe(403);
    // People who can't see the circle at all: 404, so it doesn't leak.
    for (const who of [world.lineManager, world.skipManager, world.bystander, world.mentee]) {
      expect((await add(who, someone, "member")).status, who.name).toBe(404);
      expect((await remove(who, circlers[1]?.id as string)).status, who.name).toBe(404);
    }
    // A pair isn't a circle.
    const pair = await world.programManager.client.post(
      `/api/circles/${world.bystanderPair.id}/members`,
      { personId: someone, role: "member" },
    );
    expect(pair.status).toBe(404);
  });

  it("shows the line managers of its members nothing", async () => {
    const [leader] = await t.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(eq(relationships.id, circleId));
    expect(leader).toBeDefined();
    // Lou manages Mina; put Mina in a circle and look as Lou.
    const response = await createCircle(world.programManager, {
      name: "Mina's circle",
      facilitatorIds: [facilitator.id],
      memberIds: [world.mentee.id, circlers[9]?.id as string],
    });
    expect(response.status).toBe(201);
    for (const who of [world.lineManager, world.skipManager, world.bystander]) {
      const one = await who.client.get(`/api/relationships/${response.body.circle.id}`);
      expect(one.status, who.name).toBe(404);
      const cockpit = await who.client.get("/api/me/cockpit");
      expect(JSON.stringify(cockpit.body), who.name).not.toContain(response.body.circle.id);
    }
    // The program manager sees that it exists, no more.
    const asManager = await world.programManager.client.get(
      `/api/relationships/${response.body.circle.id}`,
    );
    expect(asManager.status).toBe(200);
    expect(asManager.body.relationship).toBeNull();
  });
});
