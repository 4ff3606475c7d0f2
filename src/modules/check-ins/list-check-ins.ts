import { and, asc, desc, eq } from "drizzle-orm";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { membersOf } from "../relationships/list-my-relationships.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { checkInClosesAt } from "./check-in-schedule.ts";
import { type DueCheckIn, type MyCheckIn, presentMyCheckIn } from "./presenters.ts";
import { checkInOpenSql } from "./took-place-sql.ts";

const stateOrder = { open: 0, upcoming: 1, answered: 2, missed: 3 } as const;

/**
 * My check-ins in one relationship (open ones first, then what I answered), with my answers.
 * Only mine: another member's answers and comments never leave the database here.
 */
export async function listMyCheckIns(
  ctx: Ctx,
  relationshipId: string,
  now = new Date(),
): Promise<MyCheckIn[]> {
  const { relationship } = await loadRelationship(ctx.db, ctx, relationshipId, "participant");
  const rows = await ctx.db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.relationshipId, relationship.id),
        eq(checkIns.organizationId, ctx.actor.organizationId),
        eq(checkIns.personId, ctx.actor.personId),
      ),
    )
    .orderBy(desc(checkIns.dueAt), asc(checkIns.kind));
  return rows
    .map((row) => {
      authorize(ctx.actor, "relationship.ownContent", {
        organizationId: row.organizationId,
        personId: row.personId,
      });
      return presentMyCheckIn(row, now);
    })
    .sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
}

/**
 * My check-ins waiting for an answer at `now` (due, unanswered, their window still open) in the
 * relationships under way, oldest first: the home page's list and the cockpit's to-do both read it.
 */
export function myOpenCheckIns(ctx: Ctx, now: Date) {
  return ctx.db
    .select({
      id: checkIns.id,
      organizationId: checkIns.organizationId,
      personId: checkIns.personId,
      kind: checkIns.kind,
      dueAt: checkIns.dueAt,
      relationshipId: relationships.id,
      relationshipKind: relationships.kind,
      relationshipName: relationships.name,
    })
    .from(checkIns)
    .innerJoin(relationships, eq(relationships.id, checkIns.relationshipId))
    .where(
      and(
        eq(checkIns.organizationId, ctx.actor.organizationId),
        eq(checkIns.personId, ctx.actor.personId),
        eq(relationships.status, "active"),
        checkInOpenSql(now),
      ),
    )
    .orderBy(asc(checkIns.dueAt));
}

/** My check-ins waiting for an answer, across the relationships under way (the home page). */
export async function listMyDueCheckIns(ctx: Ctx, now = new Date()): Promise<DueCheckIn[]> {
  const rows = await myOpenCheckIns(ctx, now);
  const members = await membersOf(ctx, [...new Set(rows.map((r) => r.relationshipId))]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    dueAt: row.dueAt.toISOString(),
    closesAt: checkInClosesAt(row.kind, row.dueAt).toISOString(),
    relationship: {
      id: row.relationshipId,
      kind: row.relationshipKind,
      name: row.relationshipName,
      with: (members.get(row.relationshipId) ?? [])
        .filter((m) => m.id !== ctx.actor.personId)
        .map((m) => m.name),
    },
  }));
}
