import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import { conflict } from "../../server/errors.ts";
import { hashPassword, passwordSchema } from "../auth/passwords.ts";

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
    "Use 2–40 lowercase letters, digits or hyphens (not at the start or end).",
  )
  .min(2, "Use 2–40 lowercase letters, digits or hyphens (not at the start or end).");

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Please enter a name.")
  .max(120, "Keep it to 120 characters.");
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("That doesn't look like an email address."))
  .pipe(z.string().max(254, "That email address is too long."));

export const createOrganizationInput = z.object({
  organizationName: nameSchema,
  organizationSlug: slugSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;

/** Creates an organization and its first administrator. Run inside a transaction. */
export async function createOrganization(tx: Executor, input: CreateOrganizationInput) {
  const [taken] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, input.organizationSlug));
  if (taken) {
    throw conflict(
      "slug_taken",
      `The address “${input.organizationSlug}” is already taken. Please choose another.`,
    );
  }
  const [organization] = await tx
    .insert(organizations)
    .values({ name: input.organizationName, slug: input.organizationSlug })
    .returning();
  if (!organization) throw new Error("organization insert returned no row");
  const [person] = await tx
    .insert(people)
    .values({
      organizationId: organization.id,
      email: input.email,
      name: input.name,
      role: "admin",
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  if (!person) throw new Error("person insert returned no row");
  return { organization, person };
}

/** Serializes first-run setup so two browsers racing through it can't both create an organization. */
export async function lockSetup(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
}
