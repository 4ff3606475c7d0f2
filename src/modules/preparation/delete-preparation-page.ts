import { eq } from "drizzle-orm";
import { preparationPages } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { findPage } from "./find-page.ts";

/** Deletes a page (and the ticks people gave it). */
export async function deletePreparationPage(ctx: Ctx, slug: string, pageId: string) {
  await ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    await findPage(tx, program.id, pageId);
    await tx.delete(preparationPages).where(eq(preparationPages.id, pageId));
  });
}
