import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * One schema for PGlite and PostgreSQL. Every domain row carries organization_id: the
 * organization is the tenant, and every query is scoped by it.
 */

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** The tenant column every domain table carries. */
export const organizationId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

export const roleEnum = pgEnum("role", ["admin", "program_manager", "member"]);
export const personStatusEnum = pgEnum("person_status", ["active", "deactivated"]);
export const emailStatusEnum = pgEnum("email_status", ["queued", "sent", "failed"]);
export const meetingPreferenceEnum = pgEnum("meeting_preference", [
  "in_person",
  "remote",
  "either",
]);
export const mentoringFormatEnum = pgEnum("mentoring_format", [
  "one_to_one",
  "group",
  "peer",
  "reverse",
  "flash",
]);
export const skillStatusEnum = pgEnum("skill_status", ["approved", "proposed"]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organizations_slug_key").on(t.slug)],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    bio: text("bio"),
    role: roleEnum("role").notNull().default("member"),
    status: personStatusEnum("status").notNull().default("active"),
    passwordHash: text("password_hash").notNull(),
    preferredName: text("preferred_name"),
    pronouns: text("pronouns"),
    department: text("department"),
    location: text("location"),
    /** IANA time zone, e.g. "Europe/Berlin". */
    timeZone: text("time_zone"),
    /** Languages the person works in, as BCP 47 tags or plain names ("en", "Portuguese"). */
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    hireDate: date("hire_date"),
    /** The HR system's identifier; unique within the organization when present. */
    employeeId: text("employee_id"),
    managerId: uuid("manager_id").references((): AnyPgColumn => people.id, {
      onDelete: "set null",
    }),
    openToMentor: boolean("open_to_mentor").notNull().default(false),
    /** How many mentees at once, when open to mentor. */
    mentorCapacity: integer("mentor_capacity").notNull().default(1),
    openToBeMentored: boolean("open_to_be_mentored").notNull().default(false),
    preferredFormats: mentoringFormatEnum("preferred_formats")
      .array()
      .notNull()
      .default(sql`'{}'::mentoring_format[]`),
    meetingPreference: meetingPreferenceEnum("meeting_preference").notNull().default("either"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("people_org_email_key").on(t.organizationId, sql`lower(${t.email})`),
    index("people_email_idx").on(sql`lower(${t.email})`),
    uniqueIndex("people_org_employee_id_key")
      .on(t.organizationId, t.employeeId)
      .where(sql`${t.employeeId} is not null`),
    index("people_manager_idx").on(t.managerId),
    // The org chart: the top of the tree and each manager's reports, within one organization.
    index("people_org_manager_idx").on(t.organizationId, t.managerId),
    // Deactivated people are few: their reports start the org chart's top, found through here.
    index("people_org_deactivated_idx")
      .on(t.organizationId)
      .where(sql`${t.status} = 'deactivated'`),
    // The directory lists people by name within an organization, a page at a time.
    index("people_org_name_idx").on(t.organizationId, t.name, t.id),
    check("people_mentor_capacity_check", sql`${t.mentorCapacity} between 0 and 20`),
    check("people_not_own_manager_check", sql`${t.managerId} is distinct from ${t.id}`),
  ],
);

/** Binary data: Buffer on the way in and out, whichever driver (pg or PGlite) is below. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A person's profile photo, already resized to a small square; one per person. */
export const personPhotos = pgTable("person_photos", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  organizationId: organizationId(),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  /** A short hash of the bytes: the photo's URL version and its ETag. */
  version: text("version").notNull(),
  updatedAt: updatedAt(),
});

/** The organization's skill taxonomy: approved skills and proposals waiting for an admin. */
export const skills = pgTable(
  "skills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text("name").notNull(),
    /** normalizeSkillName(name): what search, matching and uniqueness compare. */
    normalizedName: text("normalized_name").notNull(),
    description: text("description"),
    category: text("category"),
    synonyms: text("synonyms").array().notNull().default(sql`'{}'::text[]`),
    /** The ESCO concept this skill came from (starter taxonomy), kept for attribution. */
    escoUri: text("esco_uri"),
    status: skillStatusEnum("status").notNull().default("approved"),
    proposedById: uuid("proposed_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("skills_org_normalized_key").on(t.organizationId, t.normalizedName),
    index("skills_org_status_idx").on(t.organizationId, t.status),
  ],
);

/** Every normalized spelling (name and synonyms) that resolves to a skill, for lookup. */
export const skillAliases = pgTable(
  "skill_aliases",
  {
    organizationId: organizationId(),
    alias: text("alias").notNull(),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.alias] }),
    index("skill_aliases_skill_idx").on(t.skillId),
  ],
);

