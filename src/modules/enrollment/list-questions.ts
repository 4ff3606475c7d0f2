import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { enrollmentAnswers, enrollmentQuestions } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { presentQuestion } from "./presenters.ts";

/** The program's questions in form order (no access check: callers do it). */
export async function questionsOf(
  db: Executor,
  organizationId: string,
  programId: string,
  options: { includeArchived: boolean },
) {
  return db
    .select()
    .from(enrollmentQuestions)
    .where(
      and(
        eq(enrollmentQuestions.organizationId, organizationId),
        eq(enrollmentQuestions.programId, programId),
        options.includeArchived ? undefined : isNull(enrollmentQuestions.archivedAt),
      ),
    )
    .orderBy(asc(enrollmentQuestions.position), asc(enrollmentQuestions.createdAt));
}

/** The form as its managers edit it: every question, archived ones too, with answer counts. */
export async function listQuestions(ctx: Ctx, slug: string) {
  const program = await loadManagedProgram(ctx, slug);
  const organizationId = ctx.actor.organizationId;
  const questions = await questionsOf(ctx.db, organizationId, program.id, {
    includeArchived: true,
  });
  const counts = await ctx.db
    .select({
      questionId: enrollmentAnswers.questionId,
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(enrollmentAnswers)
    .innerJoin(enrollmentQuestions, eq(enrollmentQuestions.id, enrollmentAnswers.questionId))
    .where(
      and(
        eq(enrollmentAnswers.organizationId, organizationId),
        eq(enrollmentQuestions.programId, program.id),
      ),
    )
    .groupBy(enrollmentAnswers.questionId);
  const countOf = new Map(counts.map((c) => [c.questionId, c.count]));
  return questions.map((q) => ({ ...presentQuestion(q), answerCount: countOf.get(q.id) ?? 0 }));
}
