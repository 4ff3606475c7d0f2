import { eq } from "drizzle-orm";
import { z } from "zod";
import { agendaItems } from "../../db/schema-relationships.ts";
import { can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, forbidden } from "../../server/errors.ts";
import { agendaItemTextSchema } from "./add-agenda-item.ts";
import { loadAgendaItem } from "./load-session.ts";
import { namesOf, presentAgendaItem } from "./presenters.ts";

export const updateAgendaItemInput = z.object({
  text: agendaItemTextSchema.optional(),
  done: z.boolean("Say whether it's been talked through (true or false).").optional(),
});
export type UpdateAgendaItemInput = z.infer<typeof updateAgendaItemInput>;

/**
 * Anyone in the session may tick an item off as talked through; only the person who added it
 * changes its words.
 */
export async function updateAgendaItem(
  ctx: Ctx,
  agendaItemId: string,
  input: UpdateAgendaItemInput,
  now = new Date(),
) {
  if (input.text === undefined && input.done === undefined) {
    throw badRequest("nothing_to_change", "Send new words for the item, or whether it's done.");
  }
  return ctx.db.transaction(async (tx) => {
    const { item } = await loadAgendaItem(tx, ctx, agendaItemId, "work");
    const isMine = can(ctx.actor, "relationship.ownContent", {
      organizationId: item.organizationId,
      personId: item.addedById ?? undefined,
    });
    if (input.text !== undefined && input.text !== item.text && !isMine) {
      throw forbidden("Only the person who added this item can change its words.");
    }
    const [updated] = await tx
      .update(agendaItems)
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.done !== undefined ? { doneAt: input.done ? (item.doneAt ?? now) : null } : {}),
      })
      .where(eq(agendaItems.id, item.id))
      .returning();
    if (!updated) throw new Error("agenda item update returned nothing");
    const name = await namesOf(tx, ctx.actor.organizationId, [updated.addedById]);
    return presentAgendaItem(ctx.actor, updated, name);
  });
}
