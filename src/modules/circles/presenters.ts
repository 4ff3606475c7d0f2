import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { relationships } from "../../db/schema-programs.ts";
import { relationshipMembers } from "../../db/schema-relationships.ts";

/** Who may be in a circle, and how many. */
export const MAX_FACILITATORS = 2;
export const MAX_CIRCLE_MEMBERS = 8;
export const MIN_CIRCLE_MEMBERS = 2;

export const circleRoleSchema = z.enum(["facilitator", "member"], "Choose facilitator or member.");
export type CircleRole = z.infer<typeof circleRoleSchema>;

/** A circle as its program's managers see it: names, people and dates, never its content. */
export const circleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(["proposed", "active", "declined", "ended"]),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  people: z.array(z.object({ id: z.uuid(), name: z.string(), role: circleRoleSchema })),
});
export type CirclePresented = z.infer<typeof circleSchema>;

/** Circles of a program (or the ones named), each with its people, facilitators first. */
export async function presentCircles(
  db: Executor,
  where: { organizationId: string; programId: string; ids?: string[] },
): Promise<CirclePresented[]> {
  const rows = await db
    .select({
      id: relationships.id,
      name: relationships.name,
      status: relationships.status,
      startedAt: relationships.startedAt,
      endedAt: relationships.endedAt,
    })
    .from(relationships)
    .where(
      and(
        eq(relationships.organizationId, where.organizationId),
        eq(relationships.programId, where.programId),
        eq(relationships.kind, "circle"),
        ...(where.ids ? [inArray(relationships.id, where.ids)] : []),
      ),
    )
    .orderBy(asc(relationships.status), desc(relationships.createdAt))
    .limit(500);
  if (rows.length === 0) return [];
  const members = await db
    .select({
      relationshipId: relationshipMembers.relationshipId,
      id: people.id,
      name: people.name,
      preferredName: people.preferredName,
      role: relationshipMembers.role,
    })
    .from(relationshipMembers)
    .innerJoin(people, eq(people.id, relationshipMembers.personId))
    .where(
      inArray(
        relationshipMembers.relationshipId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(relationshipMembers.role), asc(people.name));
  const byCircle = new Map<string, CirclePresented["people"]>();
  for (const m of members) {
    const list = byCircle.get(m.relationshipId) ?? [];
    list.push({
      id: m.id,
      name: m.preferredName?.trim() || m.name,
      role: m.role === "facilitator" ? "facilitator" : "member",
    });
    byCircle.set(m.relationshipId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? "A circle",
    status: r.status,
    startedAt: r.startedAt?.toISOString() ?? null,
    endedAt: r.endedAt?.toISOString() ?? null,
    people: byCircle.get(r.id) ?? [],
  }));
}

/** One circle just written or changed, as its managers see it. */
export async function presentCircle(
  db: Executor,
  where: { organizationId: string; programId: string; id: string },
): Promise<CirclePresented> {
  const [circle] = await presentCircles(db, { ...where, ids: [where.id] });
  if (!circle) throw new Error("the circle vanished");
  return circle;
}
