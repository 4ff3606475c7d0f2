import { and, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { enrollments, programs, relationships } from "../../db/schema-programs.ts";

/**
 * A mentor's places left in a program: their capacity minus proposed and active relationships.
 * With `lock`, the mentor's enrollment row is locked first, so two acceptances for the last
 * place run one after the other and the second sees none left.
 */
export async function placesLeft(
  tx: Executor,
  input: { programId: string; mentorId: string; lock?: boolean },
) {
  const query = tx
    .select({ capacity: enrollments.mentorCapacity, status: enrollments.status })
    .from(enrollments)
    .where(
      and(eq(enrollments.programId, input.programId), eq(enrollments.personId, input.mentorId)),
    );
  const [enrollment] = input.lock ? await query.for("update") : await query;
  if (enrollment?.status !== "submitted") return 0;
  const [open] = await tx
    .select({ n: count() })
    .from(relationships)
    .where(
      and(
        eq(relationships.programId, input.programId),
        eq(relationships.mentorId, input.mentorId),
        inArray(relationships.status, ["proposed", "active"]),
      ),
    );
  return Math.max(0, enrollment.capacity - (open?.n ?? 0));
}

/** Names of people by id (for notices and lists). */
export async function namesOf(tx: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: people.id, name: people.name, preferredName: people.preferredName })
    .from(people)
    .where(inArray(people.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.preferredName?.trim() || r.name]));
}

export async function programById(tx: Executor, programId: string) {
  const [program] = await tx.select().from(programs).where(eq(programs.id, programId));
  if (!program) throw new Error("the program vanished");
  return program;
}
