import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import { AppError, conflict } from "../../server/errors.ts";
import { hashPassword, passwordSchema } from "../auth/passwords.ts";
import { addDefaultQuestions } from "../profiles/questionnaire/default-questions.ts";
import {
  createOrganization,
  emailSchema,
  lockSetup,
  nameSchema,
  slugSchema,
} from "./create-organization.ts";

const createAdminInput = z.object({
  organizationSlug: slugSchema,
  organizationName: nameSchema.optional(),
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
});

/**
 * For operators (`mutual create-admin`): adds an administrator to an organization, creating the
 * organization when the slug is new — how a hosted instance gets its second organization.
 */
export async function createAdmin(db: Db, raw: z.input<typeof createAdminInput>) {
  const parsed = createAdminInput.safeParse(raw);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((i) => [i.path.join("."), i.message]),
    );
    throw new AppError("invalid_input", 422, "Some of the details aren't right:", { fields });
  }
  const input = parsed.data;
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    const [organization] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.slug, input.organizationSlug));
    if (!organization) {
      const created = await createOrganization(tx, {
        ...input,
        organizationName: input.organizationName ?? input.organizationSlug,
      });
      await addDefaultQuestions(tx, created.organization.id);
      return {
        createdOrganization: true,
        email: created.person.email,
        organizationName: created.organization.name,
      };
    }
    const [existing] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        sql`${people.organizationId} = ${organization.id} and lower(${people.email}) = ${input.email}`,
      );
    if (existing)
      throw conflict(
        "already_member",
        `${input.email} already has an account in “${organization.name}”.`,
      );
    await tx.insert(people).values({
      organizationId: organization.id,
      email: input.email,
      name: input.name,
      role: "admin",
      passwordHash: await hashPassword(input.password),
    });
    return { createdOrganization: false, email: input.email, organizationName: organization.name };
  });
}
