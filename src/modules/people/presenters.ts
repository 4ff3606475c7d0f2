import { z } from "zod";
import type { Organization, Person } from "../../db/schema.ts";

export const roleSchema = z.enum(["admin", "program_manager", "member"]);

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  /** What colleagues should call them, if it isn't their full name. */
  preferredName: z.string().nullable(),
  title: z.string().nullable(),
  bio: z.string().nullable(),
  role: roleSchema,
  organization: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
});
export type Me = z.infer<typeof meSchema>;

export const personSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  role: roleSchema,
  status: z.enum(["active", "deactivated"]),
  createdAt: z.iso.datetime(),
});
export type PersonView = z.infer<typeof personSchema>;

/** The signed-in person's own view. Lists fields one by one: a row is never returned whole. */
export function presentMe(person: Person, organization: Organization): Me {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    preferredName: person.preferredName?.trim() || null,
    title: person.title,
    bio: person.bio,
    role: person.role,
    organization: { id: organization.id, name: organization.name, slug: organization.slug },
  };
}

export function presentPerson(person: Person): PersonView {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    title: person.title,
    role: person.role,
    status: person.status,
    createdAt: person.createdAt.toISOString(),
  };
}
