import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, mentoringFormatEnum, organizationId, people, updatedAt } from "./schema.ts";

/**
 * Programs, enrollment, matching and the relationships it creates (issue 5). Same rules as
 * schema.ts: every row carries organization_id and every query is scoped by it.
 */

const personRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => people.id, { onDelete: "cascade" });

export const programPurposeEnum = pgEnum("program_purpose", [
  "knowledge_transfer",
  "high_potential",
  "onboarding",
  "culture",
  "engagement",
  "diversity",
  "other",
]);
/** `mentor_mentee`: people enrol as one or the other (or both); `everyone_both`: peers. */
export const programRolesEnum = pgEnum("program_roles", ["mentor_mentee", "everyone_both"]);
/**
 * `career`: development programs, never pairing anyone with their reporting chain (a hard rule).
 * `on_the_job`: may pair a manager and their report, and both see that it is so.
 */
export const programKindEnum = pgEnum("program_kind", ["career", "on_the_job"]);
export const programStateEnum = pgEnum("program_state", [
  "draft",
  "enrolling",
  "matching",
  "running",
  "closing",
  "closed",
]);
export const enrollmentQuestionKindEnum = pgEnum("enrollment_question_kind", [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "scale",
]);
export const enrollmentStatusEnum = pgEnum("enrollment_status", [
  "started",
  "submitted",
  "withdrawn",
]);
export const preparationAudienceEnum = pgEnum("preparation_audience", [
  "everyone",
  "mentors",
  "mentees",
]);
export const matchingRunStatusEnum = pgEnum("matching_run_status", [
  "queued",
  "running",
  "done",
  "failed",
  "published",
  "discarded",
]);
export const relationshipStatusEnum = pgEnum("relationship_status", [
  "proposed",
  "active",
  "declined",
  "ended",
]);
export const relationshipSourceEnum = pgEnum("relationship_source", [
  "bulk",
  "choice",
  "hybrid",
  "manual",
]);
/** `pair`: one mentor and one mentee. `circle`: one or two facilitators and up to 8 members. */
export const relationshipKindEnum = pgEnum("relationship_kind", ["pair", "circle"]);
export const mentorRequestStatusEnum = pgEnum("mentor_request_status", [
  "pending",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
]);
export const rematchStatusEnum = pgEnum("rematch_status", ["open", "resolved"]);

export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    purpose: programPurposeEnum("purpose").notNull(),
    purposeOther: text("purpose_other"),
    format: mentoringFormatEnum("format").notNull().default("one_to_one"),
    roles: programRolesEnum("roles").notNull().default("mentor_mentee"),
    kind: programKindEnum("kind").notNull().default("career"),
    durationMonths: integer("duration_months").notNull().default(12),
    cadenceMinWeeks: integer("cadence_min_weeks").notNull().default(2),
    cadenceMaxWeeks: integer("cadence_max_weeks").notNull().default(6),
    /** { all: true } or { departments: string[], locations: string[], personIds: string[] }. */
    eligibility: jsonb("eligibility").notNull().default(sql`'{"all":true}'::jsonb`),
    enrollmentOpensAt: timestamp("enrollment_opens_at", { withTimezone: true }),
    enrollmentClosesAt: timestamp("enrollment_closes_at", { withTimezone: true }),
    /** Matching only considers people who completed the preparation pages for their role. */
    preparationRequired: boolean("preparation_required").notNull().default(false),
    /** Measures of success chosen from a fixed list (insights use them later). */
    measures: text("measures").array().notNull().default(sql`'{}'::text[]`),
    /** The needs-analysis answers: the program's "why". */
    needsAnalysis: jsonb("needs_analysis"),
    /** What the wizard recommended, with its reasons, as shown when the program was designed. */
    recommendation: jsonb("recommendation"),
    /** { mode: bulk|choice|hybrid, weights, rules, shortlistSize, responseDays }. */
    matching: jsonb("matching").notNull().default(sql`'{}'::jsonb`),
    state: programStateEnum("state").notNull().default("draft"),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("programs_org_slug_key").on(t.organizationId, t.slug),
    index("programs_org_state_idx").on(t.organizationId, t.state),
    check("programs_duration_check", sql`${t.durationMonths} between 1 and 60`),
    check(
      "programs_cadence_check",
      sql`${t.cadenceMinWeeks} between 1 and 52 and ${t.cadenceMaxWeeks} between ${t.cadenceMinWeeks} and 52`,
    ),
  ],
);

