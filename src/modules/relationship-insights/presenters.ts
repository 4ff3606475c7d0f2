import { z } from "zod";

/**
 * What a program's managers and administrators see of each relationship: that it exists, who
 * is in it, its dates, counts and flags. Nothing anyone wrote: no goals, notes, commitments,
 * agreement text, comments or individual scores. Fields are listed here, never rows passed on.
 */
export const relationshipOverviewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["pair", "circle"]),
  /** A circle's name; null for pairs. */
  name: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      role: z.enum(["mentor", "mentee", "facilitator", "member"]),
    }),
  ),
  status: z.enum(["proposed", "active", "declined", "ended"]),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  agreed: z.boolean(),
  agreedAt: z.iso.datetime().nullable(),
  sessionsHeld: z.number().int(),
  lastSessionAt: z.iso.datetime().nullable(),
  nextSessionAt: z.iso.datetime().nullable(),
  /** Nudged for inactivity (both were reminded, kindly). */
  nudgedAt: z.iso.datetime().nullable(),
  stalled: z.boolean(),
  stalledAt: z.iso.datetime().nullable(),
  /** Someone answered a check-in in the last 8 weeks in a way that asks for care. */
  atRisk: z.boolean(),
  openCheckIns: z.number().int(),
});
export type RelationshipOverview = z.infer<typeof relationshipOverviewSchema>;

const average = z.number().min(1).max(5);

/**
 * Check-in scores across the whole program, only when enough people answered that nobody's
 * answer can be read back (MIN_AGGREGATE_PEOPLE); otherwise null with the reason.
 */
export const programAggregatesSchema = z.object({
  minimumPeople: z.number().int(),
  scores: z
    .object({
      people: z.number().int(),
      satisfaction: average,
      usefulness: average,
      expectations: average,
    })
    .nullable(),
  scoresReason: z.string().nullable(),
  fit: z.object({ people: z.number().int(), yesShare: z.number().min(0).max(1) }).nullable(),
  fitReason: z.string().nullable(),
});
export type ProgramAggregates = z.infer<typeof programAggregatesSchema>;

export const programOverviewSchema = z.object({
  program: z.object({ slug: z.string(), name: z.string() }),
  /** One page of the relationships matching the filters, newest first. */
  relationships: z.array(relationshipOverviewSchema),
  /** How many relationships match the filters, on every page together. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Over every answered check-in in the program, whatever the filters. */
  aggregates: programAggregatesSchema,
});
