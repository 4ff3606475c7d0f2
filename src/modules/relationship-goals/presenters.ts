import { z } from "zod";

const personRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const progressNoteSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  author: personRefSchema,
  createdAt: z.iso.datetime(),
});

export const milestoneSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueOn: z.iso.date().nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  position: z.number().int(),
});

export const goalSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** How they will know it is reached. */
  measure: z.string(),
  status: z.enum(["not_started", "in_progress", "reached", "dropped"]),
  position: z.number().int(),
  createdBy: personRefSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Newest first. */
  progressNotes: z.array(progressNoteSchema),
  milestones: z.array(milestoneSchema),
});

export type GoalView = z.infer<typeof goalSchema>;
