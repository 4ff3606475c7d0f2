ALTER TABLE "person_search_documents" ADD COLUMN "name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "person_search_documents" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Each document carries its person's name and whether they are active, so that a search ranks
-- and sorts its matches without looking every one of them up in people.
CREATE OR REPLACE FUNCTION "directory_people_inserted"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF directory_refresh_paused() THEN
    INSERT INTO person_search_documents (person_id, organization_id, document, name, active)
    SELECT n.id, n.organization_id, ''::tsvector, n.name, n.status = 'active' FROM new_people n;
  ELSE
    INSERT INTO person_search_documents (person_id, organization_id, document, name, active)
    SELECT n.id, n.organization_id,
           directory_document(n.name, n.preferred_name, n.title, n.department, n.location, n.bio, NULL, NULL, NULL),
           n.name, n.status = 'active'
    FROM new_people n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "directory_people_updated"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM directory_refresh(ARRAY(
    SELECT n.id FROM new_people n JOIN old_people o ON o.id = n.id
    WHERE (n.name, n.preferred_name, n.title, n.department, n.location, n.bio, n.status)
          IS DISTINCT FROM (o.name, o.preferred_name, o.title, o.department, o.location, o.bio, o.status)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "directory_refresh"(person_ids uuid[]) RETURNS void
LANGUAGE sql
AS $$
  UPDATE person_search_documents d
  SET name = p.name,
      active = p.status = 'active',
      document = directory_document(
    p.name, p.preferred_name, p.title, p.department, p.location, p.bio,
    (SELECT string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ' ORDER BY s.name, s.id)
       FROM person_skills_offered o JOIN skills s ON s.id = o.skill_id WHERE o.person_id = p.id),
    (SELECT string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ' ORDER BY s.name, s.id)
       FROM person_skills_wanted w JOIN skills s ON s.id = w.skill_id WHERE w.person_id = p.id),
    (SELECT string_agg(g.text, ' ' ORDER BY g.position, g.id) FROM goals g WHERE g.person_id = p.id))
  FROM people p
  WHERE p.id = d.person_id AND d.person_id = ANY(person_ids)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "directory_refresh_organization"(org uuid) RETURNS void
LANGUAGE sql
AS $$
  WITH offered AS (
    SELECT o.person_id, string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ' ORDER BY s.name, s.id) AS words
    FROM person_skills_offered o JOIN skills s ON s.id = o.skill_id
    WHERE o.organization_id = org GROUP BY o.person_id
  ), wanted AS (
    SELECT w.person_id, string_agg(concat_ws(' ', s.name, array_to_string(s.synonyms, ' ')), ' ' ORDER BY s.name, s.id) AS words
    FROM person_skills_wanted w JOIN skills s ON s.id = w.skill_id
    WHERE w.organization_id = org GROUP BY w.person_id
  ), goal AS (
    SELECT g.person_id, string_agg(g.text, ' ' ORDER BY g.position, g.id) AS words
    FROM goals g WHERE g.organization_id = org GROUP BY g.person_id
  )
  UPDATE person_search_documents d
  SET name = p.name,
      active = p.status = 'active',
      document = directory_document(
    p.name, p.preferred_name, p.title, p.department, p.location, p.bio,
    offered.words, wanted.words, goal.words)
  FROM people p
  LEFT JOIN offered ON offered.person_id = p.id
  LEFT JOIN wanted ON wanted.person_id = p.id
  LEFT JOIN goal ON goal.person_id = p.id
  WHERE p.organization_id = org AND d.person_id = p.id AND d.organization_id = org
$$;
--> statement-breakpoint
UPDATE "person_search_documents" d SET "name" = p."name", "active" = p."status" = 'active'
FROM "people" p WHERE p."id" = d."person_id";
