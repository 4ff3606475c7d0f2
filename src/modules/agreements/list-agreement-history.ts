import { asc, eq } from "drizzle-orm";
import { agreementVersions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { describeChanges, parseSnapshot } from "./diff.ts";
import { responsibilityWords } from "./snapshot.ts";

/** Every version of the agreement, newest first: who changed it, when, and what changed. */
export async function listAgreementHistory(ctx: Ctx, relationshipId: string) {
  return ctx.db.transaction(async (tx) => {
    const { relationship } = await loadRelationship(tx, ctx, relationshipId, "participant");
    const versions = await tx
      .select()
      .from(agreementVersions)
      .where(eq(agreementVersions.relationshipId, relationship.id))
      .orderBy(asc(agreementVersions.version));
    const names = await namesOf(
      tx,
      versions.flatMap((v) => (v.editedById ? [v.editedById] : [])),
    );
    const words = responsibilityWords(relationship.kind);
    return versions
      .map((v, index) => {
        const snapshot = parseSnapshot(v.snapshot);
        const before = index > 0 ? parseSnapshot(versions[index - 1]?.snapshot) : null;
        return {
          version: v.version,
          editedBy: v.editedById ? { id: v.editedById, name: names.get(v.editedById) ?? "" } : null,
          editedAt: v.createdAt.toISOString(),
          changes: snapshot ? describeChanges(before, snapshot, words) : [],
        };
      })
      .reverse();
  });
}
