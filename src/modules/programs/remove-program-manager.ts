import { and, eq } from "drizzle-orm";
import { programManagers } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { listProgramManagers } from "./get-program.ts";
import { loadManagedProgram } from "./load-program.ts";

/** Removes one of the program's managers; a program always keeps at least one. */
export async function removeProgramManager(ctx: Ctx, slug: string, personId: string) {
  const { organizationId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    const managers = await listProgramManagers(tx, organizationId, program.id);
    if (!managers.some((m) => m.personId === personId)) {
      throw notFound("program manager", "program_manager_not_found");
    }
    if (managers.length === 1) {
      throw conflict(
        "last_program_manager",
        "A program needs at least one manager. Add someone else first.",
      );
    }
    await tx
      .delete(programManagers)
      .where(
        and(eq(programManagers.programId, program.id), eq(programManagers.personId, personId)),
      );
    return listProgramManagers(tx, organizationId, program.id);
  });
}
