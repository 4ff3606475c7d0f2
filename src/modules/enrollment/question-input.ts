import { z } from "zod";
import { badRequest } from "../../server/errors.ts";
import type { QuestionKind } from "./answer-schema.ts";
import { questionKindSchema } from "./presenters.ts";

const option = z
  .string()
  .trim()
  .min(1, "Options can't be empty.")
  .max(200, "Please keep each option under 200 characters.");

const fields = {
  kind: questionKindSchema,
  prompt: z
    .string()
    .trim()
    .min(1, "Please write the question.")
    .max(300, "Please keep the question under 300 characters."),
  helpText: z
    .string()
    .trim()
    .max(1000, "Please keep the help text under 1,000 characters.")
    .nullable(),
  options: z.array(option).max(30, "At most 30 options, please."),
  required: z.boolean(),
  usedForMatching: z.boolean(),
};

export const createQuestionInput = z.object({
  kind: fields.kind,
  prompt: fields.prompt,
  helpText: fields.helpText.optional(),
  options: fields.options.default([]),
  required: fields.required.default(false),
  usedForMatching: fields.usedForMatching.default(false),
});
export type CreateQuestionInput = z.infer<typeof createQuestionInput>;

export const updateQuestionInput = z.object({
  kind: fields.kind.optional(),
  prompt: fields.prompt.optional(),
  helpText: fields.helpText.optional(),
  options: fields.options.optional(),
  required: fields.required.optional(),
  usedForMatching: fields.usedForMatching.optional(),
  /** Archived questions leave the form but keep their answers. */
  archived: z.boolean().optional(),
});
export type UpdateQuestionInput = z.infer<typeof updateQuestionInput>;

export const reorderQuestionsInput = z.object({
  questionIds: z.array(z.uuid("That isn't a valid question id.")).max(500),
});

/**
 * The options a question of this kind keeps: choice questions need at least two distinct
 * options; a scale may have labels for its two ends (two, or none); text questions have none.
 */
export function optionsFor(kind: QuestionKind, options: string[]): string[] {
  if (kind === "short_text" || kind === "long_text") return [];
  if (kind === "scale") {
    if (options.length !== 0 && options.length !== 2) {
      throw badRequest(
        "invalid_scale_labels",
        "A scale takes a label for 1 and one for 5, or none.",
        {
          fields: { options: "Give a label for 1 and one for 5, or leave both empty." },
        },
      );
    }
    return options;
  }
  if (options.length < 2) {
    throw badRequest("too_few_options", "A choice question needs at least two options.", {
      fields: { options: "Add at least two options to choose from." },
    });
  }
  const seen = new Set(options.map((o) => o.toLowerCase()));
  if (seen.size !== options.length) {
    throw badRequest("duplicate_options", "Each option can appear only once.", {
      fields: { options: "Two options read the same; please remove one." },
    });
  }
  return options;
}
