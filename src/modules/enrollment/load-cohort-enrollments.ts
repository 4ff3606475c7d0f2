import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { enrollmentAnswers, enrollmentQuestions, enrollments } from "../../db/schema-programs.ts";
import type { AnswerValue } from "./answer-value.ts";

export type CohortEnrollment = {
  personId: string;
  asMentee: boolean;
  asMentor: boolean;
  mentorCapacity: number;
  /** Answers to the program's "used for matching" questions only, by question id. */
  answers: Map<string, AnswerValue>;
};

export type MatchingQuestion = {
  id: string;
  kind: "short_text" | "long_text" | "single_choice" | "multiple_choice" | "scale";
  prompt: string;
  options: string[];
  position: number;
};

/** The program's live questions flagged "used for matching", in form order (no access check). */
export async function listMatchingQuestions(
  db: Executor,
  organizationId: string,
  programId: string,
): Promise<MatchingQuestion[]> {
  return db
    .select({
      id: enrollmentQuestions.id,
      kind: enrollmentQuestions.kind,
      prompt: enrollmentQuestions.prompt,
      options: enrollmentQuestions.options,
      position: enrollmentQuestions.position,
    })
    .from(enrollmentQuestions)
    .where(
      and(
        eq(enrollmentQuestions.organizationId, organizationId),
        eq(enrollmentQuestions.programId, programId),
        eq(enrollmentQuestions.usedForMatching, true),
        isNull(enrollmentQuestions.archivedAt),
      ),
    )
    .orderBy(asc(enrollmentQuestions.position), asc(enrollmentQuestions.createdAt));
}

/**
 * The cohort matching works on: submitted enrollments of active people, with their answers to
 * the questions used for matching. No access check: the matching module calls this after its own.
 */
export async function listSubmittedEnrollments(
  db: Executor,
  organizationId: string,
  programId: string,
): Promise<CohortEnrollment[]> {
  const rows = await db
    .select({
      id: enrollments.id,
      personId: enrollments.personId,
      asMentee: enrollments.asMentee,
      asMentor: enrollments.asMentor,
      mentorCapacity: enrollments.mentorCapacity,
    })
    .from(enrollments)
    .innerJoin(
      people,
      and(eq(people.id, enrollments.personId), eq(people.organizationId, organizationId)),
    )
    .where(
      and(
        eq(enrollments.organizationId, organizationId),
        eq(enrollments.programId, programId),
        eq(enrollments.status, "submitted"),
        eq(people.status, "active"),
      ),
    )
    .orderBy(asc(enrollments.createdAt), asc(enrollments.id));
  const questions = await listMatchingQuestions(db, organizationId, programId);
  const byEnrollment = new Map<string, Map<string, AnswerValue>>();
  if (rows.length > 0 && questions.length > 0) {
    const answers = await db
      .select({
        enrollmentId: enrollmentAnswers.enrollmentId,
        questionId: enrollmentAnswers.questionId,
        value: enrollmentAnswers.value,
      })
      .from(enrollmentAnswers)
      .innerJoin(enrollments, eq(enrollments.id, enrollmentAnswers.enrollmentId))
      .where(
        and(
          eq(enrollmentAnswers.organizationId, organizationId),
          eq(enrollments.programId, programId),
          eq(enrollments.status, "submitted"),
          inArray(
            enrollmentAnswers.questionId,
            questions.map((q) => q.id),
          ),
        ),
      );
    for (const answer of answers) {
      const map = byEnrollment.get(answer.enrollmentId) ?? new Map<string, AnswerValue>();
      map.set(answer.questionId, answer.value as AnswerValue);
      byEnrollment.set(answer.enrollmentId, map);
    }
  }
  return rows.map((row) => ({
    personId: row.personId,
    asMentee: row.asMentee,
    asMentor: row.asMentor,
    mentorCapacity: row.mentorCapacity,
    answers: byEnrollment.get(row.id) ?? new Map(),
  }));
}
