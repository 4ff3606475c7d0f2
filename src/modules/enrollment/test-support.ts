import { randomBytes } from "node:crypto";
import type { Executor } from "../../db/client.ts";
import { enrollments, programManagers, programs } from "../../db/schema-programs.ts";

/** A program written straight to the database (the programs module's API is tested on its own). */
export async function insertProgram(
  db: Executor,
  values: Partial<typeof programs.$inferInsert> & { organizationId: string; managerIds?: string[] },
) {
  const { managerIds = [], ...rest } = values;
  const id = randomBytes(3).toString("hex");
  const [program] = await db
    .insert(programs)
    .values({
      slug: `program-${id}`,
      name: `Program ${id}`,
      purpose: "knowledge_transfer",
      state: "enrolling",
      ...rest,
    })
    .returning();
  if (!program) throw new Error("no program");
  for (const personId of managerIds) {
    await db
      .insert(programManagers)
      .values({ organizationId: program.organizationId, programId: program.id, personId });
  }
  return program;
}

export async function insertEnrollment(
  db: Executor,
  values: Partial<typeof enrollments.$inferInsert> & {
    organizationId: string;
    programId: string;
    personId: string;
  },
) {
  const [enrollment] = await db
    .insert(enrollments)
    .values({ asMentee: true, ...values })
    .returning();
  if (!enrollment) throw new Error("no enrollment");
  return enrollment;
}
