import { z } from "zod";
import type { Relationship } from "../../db/schema-programs.ts";
import { can } from "../../server/authz/index.ts";
import type { Actor } from "../../server/context.ts";
import { type PersonCard, personCardSchema } from "../mentor-requests/presenters.ts";

/** Either person may step back from a match made for them within this many days of its start. */
export const DECLINE_WINDOW_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export const memberRoleSchema = z.enum(["mentor", "mentee", "facilitator", "member"]);
export const memberCardSchema = personCardSchema.extend({ role: memberRoleSchema });
export type MemberCard = z.infer<typeof memberCardSchema>;

export const relationshipSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["pair", "circle"]),
  /** A circle's name; null for pairs. */
  name: z.string().nullable(),
  program: z.object({ slug: z.string(), name: z.string() }),
  myRole: memberRoleSchema,
  /** For a pair, the other person; for a circle, its (first) facilitator or another member. */
  other: personCardSchema,
  /** Everyone in it except me. */
  others: z.array(memberCardSchema),
  /** When everyone had accepted the agreement. */
  agreedAt: z.iso.datetime().nullable(),
  status: z.enum(["proposed", "active", "declined", "ended"]),
  source: z.enum(["bulk", "choice", "hybrid", "manual"]),
  reasons: z.array(z.string()),
  confirmedByMe: z.boolean(),
  confirmedByOther: z.boolean(),
  declinedByMe: z.boolean(),
  /** Only ever shown to the person who declined. */
  myDeclineReason: z.string().nullable(),
  canConfirm: z.boolean(),
  canDecline: z.boolean(),
  canAskForRematch: z.boolean(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
});

/** What a program manager or administrator may know about a match: that it exists, and when. */
export const relationshipMetadataSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["pair", "circle"]),
  programId: z.uuid(),
  status: z.enum(["proposed", "active", "declined", "ended"]),
  source: z.enum(["bulk", "choice", "hybrid", "manual"]),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  declinedAt: z.iso.datetime().nullable(),
});

const reasonsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((r): r is string => typeof r === "string") : [];

/** A bulk match that started less than two weeks ago may still be declined. */
export function canStillDecline(relationship: Relationship, now: Date) {
  if (relationship.status === "proposed") return true;
  if (relationship.status !== "active" || relationship.source !== "bulk") return false;
  const since = (relationship.startedAt ?? relationship.createdAt).getTime();
  return now.getTime() - since <= DECLINE_WINDOW_DAYS * DAY;
}

const personCardOf = ({ role: _role, ...card }: MemberCard): PersonCard => card;

const nobodyYet = (id: string): PersonCard => ({
  id,
  name: "Nobody yet",
  title: null,
  department: null,
  location: null,
  photoUrl: null,
});

export function presentRelationship(
  actor: Actor,
  relationship: Relationship,
  program: { slug: string; name: string },
  members: MemberCard[],
  now = new Date(),
) {
  const me = members.find((m) => m.id === actor.personId);
  const others = members.filter((m) => m.id !== actor.personId);
  const lead =
    others.find((m) => m.role === "mentor" || m.role === "facilitator") ??
    others.find((m) => m.role === "mentee") ??
    others[0];
  const other: PersonCard = lead ? personCardOf(lead) : nobodyYet(actor.personId);
  const myRole = me?.role ?? "member";
  // A pair's mentee confirms on the mentee's side, its mentor on the other; a circle starts
  // confirmed on both.
  const [mine, theirs] =
    myRole === "mentee"
      ? [relationship.menteeConfirmedAt, relationship.mentorConfirmedAt]
      : [relationship.mentorConfirmedAt, relationship.menteeConfirmedAt];
  const confirmedByMe = mine !== null;
  const confirmedByOther = theirs !== null;
  const readsReason = can(actor, "relationship.readDeclineReason", {
    organizationId: relationship.organizationId,
    personId: relationship.declinedById ?? undefined,
  });
  return {
    id: relationship.id,
    kind: relationship.kind,
    name: relationship.name,
    program: { slug: program.slug, name: program.name },
    myRole,
    other,
    others,
    agreedAt: relationship.agreedAt?.toISOString() ?? null,
    status: relationship.status,
    source: relationship.source,
    reasons: reasonsOf(relationship.reasons),
    confirmedByMe,
    confirmedByOther,
    declinedByMe: relationship.declinedById === actor.personId,
    myDeclineReason: readsReason ? relationship.declineReason : null,
    canConfirm: relationship.status === "proposed" && !confirmedByMe,
    canDecline: canStillDecline(relationship, now),
    canAskForRematch: relationship.status === "active" && relationship.kind === "pair",
    createdAt: relationship.createdAt.toISOString(),
    startedAt: relationship.startedAt?.toISOString() ?? null,
    endedAt: relationship.endedAt?.toISOString() ?? null,
  };
}

export function presentRelationshipMetadata(relationship: Relationship) {
  return {
    id: relationship.id,
    kind: relationship.kind,
    programId: relationship.programId,
    status: relationship.status,
    source: relationship.source,
    createdAt: relationship.createdAt.toISOString(),
    startedAt: relationship.startedAt?.toISOString() ?? null,
    endedAt: relationship.endedAt?.toISOString() ?? null,
    declinedAt: relationship.declinedAt?.toISOString() ?? null,
  };
}
