import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { organizations } from "../../db/schema.ts";
import { conflict } from "../../server/errors.ts";
import { createSession } from "../auth/sessions.ts";
import { presentMe } from "../people/presenters.ts";
import { addDefaultQuestions } from "../profiles/questionnaire/default-questions.ts";
import { insertStarterSkills } from "../skills/adopt-starter-taxonomy.ts";
import { createOrganization, createOrganizationInput, lockSetup } from "./create-organization.ts";

export const completeSetupInput = createOrganizationInput.extend({
  /** Start the taxonomy with the ready-made list of workplace skills (the form's default). */
  starterSkills: z.boolean().default(true),
});
export type CompleteSetupInput = z.infer<typeof completeSetupInput>;

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/** First-run setup: only while the instance has no organization at all. Signs the admin in. */
export async function completeSetup(db: Db, input: CompleteSetupInput, sessionDays: number) {
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    const [existing] = await tx.select({ id: organizations.id }).from(organizations).limit(1);
    if (existing) {
      throw conflict("setup_done", "Mutual is already set up here. Please sign in instead.");
    }
    const { organization, person } = await createOrganization(tx, input);
    if (input.starterSkills) await insertStarterSkills(tx, organization.id);
    await addDefaultQuestions(tx, organization.id);
    const session = await createSession(tx, person, sessionDays);
    return { user: presentMe(person, organization), session };
  });
}
