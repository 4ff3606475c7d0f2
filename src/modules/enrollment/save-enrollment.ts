import { and, eq, inArray, notInArray } from "drizzle-orm";
import { z } from "zod";
import { enrollmentAnswers, enrollments } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, badRequest } from "../../server/errors.ts";
import { loadProgram } from "../programs/load-program.ts";
import { checkAnswers } from "./answer-schema.ts";
import { enrolRefusal } from "./enrollment-window.ts";
import { questionsOf } from "./list-questions.ts";
import { findEnrollee, findEnrollment } from "./load-enrollment.ts";
import { answerValueSchema } from "./presenters.ts";

export const saveEnrollmentInput = z.object({
  asMentee: z.boolean(),
  asMentor: z.boolean(),
  /** How many mentees at once, as a mentor; defaults to the profile's mentor capacity. */
  mentorCapacity: z
    .number()
    .int("Please give a whole number of mentees.")
    .min(1, "As a mentor, take at least one mentee.")
    .max(20, "At most 20 mentees at once, please.")
    .optional(),
  answers: z
    .array(
      z.object({
        questionId: z.uuid("That isn't a valid question id."),
        value: answerValueSchema.nullable(),
      }),
    )
    .max(200)
    .default([]),
  /** true sends the enrollment; false keeps it as a draft ("started"). */
  submit: z.boolean(),
});
export type SaveEnrollmentInput = z.infer<typeof saveEnrollmentInput>;

/**
 * Saves the actor's enrollment: a draft (`started`) or sent (`submitted`). Once sent, every save
 * is checked as a submission, so a sent enrollment always has its required answers. In programs
 * where everyone is both, everyone enrols as both. One transaction: enrollment and answers.
 */
export async function saveEnrollment(ctx: Ctx, slug: string, input: SaveEnrollmentInput) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "enrollment.update", { organizationId, personId });
  const program = await loadProgram(ctx, slug);
  const now = new Date();
  const result = await ctx.db.transaction(async (tx) => {
    const person = await findEnrollee(tx, organizationId, personId);
    const refusal = enrolRefusal(program, person, now);
    if (refusal) throw new AppError(refusal.code, refusal.status, refusal.reason);
    const existing = await findEnrollment(tx, organizationId, program.id, personId, { lock: true });
    const submitting = input.submit || existing?.status === "submitted";
    const both = program.roles === "everyone_both";
    const asMentee = both || input.asMentee;
    const asMentor = both || input.asMentor;
    if (submitting && !asMentee && !asMentor) {
      throw badRequest("no_role", "Please choose whether you join as a mentee, a mentor or both.", {
        fields: { roles: "Choose at least one role." },
      });
    }
    const questions = await questionsOf(tx, organizationId, program.id, {
      includeArchived: false,
    });
    const checked = checkAnswers(questions, input.answers, { submitting });
    if (!checked.ok) {
      const messages = Object.values(checked.errors);
      throw badRequest(
        "invalid_answers",
        messages.length === 1 && messages[0]
          ? messages[0]
          : `${messages.length} answers need another look before you can send this.`,
        { fields: checked.errors },
      );
    }
    const mentorCapacity = asMentor
      ? (input.mentorCapacity ?? existing?.mentorCapacity ?? Math.max(1, person.mentorCapacity))
      : (existing?.mentorCapacity ?? person.mentorCapacity);
    const status = submitting ? ("submitted" as const) : ("started" as const);
    const values = {
      asMentee,
      asMentor,
      mentorCapacity,
      status,
      // A re-sent enrollment keeps its first date; one sent again after withdrawing gets today's.
      submittedAt: submitting
        ? existing?.status === "submitted" && existing.submittedAt
          ? existing.submittedAt
          : now
        : null,
      withdrawnAt: null,
      updatedAt: now,
    };
    const [saved] = await tx
      .insert(enrollments)
      .values({ organizationId, programId: program.id, personId, ...values })
      .onConflictDoUpdate({ target: [enrollments.programId, enrollments.personId], set: values })
      .returning();
    if (!saved) throw new Error("enrollment upsert returned no row");
    // Answers to the live questions are replaced by what was sent; archived ones are kept.
    const liveIds = questions.map((q) => q.id);
    const keep = [...checked.answers.keys()];
    if (liveIds.length > 0) {
      await tx
        .delete(enrollmentAnswers)
        .where(
          and(
            eq(enrollmentAnswers.enrollmentId, saved.id),
            eq(enrollmentAnswers.organizationId, organizationId),
            inArray(enrollmentAnswers.questionId, liveIds),
            keep.length > 0 ? notInArray(enrollmentAnswers.questionId, keep) : undefined,
          ),
        );
    }
    for (const [questionId, value] of checked.answers) {
      await tx
        .insert(enrollmentAnswers)
        .values({ organizationId, enrollmentId: saved.id, questionId, value, updatedAt: now })
        .onConflictDoUpdate({
          target: [enrollmentAnswers.enrollmentId, enrollmentAnswers.questionId],
          set: { value, updatedAt: now },
        });
    }
    return saved;
  });
  return { status: result.status, submittedAt: result.submittedAt?.toISOString() ?? null };
}
