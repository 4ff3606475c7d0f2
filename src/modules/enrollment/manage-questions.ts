import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { enrollmentAnswers, enrollmentQuestions } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict, notFound } from "../../server/errors.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { questionsOf } from "./list-questions.ts";
import { presentQuestion } from "./presenters.ts";
import {
  type CreateQuestionInput,
  optionsFor,
  type reorderQuestionsInput,
  type UpdateQuestionInput,
} from "./question-input.ts";

async function findQuestion(db: Executor, ctx: Ctx, programId: string, questionId: string) {
  const [question] = await db
    .select()
    .from(enrollmentQuestions)
    .where(
      and(
        eq(enrollmentQuestions.id, questionId),
        eq(enrollmentQuestions.programId, programId),
        eq(enrollmentQuestions.organizationId, ctx.actor.organizationId),
      ),
    )
    .for("update");
  if (!question) throw notFound("question", "question_not_found");
  return question;
}

async function answerCount(db: Executor, organizationId: string, questionId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(enrollmentAnswers)
    .where(
      and(
        eq(enrollmentAnswers.organizationId, organizationId),
        eq(enrollmentAnswers.questionId, questionId),
      ),
    );
  return row?.count ?? 0;
}

/** Adds a question at the end of the program's enrollment form. */
export async function createQuestion(ctx: Ctx, slug: string, input: CreateQuestionInput) {
  const program = await loadManagedProgram(ctx, slug);
  const options = optionsFor(input.kind, input.options);
  const [created] = await ctx.db
    .insert(enrollmentQuestions)
    .values({
      organizationId: ctx.actor.organizationId,
      programId: program.id,
      kind: input.kind,
      prompt: input.prompt,
      helpText: input.helpText || null,
      options,
      required: input.required,
      usedForMatching: input.usedForMatching,
      position: sql`coalesce((select max(position) + 1 from ${enrollmentQuestions}
        where program_id = ${program.id}), 0)`,
    })
    .returning();
  if (!created) throw new Error("question insert returned no row");
  return presentQuestion(created);
}

/**
 * Changes a question, or archives it (it leaves the form; its answers stay). Once people have
 * answered, its kind is fixed: answers of one kind don't read as another.
 */
export async function updateQuestion(
  ctx: Ctx,
  slug: string,
  questionId: string,
  input: UpdateQuestionInput,
) {
  const program = await loadManagedProgram(ctx, slug);
  return ctx.db.transaction(async (tx) => {
    const question = await findQuestion(tx, ctx, program.id, questionId);
    const kind = input.kind ?? question.kind;
    if (kind !== question.kind && (await answerCount(tx, ctx.actor.organizationId, questionId))) {
      throw conflict(
        "question_answered",
        "People have already answered this question, so its kind can't change. Archive it and add a new one instead.",
      );
    }
    const options = optionsFor(kind, input.options ?? question.options);
    const archivedAt =
      input.archived === undefined
        ? question.archivedAt
        : input.archived
          ? (question.archivedAt ?? new Date())
          : null;
    const [updated] = await tx
      .update(enrollmentQuestions)
      .set({
        kind,
        prompt: input.prompt ?? question.prompt,
        helpText: input.helpText === undefined ? question.helpText : input.helpText || null,
        options,
        required: input.required ?? question.required,
        usedForMatching: input.usedForMatching ?? question.usedForMatching,
        archivedAt,
      })
      .where(eq(enrollmentQuestions.id, question.id))
      .returning();
    if (!updated) throw new Error("question update returned no row");
    return presentQuestion(updated);
  });
}

/** Deletes a question nobody has answered; an answered one can only be archived. */
export async function deleteQuestion(ctx: Ctx, slug: string, questionId: string) {
  const program = await loadManagedProgram(ctx, slug);
  await ctx.db.transaction(async (tx) => {
    const question = await findQuestion(tx, ctx, program.id, questionId);
    if (await answerCount(tx, ctx.actor.organizationId, question.id)) {
      throw conflict(
        "question_answered",
        "People have already answered this question, so it can't be deleted. You can archive it: it leaves the form and the answers are kept.",
      );
    }
    await tx.delete(enrollmentQuestions).where(eq(enrollmentQuestions.id, question.id));
  });
}

/** Puts the form's questions in the given order; questions not listed follow, as they were. */
export async function reorderQuestions(
  ctx: Ctx,
  slug: string,
  input: z.infer<typeof reorderQuestionsInput>,
) {
  const program = await loadManagedProgram(ctx, slug);
  const ids = [...new Set(input.questionIds)];
  if (ids.length === 0) return;
  await ctx.db.transaction(async (tx) => {
    const current = await questionsOf(tx, ctx.actor.organizationId, program.id, {
      includeArchived: true,
    });
    const known = new Set(current.map((q) => q.id));
    if (ids.some((id) => !known.has(id))) {
      throw badRequest("unknown_question", "Some of those questions aren't on this form.");
    }
    const listed = new Set(ids);
    const order = [...ids, ...current.map((q) => q.id).filter((id) => !listed.has(id))];
    for (const [position, id] of order.entries()) {
      await tx
        .update(enrollmentQuestions)
        .set({ position })
        .where(and(eq(enrollmentQuestions.id, id), eq(enrollmentQuestions.programId, program.id)));
    }
  });
}
