import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import { AppError, conflict } from "../../server/errors.ts";
import { presentMe } from "../people/presenters.ts";
import { emailSchema } from "../setup/create-organization.ts";
import { verifyPassword } from "./passwords.ts";
import { createSession } from "./sessions.ts";

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Please enter your password.").max(200),
  organization: z.string().trim().toLowerCase().max(40).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

const invalid = () =>
  new AppError(
    "invalid_credentials",
    401,
    "That email and password don't match. Please try again.",
  );

/**
 * One email may belong to people in several organizations of a hosted instance. The password
 * decides which: when it fits more than one, the person chooses the organization.
 */
export async function signIn(db: Db, input: SignInInput, sessionDays: number) {
  const candidates = await db
    .select()
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        sql`lower(${people.email}) = ${input.email}`,
        input.organization ? eq(organizations.slug, input.organization) : undefined,
      ),
    );
  if (candidates.length === 0) {
    await verifyPassword(null, input.password);
    throw invalid();
  }
  const matches = [];
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.people.passwordHash, input.password))
      matches.push(candidate);
  }
  const active = matches.filter((m) => m.people.status === "active");
  if (active.length === 0) {
    if (matches.length > 0) {
      throw new AppError(
        "deactivated",
        403,
        "Your account has been deactivated. If you think this is a mistake, please contact your administrator.",
      );
    }
    throw invalid();
  }
  if (active.length > 1) {
    throw conflict(
      "choose_organization",
      "You belong to more than one organization. Which one would you like to sign in to?",
      {
        organizations: active.map((m) => ({
          slug: m.organizations.slug,
          name: m.organizations.name,
        })),
      },
    );
  }
  const [chosen] = active as [(typeof active)[number]];
  const session = await createSession(db, chosen.people, sessionDays);
  return { user: presentMe(chosen.people, chosen.organizations), session };
}
