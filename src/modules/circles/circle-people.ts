import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { badRequest } from "../../server/errors.ts";

/**
 * The people named, each an active person of the organization, with the name they go by; a
 * clear 400 naming how many could not be found (never whom, since they may be elsewhere).
 */
export async function activePeopleOf(tx: Executor, organizationId: string, ids: string[]) {
  const rows = await tx
    .select({ id: people.id, name: people.name, preferredName: people.preferredName })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        eq(people.status, "active"),
        inArray(people.id, ids),
      ),
    );
  const missing = ids.length - new Set(rows.map((r) => r.id)).size;
  if (missing > 0) {
    throw badRequest(
      "circle_people_not_found",
      missing === 1
        ? "One of the people you picked isn't an active member of your organization. Pick someone else."
        : `${missing} of the people you picked aren't active members of your organization. Pick others.`,
    );
  }
  return new Map(rows.map((r) => [r.id, r.preferredName?.trim() || r.name]));
}
