import { eq } from "drizzle-orm";
import { preparationPages } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { findPage } from "./find-page.ts";
import type { UpdatePreparationPageInput } from "./preparation-input.ts";
import { presentPreparationPage } from "./presenters.ts";

export async function updatePreparationPage(
  ctx: Ctx,
  slug: string,
  pageId: string,
  input: UpdatePreparationPageInput,
) {
  return ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    await findPage(tx, program.id, pageId);
    const [page] = await tx
      .update(preparationPages)
      .set({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.body !== undefined && { body: input.body }),
        ...(input.audience !== undefined && { audience: input.audience }),
        updatedAt: new Date(),
      })
      .where(eq(preparationPages.id, pageId))
      .returning();
    if (!page) throw new Error("the page update returned nothing");
    return presentPreparationPage(page, false);
  });
}
