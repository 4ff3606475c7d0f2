import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { normalizeSkillName } from "../skills/normalize.ts";
import { rowsOf } from "./directory-sql.ts";

type SkillRef = { id: string; name: string };

/**
 * The organization's skill that `question` names: a skill id, or a name or synonym in any
 * spelling the taxonomy treats as the same ("js", "JavaScript", "Java Script"), through
 * normalizeSkillName and skill_aliases. With no exact match, up to five skills whose name
 * contains the words, as suggestions.
 */
export async function resolveSkill(
  db: Executor,
  organizationId: string,
  question: string,
): Promise<{ skill: SkillRef | null; suggestions: SkillRef[] }> {
  const asked = question.trim();
  if (z.uuid().safeParse(asked).success) {
    const [skill] = await rowsOf<SkillRef>(
      db,
      sql`select id, name from skills where id = ${asked} and organization_id = ${organizationId}`,
    );
    return { skill: skill ?? null, suggestions: [] };
  }
  const key = normalizeSkillName(asked);
  if (!key) return { skill: null, suggestions: [] };
  const [skill] = await rowsOf<SkillRef>(
    db,
    sql`select s.id, s.name from skills s
        where s.organization_id = ${organizationId}
          and (s.normalized_name = ${key} or s.id in (
            select a.skill_id from skill_aliases a
            where a.organization_id = ${organizationId} and a.alias = ${key}))
        order by (s.normalized_name = ${key}) desc, (s.status = 'approved') desc, s.name
        limit 1`,
  );
  if (skill) return { skill, suggestions: [] };
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const suggestions = await rowsOf<SkillRef>(
    db,
    sql`select s.id, s.name from skills s
        where s.organization_id = ${organizationId} and s.status = 'approved'
          and (s.normalized_name like ${pattern} or s.id in (
            select a.skill_id from skill_aliases a
            where a.organization_id = ${organizationId} and a.alias like ${pattern}))
        order by length(s.name), s.name
        limit 5`,
  );
  return { skill: null, suggestions };
}
