import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { questionnaireAnswers, questionnaireQuestions } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { badRequest, notFound } from "../../../server/errors.ts";

export const questionSchema = z.object({
  id: z.uuid(),
  prompt: z.string(),
  options: z.array(z.string()),
  position: z.number().int(),
  archived: z.boolean(),
});
export type QuestionView = z.infer<typeof questionSchema>;

const promptField = z
  .string()
  .trim()
  .min(1, "Please write the question.")
  .max(200, "A question can be at most 200 characters.");
const optionsField = z
  .array(
    z
      .string()
      .trim()
      .min(1, "An answer can't be empty.")
      .max(120, "An answer can be at most 120 characters."),
  )
  .min(2, "Give at least two answers to choose from.")
  .max(8, "Give at most eight answers.")
  .refine(
    (options) => new Set(options.map((o) => o.toLowerCase())).size === options.length,
    "Each answer should be different from the others.",
  );

export const createQuestionInput = z.object({ prompt: promptField, options: optionsField });
export const updateQuestionInput = z.object({
  prompt: promptField.optional(),
  /** Rewording keeps people's answers (they are stored by position); removed answers are cleared. */
  options: optionsField.optional(),
  archived: z.boolean().optional(),
});
export const reorderQuestionsInput = z.object({ questionIds: z.array(z.uuid()).max(200) });

export function presentQuestion(row: typeof questionnaireQuestions.$inferSelect): QuestionView {
  return {
    id: row.id,
    prompt: row.prompt,
    options: row.options,
    position: row.position,
    archived: row.archivedAt !== null,
  };
}

/** The questions in order; archived ones (listed last) only when an administrator asks. */
export async function listQuestions(ctx: Ctx, options: { includeArchived: boolean }) {
  const withArchived = options.includeArchived && ctx.actor.role === "admin";
  const rows = await ctx.db
    .select()
    .from(questionnaireQuestions)
    .where(
      and(
        eq(questionnaireQuestions.organizationId, ctx.actor.organizationId),
        withArchived ? undefined : isNull(questionnaireQuestions.archivedAt),
      ),
    )
    .orderBy(
      sql`${questionnaireQuestions.archivedAt} is not null`,
      asc(questionnaireQuestions.position),
      asc(questionnaireQuestions.createdAt),
    );
  return rows.map(presentQuestion);
}

export async function createQuestion(ctx: Ctx, input: z.infer<typeof createQuestionInput>) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "questionnaire.manage", { organizationId });
  const [row] = await ctx.db
    .insert(questionnaireQuestions)
    .values({
      organizationId,
      prompt: input.prompt,
      options: input.options,
      position: sql`(select coalesce(max(position) + 1, 0) from questionnaire_questions
        where organization_id = ${organizationId})`,
    })
    .returning();
  if (!row) throw new Error("question insert returned no row");
  return presentQuestion(row);
}

export async function updateQuestion(
  ctx: Ctx,
  questionId: string,
  input: z.infer<typeof updateQuestionInput>,
) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "questionnaire.manage", { organizationId });
  return ctx.db.transaction(async (tx) => {
    const where = and(
      eq(questionnaireQuestions.id, questionId),
      eq(questionnaireQuestions.organizationId, organizationId),
    );
    const [question] = await tx.select().from(questionnaireQuestions).where(where).for("update");
    if (!question) throw notFound("question");
    const { archived, ...text } = input;
    const changes = {
      ...Object.fromEntries(Object.entries(text).filter(([, value]) => value !== undefined)),
      ...(archived === undefined
        ? {}
        : { archivedAt: archived ? (question.archivedAt ?? new Date()) : null }),
    };
    if (Object.keys(changes).length === 0) return presentQuestion(question);
    if (input.options && input.options.length < question.options.length) {
      await tx
        .delete(questionnaireAnswers)
        .where(
          and(
            eq(questionnaireAnswers.questionId, question.id),
            gte(questionnaireAnswers.option, input.options.length),
          ),
        );
    }
    const [updated] = await tx.update(questionnaireQuestions).set(changes).where(where).returning();
    return presentQuestion(updated ?? question);
  });
}

/** Puts the active questions in the order given, which must list each of them once. */
export async function reorderQuestions(ctx: Ctx, questionIds: string[]) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "questionnaire.manage", { organizationId });
  await ctx.db.transaction(async (tx) => {
    const current = await tx
      .select({ id: questionnaireQuestions.id })
      .from(questionnaireQuestions)
      .where(
        and(
          eq(questionnaireQuestions.organizationId, organizationId),
          isNull(questionnaireQuestions.archivedAt),
        ),
      )
      .for("update");
    const given = new Set(questionIds);
    if (
      given.size !== questionIds.length ||
      given.size !== current.length ||
      current.some((q) => !given.has(q.id))
    ) {
      throw badRequest(
        "question_order_mismatch",
        "The questions changed while you were reordering them. Please reload and try again.",
      );
    }
    if (questionIds.length === 0) return;
    await tx
      .update(questionnaireQuestions)
      .set({
        position: sql`array_position(${sql.param(questionIds)}::uuid[], ${questionnaireQuestions.id}) - 1`,
      })
      .where(
        and(
          eq(questionnaireQuestions.organizationId, organizationId),
          isNull(questionnaireQuestions.archivedAt),
        ),
      );
  });
  return listQuestions(ctx, { includeArchived: true });
}