export const personSkillsOffered = pgTable(
  "person_skills_offered",
  {
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    /** 1 (some experience) to 5 (expert). */
    level: integer("level").notNull(),
    canTeach: boolean("can_teach").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.skillId] }),
    index("person_skills_offered_skill_idx").on(t.organizationId, t.skillId),
    check("person_skills_offered_level_check", sql`${t.level} between 1 and 5`),
  ],
);

export const personSkillsWanted = pgTable(
  "person_skills_wanted",
  {
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    /** 1 (nice to have) to 3 (most important). */
    priority: integer("priority").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.skillId] }),
    index("person_skills_wanted_skill_idx").on(t.organizationId, t.skillId),
    check("person_skills_wanted_priority_check", sql`${t.priority} between 1 and 3`),
  ],
);

/** Organizational objectives that personal goals may link to (admins keep the list). */
export const objectives = pgTable(
  "objectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    title: text("title").notNull(),
    description: text("description"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("objectives_org_idx").on(t.organizationId)],
);

export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    objectiveId: uuid("objective_id").references(() => objectives.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("goals_person_idx").on(t.personId, t.position)],
);

/** The work-style and values questionnaire: admin-editable questions with fixed options. */
export const questionnaireQuestions = pgTable(
  "questionnaire_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    prompt: text("prompt").notNull(),
    options: text("options").array().notNull(),
    position: integer("position").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("questionnaire_questions_org_idx").on(t.organizationId, t.position),
    check("questionnaire_questions_options_check", sql`cardinality(${t.options}) >= 2`),
  ],
);

export const questionnaireAnswers = pgTable(
  "questionnaire_answers",
  {
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questionnaireQuestions.id, { onDelete: "cascade" }),
    /** Index into the question's options. */
    option: integer("option").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.questionId] }),
    check("questionnaire_answers_option_check", sql`${t.option} >= 0`),
  ],
);

/** PostgreSQL full-text search document. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The directory's search document for each person (name, title, bio, department, location,
 * skills, goals), written only by the triggers of migrations 0003, 0006 and 0007, never by the app.
 */
export const personSearchDocuments = pgTable(
  "person_search_documents",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    document: tsvector("document").notNull(),
    /** Copies of people.name and people.status = 'active', so a search reads one table. */
    name: text("name").notNull().default(""),
    active: boolean("active").notNull().default(true),
  },
  (t) => [index("person_search_documents_document_idx").using("gin", t.document)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    csrfToken: text("csrf_token").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sessions_token_hash_key").on(t.tokenHash),
    index("sessions_person_idx").on(t.personId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    email: text("email").notNull(),
    role: roleEnum("role").notNull().default("member"),
    tokenHash: text("token_hash").notNull(),
    invitedById: uuid("invited_by_id").references(() => people.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_org_email_idx").on(t.organizationId, sql`lower(${t.email})`),
  ],
);

export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("password_resets_token_hash_key").on(t.tokenHash)],
);

export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /** An iCalendar invitation (METHOD:REQUEST or CANCEL) sent with the message, if any. */
    calendar: text("calendar"),
    status: emailStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("emails_org_created_idx").on(t.organizationId, t.createdAt),
    check("emails_attempts_check", sql`${t.attempts} >= 0`),
  ],
);

export const peopleImportStatusEnum = pgEnum("people_import_status", [
  "uploaded",
  "planned",
  "applied",
]);

/**
 * An HR file on its way in: the parsed rows (kept only until the import is applied), the column
 * mapping and options the admin chose, and the last dry-run or applied report.
 */
export const peopleImports = pgTable(
  "people_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId(),
    createdById: uuid("created_by_id").references(() => people.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    status: peopleImportStatusEnum("status").notNull().default("uploaded"),
    headers: text("headers").array().notNull(),
    /** One entry per column: the field it fills, or null to ignore the column. */
    mapping: jsonb("mapping").notNull(),
    /** { fullSync, dateOrder } */
    options: jsonb("options").notNull(),
    /** The file's records as [line, ...cells]; cleared once the import is applied. */
    records: json("records"),
    rowCount: integer("row_count").notNull().default(0),
    report: jsonb("report"),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    deactivatedCount: integer("deactivated_count").notNull().default(0),
    rejectedCount: integer("rejected_count").notNull().default(0),
    /** The people this import created, for "send invitations to the new people". */
    createdPersonIds: uuid("created_person_ids").array().notNull().default(sql`'{}'::uuid[]`),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("people_imports_org_created_idx").on(t.organizationId, t.createdAt)],
);

export type Organization = typeof organizations.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type Email = typeof emails.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type Skill = typeof skills.$inferSelect;
export type MentoringFormat = (typeof mentoringFormatEnum.enumValues)[number];
export type MeetingPreference = (typeof meetingPreferenceEnum.enumValues)[number];
export type PeopleImport = typeof peopleImports.$inferSelect;
