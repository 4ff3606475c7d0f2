import { z } from "zod";
import type { AnswerValue } from "./answer-value.ts";

export const QUESTION_KINDS = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "scale",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type FormQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: string[];
  required: boolean;
};

const MAX_LENGTH: Record<"short_text" | "long_text", number> = {
  short_text: 300,
  long_text: 5000,
};

/** The zod schema for one question's answer, built from its kind and options. */
export function answerSchemaFor(question: FormQuestion): z.ZodType<AnswerValue> {
  switch (question.kind) {
    case "short_text":
    case "long_text": {
      const max = MAX_LENGTH[question.kind];
      return z
        .string("Please answer in words.")
        .trim()
        .max(max, `Please keep this under ${max} characters.`);
    }
    case "single_choice":
      return z
        .string("Please choose one of the options.")
        .refine((value) => question.options.includes(value), "Please choose one of the options.");
    case "multiple_choice":
      return z
        .array(z.string(), "Please choose from the options.")
        .refine(
          (values) => values.every((value) => question.options.includes(value)),
          "Please choose only from the options.",
        )
        .refine((values) => new Set(values).size === values.length, "Each option counts once.");
    case "scale":
      return z
        .number("Please choose a number from 1 to 5.")
        .int("Please choose a whole number from 1 to 5.")
        .min(1, "Please choose a number from 1 to 5.")
        .max(5, "Please choose a number from 1 to 5.");
  }
}

/** Whether an answer says nothing (an empty text or no option chosen): it is stored as no answer. */
export function isBlank(value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export type AnswerCheck =
  | { ok: true; answers: Map<string, AnswerValue> }
  | { ok: false; errors: Record<string, string> };

/**
 * Checks a set of answers against the form: each answer against its question's kind, unknown
 * questions refused, and (when submitting) every required question answered. Errors are keyed by
 * question id, one plain sentence each. Blank answers are dropped.
 */
export function checkAnswers(
  questions: FormQuestion[],
  given: { questionId: string; value: unknown }[],
  options: { submitting: boolean },
): AnswerCheck {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: Record<string, string> = {};
  const answers = new Map<string, AnswerValue>();
  for (const { questionId, value } of given) {
    const question = byId.get(questionId);
    if (!question) {
      errors[questionId] = "This question isn't on the form any more.";
      continue;
    }
    if (isBlank(value as AnswerValue | null | undefined)) continue;
    const parsed = answerSchemaFor(question).safeParse(value);
    if (!parsed.success) {
      errors[questionId] = parsed.error.issues[0]?.message ?? "Please check this answer.";
      continue;
    }
    if (!isBlank(parsed.data)) answers.set(questionId, parsed.data);
  }
  if (options.submitting) {
    for (const question of questions) {
      if (question.required && !answers.has(question.id) && !errors[question.id]) {
        errors[question.id] = `Please answer “${question.prompt}”: it is required.`;
      }
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