/** Who runs a program besides admins (its creator, and anyone they add). */
export const programManagers = pgTable(
  "program_managers",
  {
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    personId: personRef("person_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.personId] }),
    index("program_managers_person_idx").on(t.personId),
  ],
);

export const enrollmentQuestions = pgTable(
  "enrollment_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    kind: enrollmentQuestionKindEnum("kind").notNull(),
    prompt: text("prompt").notNull(),
    helpText: text("help_text"),
    /** Choice questions: the options; scale questions: optional labels for 1 and 5. */
    options: text("options").array().notNull().default(sql`'{}'::text[]`),
    required: boolean("required").notNull().default(false),
    usedForMatching: boolean("used_for_matching").notNull().default(false),
    position: integer("position").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("enrollment_questions_program_idx").on(t.programId, t.position)],
);

export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    personId: personRef("person_id"),
    asMentee: boolean("as_mentee").notNull().default(false),
    asMentor: boolean("as_mentor").notNull().default(false),
    /** How many mentees at once, when enrolled as a mentor. */
    mentorCapacity: integer("mentor_capacity").notNull().default(1),
    status: enrollmentStatusEnum("status").notNull().default("started"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("enrollments_program_person_key").on(t.programId, t.personId),
    index("enrollments_program_status_idx").on(t.programId, t.status),
    index("enrollments_person_idx").on(t.personId),
    check("enrollments_capacity_check", sql`${t.mentorCapacity} between 0 and 20`),
  ],
);

/** One answer per question: a string, a list of strings (multiple choice) or a number (scale). */
export const enrollmentAnswers = pgTable(
  "enrollment_answers",
  {
    organizationId: organizationId(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => enrollmentQuestions.id, { onDelete: "cascade" }),
    value: jsonb("value").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.enrollmentId, t.questionId] })],
);

/** Short training pages a program asks people to read before matching. */
export const preparationPages = pgTable(
  "preparation_pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Markdown. */
    body: text("body").notNull(),
    audience: preparationAudienceEnum("audience").notNull().default("everyone"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("preparation_pages_program_idx").on(t.programId, t.position)],
);

export const preparationCompletions = pgTable(
  "preparation_completions",
  {
    organizationId: organizationId(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => preparationPages.id, { onDelete: "cascade" }),
    personId: personRef("person_id"),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.pageId, t.personId] }),
    index("preparation_completions_person_idx").on(t.personId),
  ],
);

/** One run of the engine over a program's cohort (a background job), and its preview. */
export const matchingRuns = pgTable(
  "matching_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    status: matchingRunStatusEnum("status").notNull().default("queued"),
    /** The weights and rules this run used (a snapshot of programs.matching). */
    settings: jsonb("settings").notNull(),
    /** [menteePersonId, mentorPersonId] pairs the manager locked in / ruled out. */
    locked: jsonb("locked").notNull().default(sql`'[]'::jsonb`),
    excluded: jsonb("excluded").notNull().default(sql`'[]'::jsonb`),
    /** 0–100, while running. */
    progress: integer("progress").notNull().default(0),
    /** { mentees, mentors, matched, totalScore, solveMs, … } */
    stats: jsonb("stats"),
    /** [{ personId, reason }] for mentees left without a mentor. */
    unmatched: jsonb("unmatched"),
    error: text("error"),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("matching_runs_program_idx").on(t.programId, t.createdAt)],
);

/** A pair the engine proposed in a run (published, it becomes a relationship). */
export const matchProposals = pgTable(
  "match_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    runId: uuid("run_id")
      .notNull()
      .references(() => matchingRuns.id, { onDelete: "cascade" }),
    menteeId: personRef("mentee_id"),
    mentorId: personRef("mentor_id"),
    score: integer("score").notNull(),
    /** The top contributions in words, as explain() gave them. */
    reasons: jsonb("reasons").notNull().default(sql`'[]'::jsonb`),
    locked: boolean("locked").notNull().default(false),
  },
  (t) => [
    uniqueIndex("match_proposals_run_mentee_key").on(t.runId, t.menteeId),
    index("match_proposals_run_mentor_idx").on(t.runId, t.mentorId),
  ],
);

/**
 * A mentee and a mentor working together in a program. Created by publishing a run (bulk or
 * hybrid: `proposed` until both confirm, or `active` at once in bulk mode), by a mentor accepting
 * a request (choice), or by a manager. Issue 6 builds the sessions, notes and closure on it.
 */
