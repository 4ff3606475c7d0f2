import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organizations } from "../../db/schema.ts";
import { conflict } from "../../server/errors.ts";
import { createSession } from "../auth/sessions.ts";
import { presentMe } from "../people/presenters.ts";
import { addDefaultQuestions } from "../profiles/questionnaire/default-questions.ts";
import {
  type CreateOrganizationInput,
  createOrganization,
  lockSetup,
} from "./create-organization.ts";

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/** First-run setup: only while the instance has no organization at all. Signs the admin in. */
export async function completeSetup(db: Db, input: CreateOrganizationInput, sessionDays: number) {
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    const [existing] = await tx.select({ id: organizations.id }).from(organizations).limit(1);
    if (existing) {
      throw conflict("setup_done", "Mutual is already set up here. Please sign in instead.");
    }
    const { organization, person } = await createOrganization(tx, input);
    await addDefaultQuestions(tx, organization.id);
    const session = await createSession(tx, person, sessionDays);
    return { user: presentMe(person, organization), session };
  });
}
