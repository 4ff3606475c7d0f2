import { inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type Person, people } from "../../db/schema.ts";
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
  const people = await peopleById(
    tx,
    members.map((m) => m.personId),
  );
  return asSessionMembers(organizationId, members, people);
}

type SessionPerson = Pick<
  Person,
  "id" | "organizationId" | "name" | "preferredName" | "email" | "timeZone" | "status"
>;

/** The people sessions speak to, read once for any number of relationships (the reminder job). */
export async function peopleById(
  tx: Executor,
  ids: readonly string[],
): Promise<Map<string, SessionPerson>> {
  if (ids.length === 0) return new Map<string, SessionPerson>();
  const rows = await tx
    .select({
      id: people.id,
      organizationId: people.organizationId,
      name: people.name,
      preferredName: people.preferredName,
      email: people.email,
      timeZone: people.timeZone,
      status: people.status,
    })
    .from(people)
    .where(inArray(people.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** One relationship's members from people already read: of its organization only, in order. */
export function asSessionMembers(
  organizationId: string,
  members: readonly { personId: string; role: MemberRole }[],
  byId: ReadonlyMap<string, SessionPerson>,
): SessionMember[] {
  // Mentee first, then mentor, facilitators and members: the order names are read in.
  const order: Record<MemberRole, number> = { mentee: 0, mentor: 1, facilitator: 2, member: 3 };
  return [...members]
    .sort((a, b) => order[a.role] - order[b.role])
    .flatMap((member) => {
      const person = byId.get(member.personId);
      if (!person || person.organizationId !== organizationId) return [];
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
