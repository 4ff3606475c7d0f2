import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import {
  goals,
  personSkillsOffered,
  personSkillsWanted,
  skillAliases,
  skills,
} from "../../db/schema.ts";
import { normalizeSkillName } from "../skills/normalize.ts";

/**
 * Test data for the directory's integration tests, written straight to the tables (the way the
 * profile, skills and HR-import code will write them): the search documents must follow by
 * themselves, through the triggers.
 */
export async function addSkill(
  db: Executor,
  organizationId: string,
  name: string,
  synonyms: string[] = [],
) {
  const [skill] = await db
    .insert(skills)
    .values({ organizationId, name, normalizedName: normalizeSkillName(name), synonyms })
    .returning();
  if (!skill) throw new Error("no skill");
  const keys = [...new Set([name, ...synonyms].map(normalizeSkillName))];
  await db
    .insert(skillAliases)
    .values(keys.map((alias) => ({ organizationId, alias, skillId: skill.id })));
  return skill;
}

export async function offer(
  db: Executor,
  person: { id: string; organizationId: string },
  skillId: string,
  level: number,
  canTeach = true,
) {
  await db.insert(personSkillsOffered).values({
    organizationId: person.organizationId,
    personId: person.id,
    skillId,
    level,
    canTeach,
  });
}

export async function want(
  db: Executor,
  person: { id: string; organizationId: string },
  skillId: string,
  priority = 2,
) {
  await db.insert(personSkillsWanted).values({
    organizationId: person.organizationId,
    personId: person.id,
    skillId,
    priority,
  });
}

export async function addGoal(
  db: Executor,
  person: { id: string; organizationId: string },
  text: string,
) {
  await db
    .insert(goals)
    .values({ organizationId: person.organizationId, personId: person.id, text });
}

/** The person's search document as text, e.g. "'ana':1A 'silva':2A". */
export async function documentOf(db: Executor, personId: string): Promise<string | null> {
  const result = await db.execute(
    sql`select document::text as d from person_search_documents where person_id = ${personId}`,
  );
  return (result as unknown as { rows: { d: string }[] }).rows[0]?.d ?? null;
}
