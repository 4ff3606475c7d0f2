import { randomBytes } from "node:crypto";
import type { Executor } from "../db/client.ts";
import { organizations, people, type Role } from "../db/schema.ts";
import { hashPassword } from "../modules/auth/passwords.ts";

export const TEST_PASSWORD = "a long test password";
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString("hex");

/** An organization with unique name and slug. */
export async function createOrganization(
  db: Executor,
  values: { name?: string; slug?: string } = {},
) {
  const id = unique();
  const [organization] = await db
    .insert(organizations)
    .values({ name: values.name ?? `Org ${id}`, slug: values.slug ?? `org-${id}` })
    .returning();
  if (!organization) throw new Error("no organization");
  return organization;
}

/** A person (creating their organization when none is given); password TEST_PASSWORD. */
export async function createPerson(
  db: Executor,
  values: {
    organizationId?: string;
    role?: Role;
    email?: string;
    name?: string;
    status?: "active" | "deactivated";
  } = {},
) {
  const organizationId = values.organizationId ?? (await createOrganization(db)).id;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = unique();
  const [person] = await db
    .insert(people)
    .values({
      organizationId,
      email: values.email ?? `person-${id}@example.test`,
      name: values.name ?? `Person ${id}`,
      role: values.role ?? "member",
      status: values.status ?? "active",
      passwordHash: await passwordHash,
    })
    .returning();
  if (!person) throw new Error("no person");
  return person;
}
