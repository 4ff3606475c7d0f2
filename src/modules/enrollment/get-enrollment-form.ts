import { z } from "zod";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { getProfile } from "../profiles/get-profile.ts";
import { getMyQuestionnaire } from "../profiles/questionnaire/answers.ts";
import { loadProgram } from "../programs/load-program.ts";
import { getPersonSkills } from "../skills/get-person-skills.ts";
import { canWithdrawIn, enrolRefusal } from "./enrollment-window.ts";
import { questionsOf } from "./list-questions.ts";
import { findEnrollee, findEnrollment } from "./load-enrollment.ts";
import {
  answerValueSchema,
  enrollmentQuestionSchema,
  enrollmentStatusSchema,
  presentQuestion,
} from "./presenters.ts";

export const myEnrollmentSchema = z.object({
  status: enrollmentStatusSchema,
  asMentee: z.boolean(),
  asMentor: z.boolean(),
  mentorCapacity: z.number().int(),
  submittedAt: z.iso.datetime().nullable(),
  answers: z.array(z.object({ questionId: z.uuid(), value: answerValueSchema })),
});

export const enrollmentFormSchema = z.object({
  program: z.object({
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    state: z.string(),
    roles: z.enum(["mentor_mentee", "everyone_both"]),
    enrollmentOpensAt: z.iso.datetime().nullable(),
    enrollmentClosesAt: z.iso.datetime().nullable(),
  }),
  /** Whether the actor may enrol (or change their enrollment) now, and why not. */
  canEnrol: z.boolean(),
  reason: z.string().nullable(),
  canWithdraw: z.boolean(),
  /** What the actor's profile already says, shown read-only beside the form. */
  profile: z.object({
    skillsOffered: z.array(z.object({ name: z.string(), level: z.number().int() })),
    skillsWanted: z.array(z.object({ name: z.string(), priority: z.number().int() })),
    goals: z.array(z.string()),
    openToMentor: z.boolean(),
    openToBeMentored: z.boolean(),
    mentorCapacity: z.number().int(),
    preferredFormats: z.array(z.string()),
    meetingPreference: z.string(),
    questionnaire: z.array(z.object({ prompt: z.string(), answer: z.string() })),
  }),
  questions: z.array(enrollmentQuestionSchema),
  enrollment: myEnrollmentSchema.nullable(),
});
export type EnrollmentForm = z.infer<typeof enrollmentFormSchema>;

/** The enrollment form for the actor: program, prefilled profile summary, questions, their answers. */
export async function getEnrollmentForm(ctx: Ctx, slug: string): Promise<EnrollmentForm> {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "enrollment.update", { organizationId, personId });
  const program = await loadProgram(ctx, slug);
  const [person, enrollment, questions, profile, skills, questionnaire] = await Promise.all([
    findEnrollee(ctx.db, organizationId, personId),
    findEnrollment(ctx.db, organizationId, program.id, personId),
    questionsOf(ctx.db, organizationId, program.id, { includeArchived: false }),
    getProfile(ctx, personId),
    getPersonSkills(ctx, personId),
    getMyQuestionnaire(ctx),
  ]);
  const refusal = enrolRefusal(program, person, new Date());
  const live = new Set(questions.map((q) => q.id));
  return {
    program: {
      slug: program.slug,
      name: program.name,
      description: program.description,
      state: program.state,
      roles: program.roles,
      enrollmentOpensAt: program.enrollmentOpensAt?.toISOString() ?? null,
      enrollmentClosesAt: program.enrollmentClosesAt?.toISOString() ?? null,
    },
    canEnrol: refusal === null,
    reason: refusal?.reason ?? null,
    canWithdraw:
      enrollment !== null && enrollment.status !== "withdrawn" && canWithdrawIn(program.state),
    profile: {
      skillsOffered: skills.offered.map((s) => ({ name: s.skill.name, level: s.level })),
      skillsWanted: skills.wanted.map((s) => ({ name: s.skill.name, priority: s.priority })),
      goals: profile.goals.map((g) => g.text),
      openToMentor: profile.mentoring.openToMentor,
      openToBeMentored: profile.mentoring.openToBeMentored,
      mentorCapacity: profile.mentoring.mentorCapacity,
      preferredFormats: profile.mentoring.preferredFormats,
      meetingPreference: profile.mentoring.meetingPreference,
      questionnaire: questionnaire.questions.flatMap((q) => {
        const chosen = questionnaire.answers[q.id];
        const answer = chosen === undefined ? undefined : q.options[chosen];
        return answer === undefined ? [] : [{ prompt: q.prompt, answer }];
      }),
    },
    questions: questions.map(presentQuestion),
    enrollment: enrollment && {
      status: enrollment.status,
      asMentee: enrollment.asMentee,
      asMentor: enrollment.asMentor,
      mentorCapacity: enrollment.mentorCapacity,
      submittedAt: enrollment.submittedAt?.toISOString() ?? null,
      answers: enrollment.answers.filter((a) => live.has(a.questionId)),
    },
  };
}
