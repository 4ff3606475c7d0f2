import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { programManagers } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "./load-program.ts";
import { presentProgram } from "./presenters.ts";
import { countForPrograms } from "./program-counts.ts";

export async function listProgramManagers(db: Executor, organizationId: string, programId: string) {
  return db
    .select({ personId: people.id, name: people.name, email: people.email })
    .from(programManagers)
    .innerJoin(people, eq(people.id, programManagers.personId))
    .where(
      and(
        eq(programManagers.organizationId, organizationId),
        eq(programManagers.programId, programId),
      ),
    )
    .orderBy(asc(people.name));
}

/** One program with its settings, counts and managers (see {@link loadProgram} for who may). */
export async function getProgram(ctx: Ctx, slug: string) {
  const program = await loadProgram(ctx, slug);
  const { organizationId } = ctx.actor;
  const counts = await countForPrograms(ctx.db, organizationId, [program.id]);
  const managers = await listProgramManagers(ctx.db, organizationId, program.id);
  return presentProgram(
    program,
    ctx.actor.role === "admin" || program.isManager,
    counts.get(program.id) ?? { mentees: 0, mentors: 0, matched: 0 },
    managers,
  );
}
