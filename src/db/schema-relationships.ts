import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, organizationId, people, updatedAt } from "./schema.ts";
import { programs, relationships } from "./schema-programs.ts";

/**
 * A relationship at work (issue 6): agreement, goals, sessions with agenda, notes and
 * commitments, check-ins, debriefs and closure. Everything here except session dates,
 * statuses and check-in scores is private to the relationship's members: the firewall
 * (src/server/authz) decides, and src/modules/relationship-access loads every row through it.
 */

const personRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => people.id, { onDelete: "cascade" });
const optionalPersonRef = (name: string) =>
  uuid(name).references(() => people.id, { onDelete: "set null" });
const relationshipRef = () =>
  uuid("relationship_id")
    .notNull()
    .references(() => relationships.id, { onDelete: "cascade" });

export const memberRoleEnum = pgEnum("relationship_member_role", [
  "mentor",
  "mentee",
  "facilitator",
  "member",
]);
export const meetingChannelEnum = pgEnum("meeting_channel", ["in_person", "video", "phone"]);
export const relationshipGoalStatusEnum = pgEnum("relationship_goal_status", [
  "not_started",
  "in_progress",
  "reached",
  "dropped",
]);
export const sessionStatusEnum = pgEnum("session_status", ["proposed", "confirmed", "cancelled"]);
/** Derived from the members' answers to "did it happen?" (see sessions/outcome.ts). */
export const sessionOutcomeEnum = pgEnum("session_outcome", ["held", "not_held", "unclear"]);
export const agendaSectionEnum = pgEnum("agenda_section", ["reflect", "select", "act", "other"]);
export const commitmentStatusEnum = pgEnum("commitment_status", ["open", "done", "dropped"]);
export const checkInKindEnum = pgEnum("check_in_kind", ["fit", "regular"]);

/**
 * Everyone in a relationship. Pairs get their mentor and mentee rows from a trigger on
 * relationships (migration 0009), so every code path that creates a pair stays correct.
 */
export const relationshipMembers = pgTable(
  "relationship_members",
  {
    relationshipId: relationshipRef(),
    personId: personRef("person_id"),
    organizationId: organizationId(),
    role: memberRoleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.relationshipId, t.personId] }),
    index("relationship_members_person_idx").on(t.personId),
  ],
);

/** The current agreement; every edit keeps the previous text in agreement_versions. */
export const agreements = pgTable("relationship_agreements", {
  relationshipId: relationshipRef().primaryKey(),
  organizationId: organizationId(),
  version: integer("version").notNull().default(1),
  cadenceWeeks: integer("cadence_weeks").notNull().default(3),
  sessionMinutes: integer("session_minutes").notNull().default(45),
  channel: meetingChannelEnum("channel").notNull().default("video"),
  /** A video link, a room, or a phone number. */
  channelDetail: text("channel_detail"),
  confidentiality: text("confidentiality").notNull(),
  mentorResponsibilities: text("mentor_responsibilities").notNull().default(""),
  menteeResponsibilities: text("mentee_responsibilities").notNull().default(""),
  endsOn: date("ends_on", { mode: "string" }).notNull(),
  /** The no-fault way either side can end early. */
  earlyEnding: text("early_ending").notNull(),
  updatedById: optionalPersonRef("updated_by_id"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const agreementVersions = pgTable(
  "agreement_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    version: integer("version").notNull(),
    /** The agreement and its goals as they were at this version. */
    snapshot: jsonb("snapshot").notNull(),
    editedById: optionalPersonRef("edited_by_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("agreement_versions_key").on(t.relationshipId, t.version)],
);

/** The latest version each member accepted. */
export const agreementAcceptances = pgTable(
  "agreement_acceptances",
  {
    relationshipId: relationshipRef(),
    personId: personRef("person_id"),
    organizationId: organizationId(),
    version: integer("version").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.relationshipId, t.personId] })],
);

export const relationshipGoals = pgTable(
  "relationship_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    title: text("title").notNull(),
    /** How they will know it is reached. */
    measure: text("measure").notNull(),
    status: relationshipGoalStatusEnum("status").notNull().default("not_started"),
    position: integer("position").notNull().default(0),
    createdById: optionalPersonRef("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("relationship_goals_relationship_idx").on(t.relationshipId, t.position)],
);

export const goalProgressNotes = pgTable(
  "goal_progress_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => relationshipGoals.id, { onDelete: "cascade" }),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    authorId: optionalPersonRef("author_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("goal_progress_notes_goal_idx").on(t.goalId, t.createdAt)],
);

export const goalMilestones = pgTable(
  "goal_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => relationshipGoals.id, { onDelete: "cascade" }),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    title: text("title").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("goal_milestones_goal_idx").on(t.goalId, t.position)],
);

/** Session times and statuses are metadata (managers may count them); their content is not. */
export const mentoringSessions = pgTable(
  "mentoring_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    channel: meetingChannelEnum("channel").notNull(),
    channelDetail: text("channel_detail"),
    status: sessionStatusEnum("status").notNull().default("proposed"),
    proposedById: optionalPersonRef("proposed_by_id"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledById: optionalPersonRef("cancelled_by_id"),
    /** iCalendar SEQUENCE: bumped on every change so calendars update the same event. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** Set when the reminder went out; cleared when the time changes. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    outcome: sessionOutcomeEnum("outcome"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("mentoring_sessions_relationship_idx").on(t.relationshipId, t.startsAt),
    index("mentoring_sessions_status_starts_idx").on(t.status, t.startsAt),
    check("mentoring_sessions_duration_check", sql`${t.durationMinutes} between 10 and 480`),
  ],
);

/** "Did it happen?": each member's answer, and who they say didn't come. */
export const sessionAttendance = pgTable(
  "session_attendance",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: "cascade" }),
    personId: personRef("person_id"),
    organizationId: organizationId(),
    tookPlace: boolean("took_place").notNull(),
    /** People this member says did not come (no-shows). */
    absentIds: uuid("absent_ids").array().notNull().default(sql`'{}'::uuid[]`),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/** Items people add to a session's agenda (the review/reflect/select/act frame is built in). */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: "cascade" }),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    section: agendaSectionEnum("section").notNull().default("other"),
    text: text("text").notNull(),
    addedById: optionalPersonRef("added_by_id"),
    position: integer("position").notNull().default(0),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("agenda_items_session_idx").on(t.sessionId, t.position)],
);

