import { and, countDistinct, desc, eq } from "drizzle-orm";
import { debriefs } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "../programs/load-program.ts";
import { groupByMonth, LEARNING_LOG_MIN_PEOPLE } from "./rules.ts";

/** How many lines the log shows at most (the newest). */
const LOG_LIMIT = 2000;

/**
 * A program's learning log, for its managers and administrators: what people chose to share,
 * with nothing that says who (no name, no relationship, no session, no exact time: the month
 * only). Shown only once at least LEARNING_LOG_MIN_PEOPLE different people have shared.
 */
export async function getLearningLog(ctx: Ctx, slug: string) {
  const program = await loadProgram(ctx, slug);
  authorize(ctx.actor, "program.insights", {
    organizationId: program.organizationId,
    isManager: program.isManager,
  });
  const shared = and(
    eq(debriefs.programId, program.id),
    eq(debriefs.organizationId, ctx.actor.organizationId),
    eq(debriefs.sharedWithProgram, true),
  );
  const [counted] = await ctx.db
    .select({ people: countDistinct(debriefs.personId) })
    .from(debriefs)
    .where(shared);
  const enoughPeople = (counted?.people ?? 0) >= LEARNING_LOG_MIN_PEOPLE;
  const rows = enoughPeople
    ? await ctx.db
        .select({ learned: debriefs.learned, createdAt: debriefs.createdAt })
        .from(debriefs)
        .where(shared)
        .orderBy(desc(debriefs.createdAt))
        .limit(LOG_LIMIT)
    : [];
  return {
    program: { slug: program.slug, name: program.name },
    minPeople: LEARNING_LOG_MIN_PEOPLE,
    enoughPeople,
    months: groupByMonth(rows),
  };
}