export const relationships = pgTable(
  "relationships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    menteeId: personRef("mentee_id"),
    mentorId: personRef("mentor_id"),
    status: relationshipStatusEnum("status").notNull().default("proposed"),
    source: relationshipSourceEnum("source").notNull(),
    /**
     * A circle keeps its lead facilitator in mentor_id and its first member in mentee_id; everyone
     * in it (pairs too) is in relationship_members, which is what access checks read.
     */
    kind: relationshipKindEnum("kind").notNull().default("pair"),
    /** A circle's name ("Product leads circle"); null for pairs. */
    name: text("name"),
    /** When every member had accepted the agreement (sessions can be planned from then). */
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
    /** Who ended it and the category they chose (the closure review says more, privately). */
    endedById: uuid("ended_by_id").references(() => people.id, { onDelete: "set null" }),
    endReason: text("end_reason"),
    /** Inactivity: when both were nudged, and when it became "stalled" for managers. */
    nudgedAt: timestamp("nudged_at", { withTimezone: true }),
    stalledAt: timestamp("stalled_at", { withTimezone: true }),
    runId: uuid("run_id").references(() => matchingRuns.id, { onDelete: "set null" }),
    /** Reasons shown to both people (the proposal's top contributions). */
    reasons: jsonb("reasons").notNull().default(sql`'[]'::jsonb`),
    menteeConfirmedAt: timestamp("mentee_confirmed_at", { withTimezone: true }),
    mentorConfirmedAt: timestamp("mentor_confirmed_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    /** Who declined; the reason stays with them (the other person is never told why). */
    declinedById: uuid("declined_by_id").references(() => people.id, { onDelete: "set null" }),
    declineReason: text("decline_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("relationships_program_idx").on(t.programId, t.status),
    index("relationships_mentee_idx").on(t.menteeId),
    index("relationships_mentor_idx").on(t.mentorId),
    // A mentee has at most one open relationship per program.
    uniqueIndex("relationships_open_mentee_key")
      .on(t.programId, t.menteeId)
      .where(sql`${t.status} in ('proposed', 'active') and ${t.kind} = 'pair'`),
    check("relationships_not_self_check", sql`${t.menteeId} <> ${t.mentorId}`),
  ],
);

/** Mentee choice: a mentee asks a mentor (ranked choices move on when one declines or times out). */
export const mentorRequests = pgTable(
  "mentor_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    menteeId: personRef("mentee_id"),
    mentorId: personRef("mentor_id"),
    /** 1 = first choice. Only the lowest pending rank is in front of a mentor at a time. */
    rank: integer("rank").notNull().default(1),
    status: mentorRequestStatusEnum("status").notNull().default("pending"),
    /** When the request reached the mentor (null while a better-ranked choice is pending). */
    sentAt: timestamp("sent_at", { withTimezone: true }),
    respondBy: timestamp("respond_by", { withTimezone: true }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** The mentor's optional words when declining, shown to the mentee. */
    declineReason: text("decline_reason"),
    message: text("message"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mentor_requests_program_mentee_mentor_key").on(
      t.programId,
      t.menteeId,
      t.mentorId,
    ),
    index("mentor_requests_mentor_status_idx").on(t.mentorId, t.status),
    index("mentor_requests_respond_by_idx").on(t.status, t.respondBy),
  ],
);

/** "I'd like a different match": no blame; managers see the request and its category only. */
export const rematchRequests = pgTable(
  "rematch_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    relationshipId: uuid("relationship_id")
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    requestedById: personRef("requested_by_id"),
    /** One of a fixed list (schedules, goals, chemistry, circumstances, other). */
    reasonCategory: text("reason_category").notNull(),
    status: rematchStatusEnum("status").notNull().default("open"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("rematch_requests_relationship_idx").on(t.relationshipId)],
);

/** In-app notifications (emails go through the outbox as before). */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    personId: personRef("person_id"),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body"),
    /** A path in the app, e.g. /programs/mentoring-2027/match. */
    link: text("link"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.createdAt)],
);

export type Program = typeof programs.$inferSelect;
export type Enrollment = typeof enrollments.$inferSelect;
export type MatchingRun = typeof matchingRuns.$inferSelect;
export type Relationship = typeof relationships.$inferSelect;
export type MentorRequest = typeof mentorRequests.$inferSelect;
export type ProgramState = (typeof programStateEnum.enumValues)[number];
