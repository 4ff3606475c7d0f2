import { and, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { skillAliases, skills } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { cleanSynonyms, normalizeSkillName, skillAliasKeys, tidySkillName } from "./normalize.ts";
import { skillColumns } from "./presenters.ts";

/** What a skill's fields accept, shared by proposals, the admin forms and the web app. */
export const SKILL_LIMITS = { name: 120, category: 80, description: 1000, synonyms: 30 };

export const skillNameSchema = z
  .string()
  .max(SKILL_LIMITS.name, `Keep a skill's name to ${SKILL_LIMITS.name} characters.`)
  .transform(tidySkillName)
  .refine(
    (name) => normalizeSkillName(name) !== "",
    "Please give the skill a name with letters or digits.",
  );

const optionalText = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullable()
    .transform((value) => (value?.trim() ? tidySkillName(value) : null));

export const skillCategorySchema = optionalText(SKILL_LIMITS.category, "A category");
export const skillDescriptionSchema = z
  .string()
  .max(
    SKILL_LIMITS.description,
    `A description can be at most ${SKILL_LIMITS.description} characters.`,
  )
  .nullable()
  .transform((value) => value?.trim() || null);
export const skillSynonymsSchema = z
  .array(z.string().max(SKILL_LIMITS.name, `Keep each synonym to ${SKILL_LIMITS.name} characters.`))
  .max(SKILL_LIMITS.synonyms, `Please list at most ${SKILL_LIMITS.synonyms} synonyms.`);

/**
 * Serializes changes to one organization's taxonomy (names and synonyms must stay unique across
 * its skills), without blocking anything else in the organization.
 */
export async function lockTaxonomy(tx: Executor, organizationId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(727002, hashtext(${organizationId}))`);
}

/** One skill of the actor's organization, or a 404. */
export async function findSkill(tx: Executor, ctx: Ctx, skillId: string, what = "skill") {
  const [skill] = await tx
    .select({ ...skillColumns, proposedById: skills.proposedById })
    .from(skills)
    .where(and(eq(skills.id, skillId), eq(skills.organizationId, ctx.actor.organizationId)));
  if (!skill) throw notFound(what, "skill_not_found");
  return skill;
}

/** The skill a spelling leads to (by its name or any synonym), if any. */
export async function findSkillBySpelling(tx: Executor, organizationId: string, spelling: string) {
  const [found] = await tx
    .select(skillColumns)
    .from(skillAliases)
    .innerJoin(skills, eq(skills.id, skillAliases.skillId))
    .where(
      and(
        eq(skillAliases.organizationId, organizationId),
        eq(skillAliases.alias, normalizeSkillName(spelling)),
      ),
    );
  return found ?? null;
}

type Spellings = {
  organizationId: string;
  skillId: string;
  name: string;
  synonyms: readonly string[];
};

/**
 * Checks that a skill's name and synonyms lead nowhere else yet, before the skill is written: a
 * key that already leads to another skill is refused with a message naming that skill. Returns
 * the cleaned synonyms and the alias keys to save.
 */
export async function claimSpellings(tx: Executor, input: Spellings) {
  const synonyms = cleanSynonyms(input.name, input.synonyms);
  const keys = skillAliasKeys(input.name, synonyms);
  const [clash] = await tx
    .select({ alias: skillAliases.alias, name: skills.name, id: skills.id })
    .from(skillAliases)
    .innerJoin(skills, eq(skills.id, skillAliases.skillId))
    .where(
      and(
        eq(skillAliases.organizationId, input.organizationId),
        inArray(skillAliases.alias, keys),
        ne(skillAliases.skillId, input.skillId),
      ),
    )
    .limit(1);
  if (clash) {
    const isName = clash.alias === keys[0];
    const spelling = isName
      ? input.name
      : synonyms.find((synonym) => normalizeSkillName(synonym) === clash.alias);
    const message = `“${spelling}” is already a name or synonym of “${clash.name}”. Choose another, or merge the two skills.`;
    throw conflict("skill_name_taken", message, {
      fields: { [isName ? "name" : "synonyms"]: message },
      skill: { id: clash.id, name: clash.name },
    });
  }
  return { synonyms, keys };
}

/** Makes a skill's aliases exactly the given keys (its name's and synonyms'). */
export async function replaceSkillAliases(
  tx: Executor,
  input: { organizationId: string; skillId: string; keys: string[] },
) {
  await tx
    .delete(skillAliases)
    .where(
      and(
        eq(skillAliases.organizationId, input.organizationId),
        eq(skillAliases.skillId, input.skillId),
        notInArray(skillAliases.alias, input.keys),
      ),
    );
  await tx
    .insert(skillAliases)
    .values(
      input.keys.map((alias) => ({
        organizationId: input.organizationId,
        alias,
        skillId: input.skillId,
      })),
    )
    .onConflictDoNothing();
}
