import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import { programManagers, programs } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { presentProgramSummary } from "./presenters.ts";
import { countForPrograms } from "./program-counts.ts";

/**
 * The organization's programs: every program past draft, plus drafts the actor manages
 * (administrators see every draft).
 */
export async function listPrograms(ctx: Ctx) {
  const { organizationId, personId, role } = ctx.actor;
  const managed = sql<boolean>`exists (select 1 from ${programManagers} where ${programManagers.programId} = ${programs.id} and ${programManagers.personId} = ${personId})`;
  const rows = await ctx.db
    .select({ program: programs, isManager: managed })
    .from(programs)
    .where(
      and(
        eq(programs.organizationId, organizationId),
        role === "admin" ? undefined : or(ne(programs.state, "draft"), managed),
      ),
    )
    .orderBy(asc(programs.name));
  const counts = await countForPrograms(
    ctx.db,
    organizationId,
    rows.map((row) => row.program.id),
  );
  return rows.map(({ program, isManager }) =>
    presentProgramSummary(
      program,
      role === "admin" || isManager,
      counts.get(program.id) ?? { mentees: 0, mentors: 0, matched: 0 },
    ),
  );
}
