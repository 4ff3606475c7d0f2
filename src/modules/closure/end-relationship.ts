import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type Relationship, relationships } from "../../db/schema-programs.ts";
import type { MemberRole } from "../../db/schema-relationships.ts";
import { cancelUpcomingSessions } from "./cancel-upcoming-sessions.ts";
import type { EndReason } from "./end-reasons.ts";

/**
 * Marks a running relationship as ended, inside the caller's transaction (the row locked by
 * the caller), and cancels the sessions still ahead. `endedById` is null when the end date
 * closed it. From now on it is read-only. Returns the updated row and the emails queued.
 */
export async function endRelationship(
  tx: Executor,
  input: {
    relationship: Relationship;
    members: readonly { personId: string; role: MemberRole }[];
    endedById: string | null;
    reason: EndReason;
    now: Date;
    config: { baseUrl: string; mailFrom: string };
  },
): Promise<{ relationship: Relationship; emailIds: string[] }> {
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
  const emailIds = await cancelUpcomingSessions(tx, {
    relationship: updated,
    members: input.members,
    cancelledById: input.endedById,
    now: input.now,
    config: input.config,
  });
  return { relationship: updated, emailIds };
}
