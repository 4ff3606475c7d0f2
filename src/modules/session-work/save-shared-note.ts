import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { sessionSharedNotes } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { loadSession } from "./load-session.ts";
import { namesOf, type SharedNoteView } from "./presenters.ts";

export const NOTE_MAX_CHARS = 20_000;

export const saveSharedNoteInput = z.object({
  body: z
    .string("Write your notes as text.")
    .max(NOTE_MAX_CHARS, "Notes can be up to 20,000 characters: start a fresh one next session."),
  version: z
    .number("Send the version of the notes you started from.")
    .int("Send the version of the notes you started from.")
    .min(0, "Send the version of the notes you started from."),
});
export type SaveSharedNoteInput = z.infer<typeof saveSharedNoteInput>;

async function currentNote(tx: Executor, ctx: Ctx, sessionId: string): Promise<SharedNoteView> {
  const [row] = await tx
    .select()
    .from(sessionSharedNotes)
    .where(eq(sessionSharedNotes.sessionId, sessionId));
  if (!row) return { body: "", version: 0, updatedBy: null, updatedAt: null };
  const name = await namesOf(tx, ctx.actor.organizationId, [row.updatedById]);
  return {
    body: row.body,
    version: row.version,
    updatedBy: name(row.updatedById),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The session's shared note, saved only over the version the writer started from. When someone
 * else saved in between, nothing is overwritten: a 409 carries the current note (body, version,
 * who, when) so the page can offer to merge.
 */
export async function saveSharedNote(
  ctx: Ctx,
  sessionId: string,
  input: SaveSharedNoteInput,
  now = new Date(),
): Promise<SharedNoteView> {
  return ctx.db.transaction(async (tx) => {
    const { session } = await loadSession(tx, ctx, sessionId, "work");
    const saved =
      input.version === 0
        ? await tx
            .insert(sessionSharedNotes)
            .values({
              sessionId: session.id,
              relationshipId: session.relationshipId,
              organizationId: session.organizationId,
              body: input.body,
              version: 1,
              updatedById: ctx.actor.personId,
              updatedAt: now,
            })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(sessionSharedNotes)
            .set({
              body: input.body,
              version: sql`${sessionSharedNotes.version} + 1`,
              updatedById: ctx.actor.personId,
              updatedAt: now,
            })
            .where(
              and(
                eq(sessionSharedNotes.sessionId, session.id),
                eq(sessionSharedNotes.version, input.version),
              ),
            )
            .returning();
    if (saved.length === 0) {
      throw conflict(
        "note_changed",
        "Someone saved these notes while you were writing. Have a look at their version and bring yours together with it.",
        await currentNote(tx, ctx, session.id),
      );
    }
    return currentNote(tx, ctx, session.id);
  });
}
