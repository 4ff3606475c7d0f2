import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people, personPhotos } from "../../db/schema.ts";
import { photoUrl } from "../profiles/photos/photo-url.ts";
import type { PersonCard } from "./presenters.ts";

/** The little that a match or request shows about a person: name, role, team, place, photo. */
export async function personCards(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, PersonCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      preferredName: people.preferredName,
      title: people.title,
      department: people.department,
      location: people.location,
      photoVersion: personPhotos.version,
    })
    .from(people)
    .leftJoin(personPhotos, eq(personPhotos.personId, people.id))
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, [...new Set(ids)])));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.preferredName?.trim() || r.name,
        title: r.title,
        department: r.department,
        location: r.location,
        photoUrl: photoUrl(r.id, r.photoVersion),
      },
    ]),
  );
}
