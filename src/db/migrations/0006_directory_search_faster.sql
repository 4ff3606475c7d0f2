-- Faster search documents for bulk loads: text that is plain ASCII skips the two Unicode
-- normalizations, the functions are PL/pgSQL, and a paused bulk load inserts people with an empty
-- document that directory_refresh_organization fills in once, set-based, at the end. The folding
-- and the documents are the same as before.
CREATE OR REPLACE FUNCTION "directory_fold"(value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
BEGIN
  IF value ~ '^[\x01-\x7f]*$' THEN
    RETURN lower(value);
  END IF;
  RETURN replace(replace(replace(replace(replace(translate(
    normalize(regexp_replace(normalize(lower(value), NFD), '[\u0300-\u036f]', '', 'g'), NFC),
    'øłđħıð', 'oldhid'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), 'ŋ', 'ng');
END
$$;
--> statement-breakpoint
-- PL/pgSQL: a SQL function that can't be inlined (this one can't) costs far more per call.
CREATE OR REPLACE FUNCTION "directory_document"(
  name text, preferred_name text, title text, department text, location text, bio text,
  offered text, wanted text, goals text
) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
  RETURN setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', name, preferred_name)), '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', title, offered)), '')), 'B')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', department, location, wanted)), '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, coalesce(directory_fold(concat_ws(' ', bio, goals)), '')), 'D');
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "directory_people_inserted"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF directory_refresh_paused() THEN
    INSERT INTO person_search_documents (person_id, organization_id, document)
    SELECT n.id, n.organization_id, ''::tsvector FROM new_people n;
  ELSE
    INSERT INTO person_search_documents (person_id, organization_id, document)
    SELECT n.id, n.organization_id,
           directory_document(n.name, n.preferred_name, n.title, n.department, n.location, n.bio, NULL, NULL, NULL)
    FROM new_people n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Skills by name and goals by position, so that both refreshes make the same document.
CREATE OR REPLACE FUNCTION "directory_refresh"(person_ids uuid[]) RETURNS void
LANGUAGE sql
AS $$
  UPDATE person_search_documents d
  SET document = directory_document(
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
-- Set-based: one pass over each table of the organization instead of three lookups per person.
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
  SET document = directory_document(
    p.name, p.preferred_name, p.title, p.department, p.location, p.bio,
    offered.words, wanted.words, goal.words)
  FROM people p
  LEFT JOIN offered ON offered.person_id = p.id
  LEFT JOIN wanted ON wanted.person_id = p.id
  LEFT JOIN goal ON goal.person_id = p.id
  WHERE p.organization_id = org AND d.person_id = p.id AND d.organization_id = org
$$;
