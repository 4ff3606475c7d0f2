import { z } from "zod";

/**
 * Why a relationship ends, in our words: none of them blames anyone. The closure review and an
 * early end pick one; the end-date job uses `end_date`.
 */
export const END_REASONS = {
  end_date: "We reached our end date",
  goals_reached: "We reached our goals",
  not_right_fit: "It wasn't quite the right fit",
  schedules: "Our schedules didn't work out",
  role_change: "A change of role or team",
  leaving: "Leaving the organization",
  other: "Something else",
} as const;
export type EndReason = keyof typeof END_REASONS;

export const endReasonSchema = z.enum(
  Object.keys(END_REASONS) as [EndReason, ...EndReason[]],
  "Choose one of the reasons in the list.",
);

export const endReasonList = () =>
  Object.entries(END_REASONS).map(([value, label]) => ({ value, label }));
