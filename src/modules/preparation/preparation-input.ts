import { z } from "zod";
import { preparationAudienceEnum } from "../../db/schema-programs.ts";

export const preparationPageInput = z.object({
  title: z
    .string("Please give the page a title.")
    .trim()
    .min(2, "Please give the page a title.")
    .max(120, "Please keep the title under 120 characters."),
  body: z
    .string("Please write something on the page.")
    .trim()
    .min(1, "Please write something on the page.")
    .max(20_000, "Please keep a page under 20,000 characters; split it into two."),
  audience: z
    .enum(preparationAudienceEnum.enumValues, "Choose who the page is for.")
    .default("everyone"),
});
export type PreparationPageInput = z.infer<typeof preparationPageInput>;
export const updatePreparationPageInput = preparationPageInput.partial();
export type UpdatePreparationPageInput = z.infer<typeof updatePreparationPageInput>;

export const reorderPreparationInput = z.object({
  pageIds: z.array(z.uuid("That isn't a valid page id.")).max(200),
});
