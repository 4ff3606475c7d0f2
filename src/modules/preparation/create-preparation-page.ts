import { eq, sql } from "drizzle-orm";
import { preparationPages } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import type { PreparationPageInput } from "./preparation-input.ts";
import { presentPreparationPage } from "./presenters.ts";

/** Adds a page at the end of the program's preparation. */
export async function createPreparationPage(ctx: Ctx, slug: string, input: PreparationPageInput) {
  return ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    const [last] = await tx
      .select({
        position: sql<number>`coalesce(max(${preparationPages.position}), -1)`.mapWith(Number),
      })
      .from(preparationPages)
      .where(eq(preparationPages.programId, program.id));
    const [page] = await tx
      .insert(preparationPages)
      .values({
        organizationId: ctx.actor.organizationId,
        programId: program.id,
        title: input.title,
        body: input.body,
        audience: input.audience,
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!page) throw new Error("the page insert returned nothing");
    return presentPreparationPage(page, false);
  });
}
