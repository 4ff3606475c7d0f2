CREATE TYPE "public"."enrollment_question_kind" AS ENUM('short_text', 'long_text', 'single_choice', 'multiple_choice', 'scale');--> statement-breakpoint
CREATE TYPE "public"."enrollment_status" AS ENUM('started', 'submitted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."matching_run_status" AS ENUM('queued', 'running', 'done', 'failed', 'published', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."mentor_request_status" AS ENUM('pending', 'accepted', 'declined', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."preparation_audience" AS ENUM('everyone', 'mentors', 'mentees');--> statement-breakpoint
CREATE TYPE "public"."program_kind" AS ENUM('career', 'on_the_job');--> statement-breakpoint
CREATE TYPE "public"."program_purpose" AS ENUM('knowledge_transfer', 'high_potential', 'onboarding', 'culture', 'engagement', 'diversity', 'other');--> statement-breakpoint
CREATE TYPE "public"."program_roles" AS ENUM('mentor_mentee', 'everyone_both');--> statement-breakpoint
CREATE TYPE "public"."program_state" AS ENUM('draft', 'enrolling', 'matching', 'running', 'closing', 'closed');--> statement-breakpoint
CREATE TYPE "public"."relationship_source" AS ENUM('bulk', 'choice', 'hybrid', 'manual');--> statement-breakpoint
CREATE TYPE "public"."relationship_status" AS ENUM('proposed', 'active', 'declined', 'ended');--> statement-breakpoint
CREATE TYPE "public"."rematch_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TABLE "enrollment_answers" (
	"organization_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrollment_answers_enrollment_id_question_id_pk" PRIMARY KEY("enrollment_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "enrollment_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" "enrollment_question_kind" NOT NULL,
	"prompt" text NOT NULL,
	"help_text" text,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"used_for_matching" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"as_mentee" boolean DEFAULT false NOT NULL,
	"as_mentor" boolean DEFAULT false NOT NULL,
	"mentor_capacity" integer DEFAULT 1 NOT NULL,
	"status" "enrollment_status" DEFAULT 'started' NOT NULL,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrollments_capacity_check" CHECK ("enrollments"."mentor_capacity" between 0 and 20)
);
--> statement-breakpoint
CREATE TABLE "match_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"status" "matching_run_status" DEFAULT 'queued' NOT NULL,
	"settings" jsonb NOT NULL,
	"locked" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"excluded" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"stats" jsonb,
	"unmatched" jsonb,
	"error" text,
	"created_by_id" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"rank" integer DEFAULT 1 NOT NULL,
	"status" "mentor_request_status" DEFAULT 'pending' NOT NULL,
	"sent_at" timestamp with time zone,
	"respond_by" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preparation_completions" (
	"organization_id" uuid NOT NULL,
	"page_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preparation_completions_page_id_person_id_pk" PRIMARY KEY("page_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "preparation_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"audience" "preparation_audience" DEFAULT 'everyone' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_managers" (
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_managers_program_id_person_id_pk" PRIMARY KEY("program_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"purpose" "program_purpose" NOT NULL,
	"purpose_other" text,
	"format" "mentoring_format" DEFAULT 'one_to_one' NOT NULL,
	"roles" "program_roles" DEFAULT 'mentor_mentee' NOT NULL,
	"kind" "program_kind" DEFAULT 'career' NOT NULL,
	"duration_months" integer DEFAULT 12 NOT NULL,
	"cadence_min_weeks" integer DEFAULT 2 NOT NULL,
	"cadence_max_weeks" integer DEFAULT 6 NOT NULL,
	"eligibility" jsonb DEFAULT '{"all":true}'::jsonb NOT NULL,
	"enrollment_opens_at" timestamp with time zone,
	"enrollment_closes_at" timestamp with time zone,
	"preparation_required" boolean DEFAULT false NOT NULL,
	"measures" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs_analysis" jsonb,
	"recommendation" jsonb,
	"matching" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" "program_state" DEFAULT 'draft' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_duration_check" CHECK ("programs"."duration_months" between 1 and 60),
	CONSTRAINT "programs_cadence_check" CHECK ("programs"."cadence_min_weeks" between 1 and 52 and "programs"."cadence_max_weeks" between "programs"."cadence_min_weeks" and 52)
);
--> statement-breakpoint
CREATE TABLE "relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" "relationship_status" DEFAULT 'proposed' NOT NULL,
	"source" "relationship_source" NOT NULL,
	"run_id" uuid,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mentee_confirmed_at" timestamp with time zone,
	"mentor_confirmed_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"declined_by_id" uuid,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relationships_not_self_check" CHECK ("relationships"."mentee_id" <> "relationships"."mentor_id")
);
--> statement-breakpoint
CREATE TABLE "rematch_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"reason_category" text NOT NULL,
	"status" "rematch_status" DEFAULT 'open' NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enrollment_answers" ADD CONSTRAINT "enrollment_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_answers" ADD CONSTRAINT "enrollment_answers_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_answers" ADD CONSTRAINT "enrollment_answers_question_id_enrollment_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."enrollment_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_questions" ADD CONSTRAINT "enrollment_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_questions" ADD CONSTRAINT "enrollment_questions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_completions" ADD CONSTRAINT "preparation_completions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_completions" ADD CONSTRAINT "preparation_completions_page_id_preparation_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."preparation_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_completions" ADD CONSTRAINT "preparation_completions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_pages" ADD CONSTRAINT "preparation_pages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_pages" ADD CONSTRAINT "preparation_pages_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_managers" ADD CONSTRAINT "program_managers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_managers" ADD CONSTRAINT "program_managers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_managers" ADD CONSTRAINT "program_managers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_declined_by_id_people_id_fk" FOREIGN KEY ("declined_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rematch_requests" ADD CONSTRAINT "rematch_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rematch_requests" ADD CONSTRAINT "rematch_requests_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rematch_requests" ADD CONSTRAINT "rematch_requests_requested_by_id_people_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrollment_questions_program_idx" ON "enrollment_questions" USING btree ("program_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_program_person_key" ON "enrollments" USING btree ("program_id","person_id");--> statement-breakpoint
