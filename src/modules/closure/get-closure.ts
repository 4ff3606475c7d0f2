import type { Ctx } from "../../server/context.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { closureView } from "./closure-view.ts";

/** The Closing tab, for a member: readable before, during and after the end. */
export async function getClosure(ctx: Ctx, relationshipId: string, now = new Date()) {
  const loaded = await loadRelationship(ctx.db, ctx, relationshipId, "participant");
  return closureView(ctx.db, ctx, loaded, now);
}
