import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import type { ExistingPerson } from "./match-rows.ts";

/** Everyone in the organization, with the fields an import compares. */
export async function loadPeople(db: Executor, organizationId: string): Promise<ExistingPerson[]> {
  return db
    .select({
      id: people.id,
      email: sql<string>`lower(${people.email})`,
      employeeId: people.employeeId,
      name: people.name,
      preferredName: people.preferredName,
      title: people.title,
      department: people.department,
      location: people.location,
      timeZone: people.timeZone,
      languages: people.languages,
      hireDate: people.hireDate,
      managerId: people.managerId,
      status: people.status,
      role: people.role,
    })
    .from(people)
    .where(eq(people.organizationId, organizationId));
}

/** One import at a time per organization: the plan is made and written under this lock. */
export async function lockOrganizationImports(db: Executor, organizationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(727002, hashtext(${organizationId}::text))`);
}
