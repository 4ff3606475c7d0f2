import { z } from "zod";
import type { enrollmentQuestions } from "../../db/schema-programs.ts";
import { QUESTION_KINDS } from "./answer-schema.ts";

type EnrollmentQuestion = typeof enrollmentQuestions.$inferSelect;

export const questionKindSchema = z.enum(QUESTION_KINDS);

export const enrollmentQuestionSchema = z.object({
  id: z.uuid(),
  kind: questionKindSchema,
  prompt: z.string(),
  helpText: z.string().nullable(),
  options: z.array(z.string()),
  required: z.boolean(),
  usedForMatching: z.boolean(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type EnrollmentQuestionView = z.infer<typeof enrollmentQuestionSchema>;

/** For the program's managers: with how many people answered (answered questions can't be deleted). */
export const managedQuestionSchema = enrollmentQuestionSchema.extend({
  answerCount: z.number().int(),
});

export function presentQuestion(question: EnrollmentQuestion): EnrollmentQuestionView {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    helpText: question.helpText,
    options: question.options,
    required: question.required,
    usedForMatching: question.usedForMatching,
    position: question.position,
    archived: question.archivedAt !== null,
  };
}

export const enrollmentStatusSchema = z.enum(["started", "submitted", "withdrawn"]);

export const answerValueSchema = z.union([
  z.string().max(10_000),
  z.array(z.string().max(500)).max(50),
  z.number(),
]);
