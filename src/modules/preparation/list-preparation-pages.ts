import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { preparationCompletions, preparationPages } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "../programs/load-program.ts";
import { presentPreparationPage } from "./presenters.ts";

export async function pagesWithDone(
  db: Executor,
  organizationId: string,
  programId: string,
  personId: string,
) {
  const rows = await db
    .select({
      page: preparationPages,
      done: sql<boolean>`${preparationCompletions.personId} is not null`,
    })
    .from(preparationPages)
    .leftJoin(
      preparationCompletions,
      and(
        eq(preparationCompletions.pageId, preparationPages.id),
        eq(preparationCompletions.personId, personId),
      ),
    )
    .where(
      and(
        eq(preparationPages.organizationId, organizationId),
        eq(preparationPages.programId, programId),
      ),
    )
    .orderBy(asc(preparationPages.position), asc(preparationPages.createdAt));
  return rows.map(({ page, done }) => presentPreparationPage(page, Boolean(done)));
}

/** The program's preparation pages, in order, each with whether the actor has ticked it done. */
export async function listPreparationPages(ctx: Ctx, slug: string) {
  const program = await loadProgram(ctx, slug);
  return pagesWithDone(ctx.db, ctx.actor.organizationId, program.id, ctx.actor.personId);
}
