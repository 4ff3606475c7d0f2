import { z } from "zod";
import { sessionPersonalNotes } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadSession } from "./load-session.ts";
import { NOTE_MAX_CHARS } from "./save-shared-note.ts";

export const savePersonalNoteInput = z.object({
  body: z
    .string("Write your notes as text.")
    .max(NOTE_MAX_CHARS, "Notes can be up to 20,000 characters: start a fresh one next session."),
});
export type SavePersonalNoteInput = z.infer<typeof savePersonalNoteInput>;

/** My own note on a session: stored for me alone, never shown to anyone else. */
export async function savePersonalNote(
  ctx: Ctx,
  sessionId: string,
  input: SavePersonalNoteInput,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const { session } = await loadSession(tx, ctx, sessionId, "work");
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: session.organizationId,
      personId: ctx.actor.personId,
    });
    const [saved] = await tx
      .insert(sessionPersonalNotes)
      .values({
        sessionId: session.id,
        personId: ctx.actor.personId,
        relationshipId: session.relationshipId,
        organizationId: session.organizationId,
        body: input.body,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [sessionPersonalNotes.sessionId, sessionPersonalNotes.personId],
        set: { body: input.body, updatedAt: now },
      })
      .returning();
    if (!saved) throw new Error("personal note upsert returned nothing");
    return { body: saved.body, updatedAt: saved.updatedAt.toISOString() };
  });
}
