import { and, eq } from "drizzle-orm";
import { people } from "../../db/schema.ts";
import { programManagers } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { listProgramManagers } from "./get-program.ts";
import { loadManagedProgram } from "./load-program.ts";

/** Adds a colleague as one of the program's managers (idempotent). */
export async function addProgramManager(ctx: Ctx, slug: string, personId: string) {
  const { organizationId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.id, personId),
          eq(people.organizationId, organizationId),
          eq(people.status, "active"),
        ),
      );
    if (!person) throw notFound("person", "person_not_found");
    await tx
      .insert(programManagers)
      .values({ organizationId, programId: program.id, personId })
      .onConflictDoNothing();
    return listProgramManagers(tx, organizationId, program.id);
  });
}
