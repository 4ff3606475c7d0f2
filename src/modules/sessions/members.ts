import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import type { Relationship } from "../../db/schema-programs.ts";
import type { MemberRole } from "../../db/schema-relationships.ts";
import { inviteTitle } from "./ics.ts";

export type SessionMember = {
  id: string;
  name: string;
  email: string;
  timeZone: string | null;
  role: MemberRole;
  active: boolean;
};

/** The members of a relationship with what sessions need: names, addresses, time zones. */
export async function sessionMembers(
  tx: Executor,
  organizationId: string,
  members: readonly { personId: string; role: MemberRole }[],
): Promise<SessionMember[]> {
  if (members.length === 0) return [];
  const rows = await tx
    .select({
      id: people.id,
      name: people.name,
      preferredName: people.preferredName,
      email: people.email,
      timeZone: people.timeZone,
      status: people.status,
    })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(
          people.id,
          members.map((m) => m.personId),
        ),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Mentee first, then mentor, facilitators and members: the order names are read in.
  const order: Record<MemberRole, number> = { mentee: 0, mentor: 1, facilitator: 2, member: 3 };
  return [...members]
    .sort((a, b) => order[a.role] - order[b.role])
    .flatMap((member) => {
      const person = byId.get(member.personId);
      if (!person) return [];
      return [
        {
          id: person.id,
          name: person.preferredName?.trim() || person.name,
          email: person.email,
          timeZone: person.timeZone,
          role: member.role,
          active: person.status === "active",
        },
      ];
    });
}

/** A session's title: "Mentoring: Mina Mentee & Theo Mentor", or a circle's name. */
export function sessionTitle(relationship: Relationship, members: readonly SessionMember[]) {
  return inviteTitle({
    kind: relationship.kind,
    name: relationship.name,
    // Names as people write them (preferred name first): not every name starts with a given name.
    memberNames: members.map((m) => m.name),
  });
}

/** Facilitators lead a circle: their proposals need no one else's confirmation. */
export const isFacilitator = (role: MemberRole | null) => role === "facilitator";
