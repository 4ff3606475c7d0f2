CREATE TYPE "public"."meeting_preference" AS ENUM('in_person', 'remote', 'either');--> statement-breakpoint
CREATE TYPE "public"."mentoring_format" AS ENUM('one_to_one', 'group', 'peer', 'reverse', 'flash');--> statement-breakpoint
CREATE TYPE "public"."skill_status" AS ENUM('approved', 'proposed');--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"objective_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_skills_offered" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"can_teach" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_skills_offered_person_id_skill_id_pk" PRIMARY KEY("person_id","skill_id"),
	CONSTRAINT "person_skills_offered_level_check" CHECK ("person_skills_offered"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "person_skills_wanted" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"priority" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_skills_wanted_person_id_skill_id_pk" PRIMARY KEY("person_id","skill_id"),
	CONSTRAINT "person_skills_wanted_priority_check" CHECK ("person_skills_wanted"."priority" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "questionnaire_answers" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"option" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_answers_person_id_question_id_pk" PRIMARY KEY("person_id","question_id"),
	CONSTRAINT "questionnaire_answers_option_check" CHECK ("questionnaire_answers"."option" >= 0)
);
--> statement-breakpoint
CREATE TABLE "questionnaire_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"prompt" text NOT NULL,
	"options" text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_questions_options_check" CHECK (cardinality("questionnaire_questions"."options") >= 2)
);
--> statement-breakpoint
CREATE TABLE "skill_aliases" (
	"organization_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "skill_aliases_organization_id_alias_pk" PRIMARY KEY("organization_id","alias")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"normalized_name" text NOT NULL,
	"description" text,
	"category" text,
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	"esco_uri" text,
	"status" "skill_status" DEFAULT 'approved' NOT NULL,
	"proposed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "preferred_name" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "pronouns" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "department" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "hire_date" date;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "employee_id" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "manager_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "open_to_mentor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "mentor_capacity" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "open_to_be_mentored" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "preferred_formats" "mentoring_format"[] DEFAULT '{}'::mentoring_format[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "meeting_preference" "meeting_preference" DEFAULT 'either' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_offered" ADD CONSTRAINT "person_skills_offered_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_offered" ADD CONSTRAINT "person_skills_offered_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_offered" ADD CONSTRAINT "person_skills_offered_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_wanted" ADD CONSTRAINT "person_skills_wanted_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_wanted" ADD CONSTRAINT "person_skills_wanted_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills_wanted" ADD CONSTRAINT "person_skills_wanted_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answers" ADD CONSTRAINT "questionnaire_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answers" ADD CONSTRAINT "questionnaire_answers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answers" ADD CONSTRAINT "questionnaire_answers_question_id_questionnaire_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questionnaire_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_questions" ADD CONSTRAINT "questionnaire_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_aliases" ADD CONSTRAINT "skill_aliases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_aliases" ADD CONSTRAINT "skill_aliases_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_proposed_by_id_people_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_person_idx" ON "goals" USING btree ("person_id","position");--> statement-breakpoint
CREATE INDEX "objectives_org_idx" ON "objectives" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "person_skills_offered_skill_idx" ON "person_skills_offered" USING btree ("organization_id","skill_id");--> statement-breakpoint
CREATE INDEX "person_skills_wanted_skill_idx" ON "person_skills_wanted" USING btree ("organization_id","skill_id");--> statement-breakpoint
CREATE INDEX "questionnaire_questions_org_idx" ON "questionnaire_questions" USING btree ("organization_id","position");--> statement-breakpoint
CREATE INDEX "skill_aliases_skill_idx" ON "skill_aliases" USING btree ("skill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_org_normalized_key" ON "skills" USING btree ("organization_id","normalized_name");--> statement-breakpoint
CREATE INDEX "skills_org_status_idx" ON "skills" USING btree ("organization_id","status");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_org_employee_id_key" ON "people" USING btree ("organization_id","employee_id") WHERE "people"."employee_id" is not null;--> statement-breakpoint
CREATE INDEX "people_manager_idx" ON "people" USING btree ("manager_id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_mentor_capacity_check" CHECK ("people"."mentor_capacity" between 0 and 20);--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_not_own_manager_check" CHECK ("people"."manager_id" is distinct from "people"."id");