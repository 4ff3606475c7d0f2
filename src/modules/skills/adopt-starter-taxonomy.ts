import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { skillAliases, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { normalizeSkillName } from "./normalize.ts";
import { starterTaxonomy } from "./starter-taxonomy.ts";
import { lockTaxonomy } from "./taxonomy.ts";

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 8 columns a row. */
const CHUNK = 1000;

/**
 * Adds the starter taxonomy to an organization inside an open transaction, in a handful of
 * statements. Idempotent: a skill whose name already leads to a skill of the organization is
 * skipped, and so is a synonym that already leads somewhere, so adopting twice adds nothing.
 */
export async function insertStarterSkills(tx: Executor, organizationId: string) {
  await lockTaxonomy(tx, organizationId);
  const existing = await tx
    .select({ alias: skillAliases.alias })
    .from(skillAliases)
    .where(eq(skillAliases.organizationId, organizationId));
  const taken = new Set(existing.map((row) => row.alias));
  const newSkills: (typeof skills.$inferInsert & { id: string })[] = [];
  const newAliases: (typeof skillAliases.$inferInsert)[] = [];
  let skipped = 0;
  for (const starter of starterTaxonomy.skills) {
    const normalizedName = normalizeSkillName(starter.name);
    if (taken.has(normalizedName)) {
      skipped += 1;
      continue;
    }
    const id = randomUUID();
    taken.add(normalizedName);
    newAliases.push({ organizationId, alias: normalizedName, skillId: id });
    const synonyms = starter.synonyms.filter((synonym) => {
      const key = normalizeSkillName(synonym);
      if (taken.has(key)) return false;
      taken.add(key);
      newAliases.push({ organizationId, alias: key, skillId: id });
      return true;
    });
    newSkills.push({
      id,
      organizationId,
      name: starter.name,
      normalizedName,
      category: starter.category,
      description: starter.description,
      synonyms,
      escoUri: starter.escoUri,
      status: "approved",
    });
  }
  for (let i = 0; i < newSkills.length; i += CHUNK) {
    await tx.insert(skills).values(newSkills.slice(i, i + CHUNK));
  }
  for (let i = 0; i < newAliases.length; i += CHUNK) {
    await tx.insert(skillAliases).values(newAliases.slice(i, i + CHUNK));
  }
  return { added: newSkills.length, skipped };
}

/** An administrator adds the ready-made skills to their organization's taxonomy. */
export async function adoptStarterTaxonomy(ctx: Ctx) {
  authorize(ctx.actor, "skills.manage");
  return ctx.db.transaction((tx) => insertStarterSkills(tx, ctx.actor.organizationId));
}
