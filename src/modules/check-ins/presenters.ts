import { z } from "zod";
import type { CheckIn } from "../../db/schema-relationships.ts";
import { checkInClosesAt, checkInState } from "./check-in-schedule.ts";

/** A person's own check-in, with their own answers. Only ever sent to that person. */
export const myCheckInSchema = z.object({
  id: z.uuid(),
  relationshipId: z.uuid(),
  kind: z.enum(["fit", "regular"]),
  state: z.enum(["upcoming", "open", "answered", "missed"]),
  dueAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  answers: z
    .object({
      goodFit: z.boolean().nullable(),
      satisfaction: z.number().int().nullable(),
      usefulness: z.number().int().nullable(),
      expectations: z.number().int().nullable(),
      comment: z.string().nullable(),
    })
    .nullable(),
});
export type MyCheckIn = z.infer<typeof myCheckInSchema>;

/** Call only with the actor's own check-in (relationship.ownContent has been checked). */
export function presentMyCheckIn(checkIn: CheckIn, now: Date): MyCheckIn {
  return {
    id: checkIn.id,
    relationshipId: checkIn.relationshipId,
    kind: checkIn.kind,
    state: checkInState(checkIn, now),
    dueAt: checkIn.dueAt.toISOString(),
    closesAt: checkInClosesAt(checkIn.kind, checkIn.dueAt).toISOString(),
    answeredAt: checkIn.answeredAt?.toISOString() ?? null,
    answers: checkIn.answeredAt
      ? {
          goodFit: checkIn.goodFit,
          satisfaction: checkIn.satisfaction,
          usefulness: checkIn.usefulness,
          expectations: checkIn.expectations,
          comment: checkIn.comment,
        }
      : null,
  };
}

/** A check-in waiting for me, for the home page: no answers (there are none yet). */
export const dueCheckInSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["fit", "regular"]),
  dueAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  relationship: z.object({
    id: z.uuid(),
    kind: z.enum(["pair", "circle"]),
    name: z.string().nullable(),
    /** Everyone else in it, by name. */
    with: z.array(z.string()),
  }),
});
export type DueCheckIn = z.infer<typeof dueCheckInSchema>;
