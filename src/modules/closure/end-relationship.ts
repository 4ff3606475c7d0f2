import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type Relationship, relationships } from "../../db/schema-programs.ts";
import type { EndReason } from "./end-reasons.ts";

/**
 * Marks a running relationship as ended, inside the caller's transaction (the row locked by
 * the caller). `endedById` is null when the end date closed it. From now on it is read-only.
 */
export async function endRelationship(
  tx: Executor,
  input: { relationship: Relationship; endedById: string | null; reason: EndReason; now: Date },
): Promise<Relationship> {
  const [updated] = await tx
    .update(relationships)
    .set({
      status: "ended",
      endedAt: input.now,
      endedById: input.endedById,
      endReason: input.reason,
      updatedAt: input.now,
    })
    .where(eq(relationships.id, input.relationship.id))
    .returning();
  if (!updated) throw new Error("the relationship vanished");
  return updated;
}
