import { z } from "zod";
import type { MatchingRun } from "../../db/schema-programs.ts";

export const runStatusSchema = z.enum([
  "queued",
  "running",
  "done",
  "failed",
  "published",
  "discarded",
]);

export const runStatsSchema = z.object({
  mentees: z.number(),
  mentors: z.number(),
  places: z.number(),
  matched: z.number(),
  unmatched: z.number(),
  totalScore: z.number(),
  solveMs: z.number(),
  scoreMs: z.number(),
  loadMs: z.number().optional(),
  writeMs: z.number().optional(),
  lockedDropped: z.number(),
});
export type RunStats = z.infer<typeof runStatsSchema>;

export const runSummarySchema = z.object({
  id: z.uuid(),
  status: runStatusSchema,
  progress: z.number(),
  error: z.string().nullable(),
  stats: runStatsSchema.nullable(),
  lockedCount: z.number(),
  excludedCount: z.number(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export function presentRunSummary(run: MatchingRun) {
  return {
    id: run.id,
    status: run.status,
    progress: run.progress,
    error: run.status === "failed" ? "Matching stopped with an error. Please try again." : null,
    stats: (run.stats as RunStats | null) ?? null,
    lockedCount: (run.locked as unknown[]).length,
    excludedCount: (run.excluded as unknown[]).length,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

const personSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

export const proposalSchema = z.object({
  mentee: personSchema,
  mentor: personSchema.extend({ capacity: z.number() }),
  score: z.number(),
  reasons: z.array(z.string()),
  locked: z.boolean(),
});

export const runDetailSchema = runSummarySchema.extend({
  scoreBuckets: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  mentorLoad: z.object({
    full: z.number(),
    partly: z.number(),
    unused: z.number(),
    placesUsed: z.number(),
    places: z.number(),
  }),
  pairs: z.object({
    items: z.array(proposalSchema),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
  unmatched: z.object({
    items: z.array(z.object({ person: personSchema, reason: z.string(), text: z.string() })),
    total: z.number(),
  }),
  excluded: z.array(z.object({ mentee: personSchema, mentor: personSchema })),
});
export type RunDetail = z.infer<typeof runDetailSchema>;
