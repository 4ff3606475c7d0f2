CREATE TABLE "person_photos" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"version" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_photos" ADD CONSTRAINT "person_photos_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_photos" ADD CONSTRAINT "person_photos_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_org_manager_idx" ON "people" USING btree ("organization_id","manager_id");--> statement-breakpoint
-- Existing organizations get the default work-style and values questions (new ones get them at setup).
INSERT INTO "questionnaire_questions" ("organization_id", "prompt", "options", "position")
SELECT o."id", d."prompt", d."options", d."position"
FROM "organizations" o
CROSS JOIN (VALUES
  ('When I learn something new, I''d rather…', ARRAY['Try it straight away and learn from my mistakes', 'Read or watch first, then try', 'See someone do it, then try it together']::text[], 0),
  ('Feedback helps me most when it is…', ARRAY['Direct and to the point', 'Gentle, with the context around it', 'A question that helps me see it myself']::text[], 1),
  ('I do my best thinking…', ARRAY['Out loud, with other people', 'Quietly on my own first', 'A bit of both']::text[], 2),
  ('When plans change at short notice, I usually…', ARRAY['Enjoy the change of pace', 'Adapt once I understand why', 'Like to finish what I started first']::text[], 3),
  ('I like conversations with a mentor or peer to be…', ARRAY['Planned, with a short agenda', 'Open, going wherever they need to', 'Short and focused on next steps']::text[], 4),
  ('What gives me the most energy at work is…', ARRAY['Doing something really well', 'Seeing things move forward', 'Working closely with people', 'Learning something new']::text[], 5),
  ('When I disagree with someone, I tend to…', ARRAY['Say so right away', 'Think it over, then bring it up', 'Look for common ground first']::text[], 6),
  ('Planning my week, I prefer to…', ARRAY['Plan most of it ahead', 'Keep it open and respond as things come', 'Plan the big pieces and leave room for the rest']::text[], 7)
) AS d("prompt", "options", "position")
WHERE NOT EXISTS (SELECT 1 FROM "questionnaire_questions" q WHERE q."organization_id" = o."id");
