import { z } from "zod";
import type { debriefs } from "../../db/schema-relationships.ts";

/** A debrief as its author sees it (nobody else ever gets one). */
export const debriefSchema = z.object({
  id: z.uuid(),
  learned: z.string(),
  sharedWithProgram: z.boolean(),
  sessionId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type DebriefView = z.infer<typeof debriefSchema>;

export function presentDebrief(row: typeof debriefs.$inferSelect): DebriefView {
  return {
    id: row.id,
    learned: row.learned,
    sharedWithProgram: row.sharedWithProgram,
    sessionId: row.sessionId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** "What I learned": one or two lines, a few words at least. */
export const learnedSchema = z
  .string()
  .trim()
  .max(280, "Keep it to a line or two: 280 characters at most.")
  .refine((text) => text.split(/\s+/).filter(Boolean).length >= 3, {
    message: "Write a few words at least: what did you learn?",
  })
  .refine((text) => text.split(/\r?\n/).length <= 2, {
    message: "One or two lines is plenty.",
  });
