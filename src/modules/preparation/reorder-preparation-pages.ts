import { eq } from "drizzle-orm";
import { preparationPages } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { pagesWithDone } from "./list-preparation-pages.ts";

/** Puts the program's pages in the given order; the list must name each page once. */
export async function reorderPreparationPages(ctx: Ctx, slug: string, pageIds: string[]) {
  return ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    const pages = await tx
      .select({ id: preparationPages.id })
      .from(preparationPages)
      .where(eq(preparationPages.programId, program.id));
    const known = new Set(pages.map((p) => p.id));
    if (
      pageIds.length !== known.size ||
      new Set(pageIds).size !== pageIds.length ||
      !pageIds.every((id) => known.has(id))
    ) {
      throw badRequest(
        "invalid_page_order",
        "Please list each of the program's pages exactly once.",
      );
    }
    for (const [position, id] of pageIds.entries()) {
      await tx.update(preparationPages).set({ position }).where(eq(preparationPages.id, id));
    }
    return pagesWithDone(tx, ctx.actor.organizationId, program.id, ctx.actor.personId);
  });
}
