import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { agendaItems } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { AGENDA_SECTION_KEYS } from "./agenda-prompts.ts";
import { assertNotCancelled, loadSession } from "./load-session.ts";
import { namesOf, presentAgendaItem } from "./presenters.ts";

export const agendaItemTextSchema = z
  .string("Write a few words for your item.")
  .trim()
  .min(1, "Write a few words for your item.")
  .max(500, "Please keep an agenda item under 500 characters.");

export const addAgendaItemInput = z.object({
  section: z.enum(AGENDA_SECTION_KEYS, "Choose where on the agenda this goes."),
  text: agendaItemTextSchema,
});
export type AddAgendaItemInput = z.infer<typeof addAgendaItemInput>;

/** A member adds their own item to a session's agenda, at the end of its section. */
export async function addAgendaItem(ctx: Ctx, sessionId: string, input: AddAgendaItemInput) {
  return ctx.db.transaction(async (tx) => {
    const { session } = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    assertNotCancelled(session);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${agendaItems.position}), -1)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.sessionId, session.id));
    const [item] = await tx
      .insert(agendaItems)
      .values({
        sessionId: session.id,
        relationshipId: session.relationshipId,
        organizationId: session.organizationId,
        section: input.section,
        text: input.text,
        addedById: ctx.actor.personId,
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!item) throw new Error("agenda item insert returned nothing");
    const name = await namesOf(tx, ctx.actor.organizationId, [item.addedById]);
    return presentAgendaItem(ctx.actor, item, name);
  });
}
