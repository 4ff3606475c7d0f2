import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type Program, programManagers, programs } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";

export type LoadedProgram = Program & { isManager: boolean };

/** Whether this person is one of the program's managers (not counting the admin role). */
export async function isProgramManager(db: Executor, programId: string, personId: string) {
  const [row] = await db
    .select({ personId: programManagers.personId })
    .from(programManagers)
    .where(and(eq(programManagers.programId, programId), eq(programManagers.personId, personId)));
  return Boolean(row);
}

async function findProgram(ctx: Ctx, slug: string, db: Executor): Promise<LoadedProgram | null> {
  const [program] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.organizationId, ctx.actor.organizationId), eq(programs.slug, slug)));
  if (!program) return null;
  return { ...program, isManager: await isProgramManager(db, program.id, ctx.actor.personId) };
}

/**
 * A program of the actor's organization, by slug. Any member may read a program once it is
 * past draft; a draft is visible only to its managers and administrators (404 to everyone else,
 * so a draft's existence doesn't leak).
 */
export async function loadProgram(ctx: Ctx, slug: string, db: Executor = ctx.db) {
  const program = await findProgram(ctx, slug, db);
  const canSee =
    program && (program.state !== "draft" || program.isManager || ctx.actor.role === "admin");
  if (!program || !canSee) throw notFound("program", "program_not_found");
  return program;
}

/** A program the actor manages (its managers and administrators); 403 for everyone else. */
export async function loadManagedProgram(ctx: Ctx, slug: string, db: Executor = ctx.db) {
  const program = await loadProgram(ctx, slug, db);
  authorize(ctx.actor, "programs.manage", {
    organizationId: program.organizationId,
    isManager: program.isManager,
  });
  return program;
}
