import { and, eq } from "drizzle-orm";
import { preparationCompletions } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "../programs/load-program.ts";
import { findPage } from "./find-page.ts";

/** Ticks a page done for the actor, or takes the tick back. */
export async function markPreparationDone(ctx: Ctx, slug: string, pageId: string, done: boolean) {
  const program = await loadProgram(ctx, slug);
  const page = await findPage(ctx.db, program.id, pageId);
  const { organizationId, personId } = ctx.actor;
  if (done) {
    await ctx.db
      .insert(preparationCompletions)
      .values({ organizationId, pageId: page.id, personId })
      .onConflictDoNothing();
  } else {
    await ctx.db
      .delete(preparationCompletions)
      .where(
        and(
          eq(preparationCompletions.pageId, page.id),
          eq(preparationCompletions.personId, personId),
        ),
      );
  }
  return { id: page.id, done };
}
