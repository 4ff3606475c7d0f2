import { z } from "zod";

/** Why someone would like a different match: a fixed list, in words that blame nobody. */
export const REMATCH_CATEGORIES = {
  schedules: "Our schedules don't fit",
  goals: "We're looking for different things",
  chemistry: "It isn't quite the right chemistry",
  circumstances: "My circumstances have changed",
  other: "Something else",
} as const;

export type RematchCategory = keyof typeof REMATCH_CATEGORIES;

export const rematchCategorySchema = z.enum(
  Object.keys(REMATCH_CATEGORIES) as [RematchCategory, ...RematchCategory[]],
  "Please choose one of the reasons.",
);
