import { z } from "zod";
import { preparationAudienceEnum } from "../../db/schema-programs.ts";

export const preparationPageSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  audience: z.enum(preparationAudienceEnum.enumValues),
  position: z.number(),
  /** Whether the person asking has ticked it done. */
  done: z.boolean(),
});
export type PreparationPageView = z.infer<typeof preparationPageSchema>;

export function presentPreparationPage(
  page: {
    id: string;
    title: string;
    body: string;
    audience: PreparationPageView["audience"];
    position: number;
  },
  done: boolean,
): PreparationPageView {
  return {
    id: page.id,
    title: page.title,
    body: page.body,
    audience: page.audience,
    position: page.position,
    done,
  };
}
