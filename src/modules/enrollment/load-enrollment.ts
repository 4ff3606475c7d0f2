import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { enrollmentAnswers, enrollments } from "../../db/schema-programs.ts";
import type { AnswerValue } from "./answer-value.ts";

/** A person's enrollment in a program with its answers, or null (no access check). */
export async function findEnrollment(
  db: Executor,
  organizationId: string,
  programId: string,
  personId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, organizationId),
        eq(enrollments.programId, programId),
        eq(enrollments.personId, personId),
      ),
    );
  const [enrollment] = options.lock ? await query.for("update") : await query;
  if (!enrollment) return null;
  const answers = await db
    .select({ questionId: enrollmentAnswers.questionId, value: enrollmentAnswers.value })
    .from(enrollmentAnswers)
    .where(
      and(
        eq(enrollmentAnswers.organizationId, organizationId),
        eq(enrollmentAnswers.enrollmentId, enrollment.id),
      ),
    );
  return {
    ...enrollment,
    answers: answers.map((a) => ({ questionId: a.questionId, value: a.value as AnswerValue })),
  };
}

/** The fields eligibility and defaults read from the person enrolling. */
export async function findEnrollee(db: Executor, organizationId: string, personId: string) {
  const [person] = await db
    .select({
      id: people.id,
      department: people.department,
      location: people.location,
      mentorCapacity: people.mentorCapacity,
    })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  if (!person) throw new Error("the enrolling person vanished");
  return person;
}
