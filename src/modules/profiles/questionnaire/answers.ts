import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { questionnaireAnswers, questionnaireQuestions } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { badRequest } from "../../../server/errors.ts";
import { listQuestions, questionSchema } from "./questions.ts";

export const myQuestionnaireSchema = z.object({
  questions: z.array(questionSchema),
  /** The index of the chosen answer per question id; unanswered questions are left out. */
  answers: z.record(z.string(), z.number().int()),
});

export const saveAnswersInput = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.uuid("That isn't a valid question id."),
        /** The chosen answer's index, or null to take an answer back. */
        option: z.number().int().min(0).max(7).nullable(),
      }),
    )
    .max(200),
});

function own(ctx: Ctx) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "questionnaire.answer", { organizationId, personId });
  return { organizationId, personId };
}

/**
 * The actor's own questionnaire: the active questions and their answers. Nobody else can read a
 * person's answers; matching uses them without showing them.
 */
export async function getMyQuestionnaire(ctx: Ctx) {
  const { organizationId, personId } = own(ctx);
  const [questions, rows] = await Promise.all([
    listQuestions(ctx, { includeArchived: false }),
    ctx.db
      .select({ questionId: questionnaireAnswers.questionId, option: questionnaireAnswers.option })
      .from(questionnaireAnswers)
      .where(
        and(
          eq(questionnaireAnswers.personId, personId),
          eq(questionnaireAnswers.organizationId, organizationId),
        ),
      ),
  ]);
  const active = new Set(questions.map((q) => q.id));
  const answers = Object.fromEntries(
    rows.filter((row) => active.has(row.questionId)).map((row) => [row.questionId, row.option]),
  );
  return { questions, answers };
}

/** Saves some of the actor's answers at once: all of them or none. */
export async function saveMyAnswers(ctx: Ctx, input: z.infer<typeof saveAnswersInput>) {
  const { organizationId, personId } = own(ctx);
  const ids = [...new Set(input.answers.map((a) => a.questionId))];
  if (ids.length !== input.answers.length) {
    throw badRequest("duplicate_answer", "Each question can have only one answer.");
  }
  await ctx.db.transaction(async (tx) => {
    const questions =
      ids.length === 0
        ? []
        : await tx
            .select({ id: questionnaireQuestions.id, options: questionnaireQuestions.options })
            .from(questionnaireQuestions)
            .where(
              and(
                inArray(questionnaireQuestions.id, ids),
                eq(questionnaireQuestions.organizationId, organizationId),
                isNull(questionnaireQuestions.archivedAt),
              ),
            );
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const answer of input.answers) {
      const question = byId.get(answer.questionId);
      if (!question) {
        throw badRequest(
          "question_not_found",
          "One of these questions isn't in the questionnaire any more. Please reload and try again.",
        );
      }
      if (answer.option !== null && answer.option >= question.options.length) {
        throw badRequest("option_not_found", "Please choose one of the answers given.");
      }
    }
    for (const answer of input.answers) {
      const key = and(
        eq(questionnaireAnswers.personId, personId),
        eq(questionnaireAnswers.questionId, answer.questionId),
      );
      if (answer.option === null) {
        await tx.delete(questionnaireAnswers).where(key);
      } else {
        await tx
          .insert(questionnaireAnswers)
          .values({
            organizationId,
            personId,
            questionId: answer.questionId,
            option: answer.option,
          })
          .onConflictDoUpdate({
            target: [questionnaireAnswers.personId, questionnaireAnswers.questionId],
            set: { option: answer.option, updatedAt: new Date() },
          });
      }
    }
  });
  return getMyQuestionnaire(ctx);
}
