import { eq } from "drizzle-orm";
import { people } from "../../db/schema.ts";
import type { TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { insertEnrollment, insertProgram } from "../enrollment/test-support.ts";

export type Member = Awaited<ReturnType<typeof createPerson>> & { client: TestClient };

/** A signed-in person of the organization. */
export async function member(
  t: TestApp,
  organizationId: string,
  values: {
    name?: string;
    department?: string;
    managerId?: string;
    role?: "admin" | "member";
  } = {},
): Promise<Member> {
  const person = await createPerson(t.db, {
    organizationId,
    ...(values.name ? { name: values.name } : {}),
    ...(values.role ? { role: values.role } : {}),
  });
  if (values.department || values.managerId) {
    await t.db
      .update(people)
      .set({ department: values.department ?? null, managerId: values.managerId ?? null })
      .where(eq(people.id, person.id));
  }
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return { ...person, client };
}

/** A program where mentees choose their mentor, in the matching state. */
export async function choiceProgram(
  t: TestApp,
  organizationId: string,
  values: { managerIds?: string[]; responseDays?: number; mode?: string } = {},
) {
  return insertProgram(t.db, {
    organizationId,
    state: "matching",
    kind: "career",
    matching: {
      mode: values.mode ?? "choice",
      shortlistSize: 5,
      responseDays: values.responseDays ?? 5,
    },
    ...(values.managerIds ? { managerIds: values.managerIds } : {}),
  });
}

export async function enrol(
  t: TestApp,
  program: { id: string; organizationId: string },
  person: { id: string },
  as: { mentor?: number; mentee?: boolean },
) {
  await insertEnrollment(t.db, {
    organizationId: program.organizationId,
    programId: program.id,
    personId: person.id,
    asMentee: as.mentee ?? false,
    asMentor: as.mentor !== undefined,
    mentorCapacity: as.mentor ?? 1,
    status: "submitted",
    submittedAt: new Date(),
  });
}
