import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { relationships, rematchRequests } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { personCards } from "../mentor-requests/person-cards.ts";
import { programById } from "../mentor-requests/places.ts";
import { isProgramManager, loadManagedProgram } from "../programs/load-program.ts";
import { REMATCH_CATEGORIES, type RematchCategory } from "./rematch-categories.ts";

const person = z.object({ id: z.uuid(), name: z.string() });
export const rematchRequestSchema = z.object({
  id: z.uuid(),
  status: z.enum(["open", "resolved"]),
  category: z.string(),
  categoryLabel: z.string(),
  requestedBy: z.enum(["mentee", "mentor"]),
  mentee: person,
  mentor: person,
  matchStartedAt: z.iso.datetime().nullable(),
  matchEndedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
});

/**
 * A program's rematch requests for its managers: who, the reason category and the dates, open
 * ones first. Nothing the two people wrote is here, by design.
 */
export async function listRematchRequests(ctx: Ctx, slug: string) {
  const program = await loadManagedProgram(ctx, slug);
  authorize(ctx.actor, "rematches.manage", {
    organizationId: program.organizationId,
    isManager: program.isManager,
  });
  const rows = await ctx.db
    .select({
      id: rematchRequests.id,
      status: rematchRequests.status,
      category: rematchRequests.reasonCategory,
      requestedById: rematchRequests.requestedById,
      createdAt: rematchRequests.createdAt,
      resolvedAt: rematchRequests.resolvedAt,
      menteeId: relationships.menteeId,
      mentorId: relationships.mentorId,
      startedAt: relationships.startedAt,
      endedAt: relationships.endedAt,
    })
    .from(rematchRequests)
    .innerJoin(relationships, eq(relationships.id, rematchRequests.relationshipId))
    .where(
      and(
        eq(rematchRequests.organizationId, ctx.actor.organizationId),
        eq(relationships.programId, program.id),
      ),
    )
    .orderBy(
      sql`${rematchRequests.status} = 'resolved'`,
      desc(rematchRequests.createdAt),
      asc(rematchRequests.id),
    )
    .limit(500);
  const cards = await personCards(
    ctx.db,
    ctx.actor.organizationId,
    rows.flatMap((r) => [r.menteeId, r.mentorId]),
  );
  const named = (id: string) => ({ id, name: cards.get(id)?.name ?? "Someone" });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    category: r.category,
    categoryLabel: REMATCH_CATEGORIES[r.category as RematchCategory] ?? "Something else",
    requestedBy: r.requestedById === r.menteeId ? ("mentee" as const) : ("mentor" as const),
    mentee: named(r.menteeId),
    mentor: named(r.mentorId),
    matchStartedAt: r.startedAt?.toISOString() ?? null,
    matchEndedAt: r.endedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
  }));
}

/** A manager marks a rematch request as handled. */
export async function resolveRematchRequest(ctx: Ctx, rematchRequestId: string, now = new Date()) {
  const [row] = await ctx.db
    .select({
      id: rematchRequests.id,
      status: rematchRequests.status,
      programId: relationships.programId,
    })
    .from(rematchRequests)
    .innerJoin(relationships, eq(relationships.id, rematchRequests.relationshipId))
    .where(
      and(
        eq(rematchRequests.id, rematchRequestId),
        eq(rematchRequests.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!row) throw notFound("rematch request", "rematch_request_not_found");
  const program = await programById(ctx.db, row.programId);
  authorize(ctx.actor, "rematches.manage", {
    organizationId: program.organizationId,
    isManager: await isProgramManager(ctx.db, program.id, ctx.actor.personId),
  });
  if (row.status === "resolved") {
    throw conflict("already_resolved", "This rematch request has already been resolved.");
  }
  await ctx.db
    .update(rematchRequests)
    .set({ status: "resolved", resolvedAt: now })
    .where(eq(rematchRequests.id, row.id));
}
