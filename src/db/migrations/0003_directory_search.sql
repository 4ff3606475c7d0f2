CREATE TABLE "person_search_documents" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_search_documents" ADD CONSTRAINT "person_search_documents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_search_documents" ADD CONSTRAINT "person_search_documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_search_documents_document_idx" ON "person_search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "people_org_name_idx" ON "people" USING btree ("organization_id","name","id");--> statement-breakpoint
-- The directory's search documents, kept up to date by triggers so that every writer (profiles,
-- skills, HR import, demo seed) updates them without knowing they exist. Statement-level triggers
-- with transition tables: a bulk insert of 100,000 rows refreshes each person once, not per row.
--
-- Folding: lower case, accents removed (NFD, drop combining marks U+0300–U+036F, NFC again) and
-- a few letters with no decomposition (ø ł đ ħ ı ß æ œ þ ð). Built-in functions only, so it runs
-- the same on PGlite and any PostgreSQL ≥ 13 without the unaccent extension.
CREATE FUNCTION "directory_fold"(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $$
  SELECT replace(replace(replace(replace(replace(translate(
    normalize(regexp_replace(normalize(lower(value), NFD), '[\u0300-\u036f]', '', 'g'), NFC),
    'øłđħıð', 'oldhid'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), 'ŋ', 'ng')
$$;
--> statement-breakpoint
-- Weights: A names, B title and skills offered, C department, location and skills wanted,
-- D bio and goals (ts_rank ranks a match in a name above one in a bio).
CREATE FUNCTION "directory_document"(
  name text, preferred_name text, title text, department text, location text, bio text,
  offered text, wanted text, goals text
) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', name, preferred_name)), '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', title, offered)), '')), 'B')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', department, location, wanted)), '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', bio, goals)), '')), 'D')
$$;
--> statement-breakpoint
-- Rebuilds the documents of the given people from their profile, skills (names and synonyms) and goals.
CREATE FUNCTION "directory_refresh"(person_ids uuid[]) RETURNS void
LANGUAGE sql
AS $$
  UPDATE person_search_documents d
  SET document = directory_document(
    p.name, p.preferred_name, p.title, p.department, p.location, p.bio,
    (SELECT string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ')
       FROM person_skills_offered o JOIN skills s ON s.id = o.skill_id WHERE o.person_id = p.id),
    (SELECT string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ')
       FROM person_skills_wanted w JOIN skills s ON s.id = w.skill_id WHERE w.person_id = p.id),
    (SELECT string_agg(g.text, ' ') FROM goals g WHERE g.person_id = p.id))
  FROM people p
  WHERE p.id = d.person_id AND d.person_id = ANY(person_ids)
$$;
--> statement-breakpoint
-- Bulk loads (the demo seed) may set `mutual.directory_refresh = 'off'` for their transaction and
-- call directory_refresh_organization at the end instead of refreshing after every batch.
CREATE FUNCTION "directory_refresh_organization"(org uuid) RETURNS void
LANGUAGE sql
AS $$
  SELECT directory_refresh(ARRAY(SELECT id FROM people WHERE organization_id = org))
$$;
--> statement-breakpoint
CREATE FUNCTION "directory_refresh_paused"() RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(current_setting('mutual.directory_refresh', true), '') = 'off'
$$;
--> statement-breakpoint
CREATE FUNCTION "directory_people_inserted"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO person_search_documents (person_id, organization_id, document)
  SELECT n.id, n.organization_id,
         directory_document(n.name, n.preferred_name, n.title, n.department, n.location, n.bio, NULL, NULL, NULL)
  FROM new_people n;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "directory_people_updated"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM directory_refresh(ARRAY(
    SELECT n.id FROM new_people n JOIN old_people o ON o.id = n.id
    WHERE (n.name, n.preferred_name, n.title, n.department, n.location, n.bio)
          IS DISTINCT FROM (o.name, o.preferred_name, o.title, o.department, o.location, o.bio)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- For person_skills_offered, person_skills_wanted and goals: every table with a person_id.
CREATE FUNCTION "directory_person_rows_changed"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF directory_refresh_paused() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM directory_refresh(ARRAY(SELECT DISTINCT person_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM directory_refresh(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  ELSE
    PERFORM directory_refresh(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A renamed skill, or new synonyms, changes the documents of everyone who offers or wants it.
CREATE FUNCTION "directory_skills_updated"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF directory_refresh_paused() THEN
    RETURN NULL;
  END IF;
  PERFORM directory_refresh(ARRAY(
    WITH changed AS (
      SELECT n.id FROM new_skills n JOIN old_skills o ON o.id = n.id
      WHERE (n.name, n.synonyms) IS DISTINCT FROM (o.name, o.synonyms)
    )
    SELECT o.person_id FROM person_skills_offered o JOIN changed c ON c.id = o.skill_id
    UNION
    SELECT w.person_id FROM person_skills_wanted w JOIN changed c ON c.id = w.skill_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "directory_people_insert" AFTER INSERT ON "people"
  REFERENCING NEW TABLE AS new_people FOR EACH STATEMENT EXECUTE FUNCTION directory_people_inserted();
--> statement-breakpoint
CREATE TRIGGER "directory_people_update" AFTER UPDATE ON "people"
  REFERENCING OLD TABLE AS old_people NEW TABLE AS new_people
  FOR EACH STATEMENT EXECUTE FUNCTION directory_people_updated();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_offered_insert" AFTER INSERT ON "person_skills_offered"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_offered_update" AFTER UPDATE ON "person_skills_offered"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_offered_delete" AFTER DELETE ON "person_skills_offered"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_wanted_insert" AFTER INSERT ON "person_skills_wanted"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_wanted_update" AFTER UPDATE ON "person_skills_wanted"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_wanted_delete" AFTER DELETE ON "person_skills_wanted"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_goals_insert" AFTER INSERT ON "goals"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_goals_update" AFTER UPDATE ON "goals"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_goals_delete" AFTER DELETE ON "goals"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_person_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "directory_skills_update" AFTER UPDATE ON "skills"
  REFERENCING OLD TABLE AS old_skills NEW TABLE AS new_skills
  FOR EACH STATEMENT EXECUTE FUNCTION directory_skills_updated();
--> statement-breakpoint
-- Everyone already in the database.
INSERT INTO "person_search_documents" ("person_id", "organization_id", "document")
SELECT p."id", p."organization_id", directory_document(p.name, p.preferred_name, p.title, p.department, p.location, p.bio, NULL, NULL, NULL)
FROM "people" p;
--> statement-breakpoint
SELECT directory_refresh(ARRAY(SELECT id FROM people));
