import { eq } from "drizzle-orm";
import { agendaItems } from "../../db/schema-relationships.ts";
import { can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { loadAgendaItem } from "./load-session.ts";

/** The person who added an agenda item may take it off again; nobody else can. */
export async function deleteAgendaItem(ctx: Ctx, agendaItemId: string) {
  await ctx.db.transaction(async (tx) => {
    const { item } = await loadAgendaItem(tx, ctx, agendaItemId, "work");
    const isMine = can(ctx.actor, "relationship.ownContent", {
      organizationId: item.organizationId,
      personId: item.addedById ?? undefined,
    });
    if (!isMine) throw forbidden("Only the person who added this item can remove it.");
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
  });
}
