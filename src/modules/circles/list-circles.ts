import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { presentCircles } from "./presenters.ts";

/** A program's circles for its managers: names, people and dates (metadata only). */
export async function listCircles(ctx: Ctx, slug: string) {
  const program = await loadManagedProgram(ctx, slug);
  return presentCircles(ctx.db, {
    organizationId: ctx.actor.organizationId,
    programId: program.id,
  });
}
