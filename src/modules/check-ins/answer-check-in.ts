import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { checkIns } from "../../db/schema-relationships.ts";
import { authorize, can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, conflict, notFound } from "../../server/errors.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { checkInState } from "./check-in-schedule.ts";
import { type MyCheckIn, presentMyCheckIn } from "./presenters.ts";

const score = (what: string) =>
  z
    .number(`Please choose how ${what}, from 1 to 5.`)
    .int(`Please choose how ${what}, from 1 to 5.`)
    .min(1, `Please choose how ${what}, from 1 to 5.`)
    .max(5, `Please choose how ${what}, from 1 to 5.`);

/**
 * One body for both kinds of check-in: a fit check takes `goodFit`, a regular one the three
 * scores. Which fields are needed depends on the check-in, so that is checked once it is loaded.
 */
export const answerCheckInInput = z.object({
  goodFit: z.boolean("Please say whether it feels like a good fit.").optional(),
  satisfaction: score("satisfied you are").optional(),
  usefulness: score("useful it has been").optional(),
  expectations: score("well it meets your expectations").optional(),
  comment: z
    .string("A comment is text.")
    .trim()
    .max(1000, "Please keep your comment to 1,000 characters.")
    .nullish(),
});
export type AnswerCheckInInput = z.infer<typeof answerCheckInInput>;

/** A "no" on fit, or any score of 2 or less: the relationship may need some care. */
export function isAtRisk(answers: AnswerCheckInInput): boolean {
  if (answers.goodFit === false) return true;
  return [answers.satisfaction, answers.usefulness, answers.expectations].some(
    (value) => value !== undefined && value <= 2,
  );
}

function requireFields(kind: "fit" | "regular", input: AnswerCheckInInput) {
  const fields: Record<string, string> = {};
  if (kind === "fit") {
    if (input.goodFit === undefined)
      fields.goodFit = "Please say whether it feels like a good fit.";
  } else {
    if (input.satisfaction === undefined) fields.satisfaction = "Please choose from 1 to 5.";
    if (input.usefulness === undefined) fields.usefulness = "Please choose from 1 to 5.";
    if (input.expectations === undefined) fields.expectations = "Please choose from 1 to 5.";
  }
  const first = Object.values(fields)[0];
  if (first) throw new AppError("invalid_input", 422, first, { fields });
}

/**
 * The check-in's person answers it, once, while it is open. The answers and the comment stay
 * with them; the relationship gets an "at risk" flag that its managers see, never the words.
 * A fit "no" in a pair offers a no-blame rematch, which the person may then ask for.
 */
export async function answerCheckIn(
  ctx: Ctx,
  checkInId: string,
  input: AnswerCheckInInput,
  now = new Date(),
): Promise<{ checkIn: MyCheckIn; offerRematch: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const [checkIn] = await tx
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.id, checkInId), eq(checkIns.organizationId, ctx.actor.organizationId)))
      .for("update");
    const own = checkIn && {
      organizationId: checkIn.organizationId,
      personId: checkIn.personId,
    };
    // Someone else's check-in is as good as absent, even to the other member.
    if (!checkIn || !own || !can(ctx.actor, "relationship.ownContent", own)) {
      throw notFound("check-in", "check_in_not_found");
    }
    const { relationship } = await loadRelationshipForWork(tx, ctx, checkIn.relationshipId);
    authorize(ctx.actor, "relationship.ownContent", own);
    const state = checkInState(checkIn, now);
    if (state === "answered") {
      throw conflict("check_in_answered", "You've already answered this check-in. Thank you!");
    }
    if (state === "missed") {
      throw conflict(
        "check_in_closed",
        "This check-in has closed. No worries: the next one will come along in a few weeks.",
      );
    }
    requireFields(checkIn.kind, input);
    const answers =
      checkIn.kind === "fit"
        ? {
            goodFit: input.goodFit ?? null,
            satisfaction: null,
            usefulness: null,
            expectations: null,
          }
        : {
            goodFit: null,
            satisfaction: input.satisfaction ?? null,
            usefulness: input.usefulness ?? null,
            expectations: input.expectations ?? null,
          };
    const [updated] = await tx
      .update(checkIns)
      .set({
        ...answers,
        comment: input.comment?.trim() ? input.comment.trim() : null,
        atRisk: isAtRisk({
          goodFit: answers.goodFit ?? undefined,
          satisfaction: answers.satisfaction ?? undefined,
          usefulness: answers.usefulness ?? undefined,
          expectations: answers.expectations ?? undefined,
        }),
        answeredAt: now,
      })
      .where(and(eq(checkIns.id, checkIn.id), isNull(checkIns.answeredAt)))
      .returning();
    if (!updated) {
      throw conflict("check_in_answered", "You've already answered this check-in. Thank you!");
    }
    return {
      checkIn: presentMyCheckIn(updated, now),
      offerRematch:
        updated.kind === "fit" &&
        updated.goodFit === false &&
        relationship.kind === "pair" &&
        relationship.status === "active",
    };
  });
}
