import { eq } from "drizzle-orm";
import { type ProgramState, programs } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { getProgram } from "./get-program.ts";
import { loadManagedProgram } from "./load-program.ts";
import { transitionProblem } from "./state-machine.ts";

/** Moves a program along draft → enrolling → matching → running → closing → closed. */
export async function changeProgramState(ctx: Ctx, slug: string, to: ProgramState) {
  await ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    // Lock the row so two managers clicking at once can't both move it.
    const [locked] = await tx
      .select({ state: programs.state })
      .from(programs)
      .where(eq(programs.id, program.id))
      .for("update");
    const from = locked?.state ?? program.state;
    const problem = transitionProblem(from, to);
    if (problem) throw conflict("invalid_state_change", problem, { from, to });
    await tx
      .update(programs)
      .set({ state: to, updatedAt: new Date() })
      .where(eq(programs.id, program.id));
  });
  return getProgram(ctx, slug);
}