/** One shared note per session, for the members only. `version` guards concurrent edits. */
export const sessionSharedNotes = pgTable("session_shared_notes", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => mentoringSessions.id, { onDelete: "cascade" }),
  relationshipId: relationshipRef(),
  organizationId: organizationId(),
  body: text("body").notNull().default(""),
  version: integer("version").notNull().default(1),
  updatedById: optionalPersonRef("updated_by_id"),
  updatedAt: updatedAt(),
});

/** Each member's own note on a session: readable by that member only. */
export const sessionPersonalNotes = pgTable(
  "session_personal_notes",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: "cascade" }),
    personId: personRef("person_id"),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    body: text("body").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/** A commitment to action: carried to every later session's agenda until done or dropped. */
export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    /** The session it was made in. */
    sessionId: uuid("session_id")
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: "cascade" }),
    ownerId: personRef("owner_id"),
    text: text("text").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    status: commitmentStatusEnum("status").notNull().default("open"),
    /** A word on why it was consciously dropped. */
    dropReason: text("drop_reason"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdById: optionalPersonRef("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("commitments_owner_status_idx").on(t.ownerId, t.status),
    index("commitments_relationship_idx").on(t.relationshipId, t.createdAt),
    index("commitments_session_idx").on(t.sessionId),
    check(
      "commitments_drop_reason_check",
      sql`${t.status} <> 'dropped' or length(trim(coalesce(${t.dropReason}, ''))) > 0`,
    ),
  ],
);

/**
 * Check-ins: a fit check after the first session, then regular ones. Scores reach managers only
 * in aggregates of 5 or more people; the comment stays with the person who wrote it.
 */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    organizationId: organizationId(),
    personId: personRef("person_id"),
    kind: checkInKindEnum("kind").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** Fit check: "is this a good fit?" */
    goodFit: boolean("good_fit"),
    satisfaction: smallint("satisfaction"),
    usefulness: smallint("usefulness"),
    expectations: smallint("expectations"),
    comment: text("comment"),
    /** Set from the answers (a "no" on fit, or any score of 2 or less): a flag, never content. */
    atRisk: boolean("at_risk").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("check_ins_key").on(t.relationshipId, t.personId, t.kind, t.dueAt),
    index("check_ins_person_idx").on(t.personId, t.answeredAt),
    check(
      "check_ins_scores_check",
      sql`coalesce(${t.satisfaction}, 3) between 1 and 5 and coalesce(${t.usefulness}, 3) between 1 and 5 and coalesce(${t.expectations}, 3) between 1 and 5`,
    ),
  ],
);

/**
 * "What I learned": private to its author unless they share it with the program's learning
 * log, which shows the text without any name or relationship.
 */
export const debriefs = pgTable(
  "debriefs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: relationshipRef(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    personId: personRef("person_id"),
    sessionId: uuid("session_id").references(() => mentoringSessions.id, {
      onDelete: "set null",
    }),
    learned: text("learned").notNull(),
    sharedWithProgram: boolean("shared_with_program").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("debriefs_person_idx").on(t.relationshipId, t.personId),
    index("debriefs_program_shared_idx")
      .on(t.programId, t.createdAt)
      .where(sql`${t.sharedWithProgram}`),
  ],
);

/** Each member's closure review. The appreciation goes to the other member(s); the rest is theirs. */
export const closureReviews = pgTable(
  "closure_reviews",
  {
    relationshipId: relationshipRef(),
    personId: personRef("person_id"),
    organizationId: organizationId(),
    /** [{ goalId, reached }] for the relationship's goals. */
    goalsReached: jsonb("goals_reached").notNull().default(sql`'[]'::jsonb`),
    learned: text("learned").notNull().default(""),
    appreciation: text("appreciation").notNull().default(""),
    /** One of END_REASONS (modules/closure). */
    reason: text("reason").notNull(),
    stayInTouch: boolean("stay_in_touch").notNull().default(false),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.relationshipId, t.personId] })],
);

export type MemberRole = (typeof memberRoleEnum.enumValues)[number];
export type Agreement = typeof agreements.$inferSelect;
export type MentoringSession = typeof mentoringSessions.$inferSelect;
export type Commitment = typeof commitments.$inferSelect;
export type CheckIn = typeof checkIns.$inferSelect;
export type MeetingChannel = (typeof meetingChannelEnum.enumValues)[number];
