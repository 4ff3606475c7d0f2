import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client.ts";
import { goals, objectives } from "../../../db/schema.ts";
import { presentGoal } from "./presenters.ts";

/** A person's goals in their chosen order, each with its objective (no access check: callers do it). */
export async function goalsOf(db: Executor, organizationId: string, personId: string) {
  const rows = await db
    .select({
      id: goals.id,
      text: goals.text,
      position: goals.position,
      objectiveId: objectives.id,
      objectiveTitle: objectives.title,
      objectiveArchivedAt: objectives.archivedAt,
    })
    .from(goals)
    .leftJoin(
      objectives,
      and(eq(objectives.id, goals.objectiveId), eq(objectives.organizationId, organizationId)),
    )
    .where(and(eq(goals.personId, personId), eq(goals.organizationId, organizationId)))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  return rows.map((row) =>
    presentGoal(
      row,
      row.objectiveId && row.objectiveTitle !== null
        ? { id: row.objectiveId, title: row.objectiveTitle, archivedAt: row.objectiveArchivedAt }
        : null,
    ),
  );
}