CREATE INDEX "enrollments_program_status_idx" ON "enrollments" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "enrollments_person_idx" ON "enrollments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_proposals_run_mentee_key" ON "match_proposals" USING btree ("run_id","mentee_id");--> statement-breakpoint
CREATE INDEX "match_proposals_run_mentor_idx" ON "match_proposals" USING btree ("run_id","mentor_id");--> statement-breakpoint
CREATE INDEX "matching_runs_program_idx" ON "matching_runs" USING btree ("program_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_requests_program_mentee_mentor_key" ON "mentor_requests" USING btree ("program_id","mentee_id","mentor_id");--> statement-breakpoint
CREATE INDEX "mentor_requests_mentor_status_idx" ON "mentor_requests" USING btree ("mentor_id","status");--> statement-breakpoint
CREATE INDEX "mentor_requests_respond_by_idx" ON "mentor_requests" USING btree ("status","respond_by");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "preparation_completions_person_idx" ON "preparation_completions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "preparation_pages_program_idx" ON "preparation_pages" USING btree ("program_id","position");--> statement-breakpoint
CREATE INDEX "program_managers_person_idx" ON "program_managers" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_org_slug_key" ON "programs" USING btree ("organization_id","slug");--> statement-breakpoint
CREATE INDEX "programs_org_state_idx" ON "programs" USING btree ("organization_id","state");--> statement-breakpoint
CREATE INDEX "relationships_program_idx" ON "relationships" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "relationships_mentee_idx" ON "relationships" USING btree ("mentee_id");--> statement-breakpoint
CREATE INDEX "relationships_mentor_idx" ON "relationships" USING btree ("mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "relationships_open_mentee_key" ON "relationships" USING btree ("program_id","mentee_id") WHERE "relationships"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "rematch_requests_relationship_idx" ON "rematch_requests" USING btree ("relationship_id");