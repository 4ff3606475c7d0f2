import { z } from "zod";

/** Fewer goals get more attention; a relationship holds at most this many. */
export const MAX_GOALS = 8;
export const MAX_MILESTONES_PER_GOAL = 12;

export const goalTitleSchema = z
  .string("Write the goal in a short sentence.")
  .trim()
  .min(
    10,
    "Make the goal a little more specific — a short sentence works well, like “Run a team retrospective with confidence”.",
  )
  .max(300, "Keep the goal to 300 characters or fewer.");

export const goalMeasureSchema = z
  .string("Say how you'll know the goal is reached.")
  .trim()
  .min(
    10,
    "Say how you'll know it's reached, in a sentence — for example “I've facilitated three retros and asked the team for feedback”.",
  )
  .max(500, "Keep how you'll know it's reached to 500 characters or fewer.");

export const goalStatusSchema = z.enum(["not_started", "in_progress", "reached", "dropped"], {
  error: "Choose not started, in progress, reached or dropped.",
});

export const milestoneTitleSchema = z
  .string("Name the milestone.")
  .trim()
  .min(3, "Name the milestone in a few words.")
  .max(200, "Keep the milestone to 200 characters or fewer.");

export const dateSchema = z.iso.date("Use a date like 2027-03-31.");
