import { z } from "zod";
import type { Relationship } from "../../db/schema-programs.ts";
import { can } from "../../server/authz/index.ts";
import type { Actor } from "../../server/context.ts";
import { type PersonCard, personCardSchema } from "../mentor-requests/presenters.ts";

/** Either person may step back from a match made for them within this many days of its start. */
export const DECLINE_WINDOW_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export const relationshipSchema = z.object({
  id: z.uuid(),
  program: z.object({ slug: z.string(), name: z.string() }),
  myRole: z.enum(["mentee", "mentor"]),
  other: personCardSchema,
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

export function presentRelationship(
  actor: Actor,
  relationship: Relationship,
  program: { slug: string; name: string },
  other: PersonCard,
  now = new Date(),
) {
  const mine: "mentee" | "mentor" = relationship.menteeId === actor.personId ? "mentee" : "mentor";
  const confirmedByMe =
    (mine === "mentee" ? relationship.menteeConfirmedAt : relationship.mentorConfirmedAt) !== null;
  const confirmedByOther =
    (mine === "mentee" ? relationship.mentorConfirmedAt : relationship.menteeConfirmedAt) !== null;
  const readsReason = can(actor, "relationship.readDeclineReason", {
    organizationId: relationship.organizationId,
    personId: relationship.declinedById ?? undefined,
  });
  return {
    id: relationship.id,
    program: { slug: program.slug, name: program.name },
    myRole: mine,
    other,
    status: relationship.status,
    source: relationship.source,
    reasons: reasonsOf(relationship.reasons),
    confirmedByMe,
    confirmedByOther,
    declinedByMe: relationship.declinedById === actor.personId,
    myDeclineReason: readsReason ? relationship.declineReason : null,
    canConfirm: relationship.status === "proposed" && !confirmedByMe,
    canDecline: canStillDecline(relationship, now),
    canAskForRematch: relationship.status === "active",
    createdAt: relationship.createdAt.toISOString(),
    startedAt: relationship.startedAt?.toISOString() ?? null,
    endedAt: relationship.endedAt?.toISOString() ?? null,
  };
}

export function presentRelationshipMetadata(relationship: Relationship) {
  return {
    id: relationship.id,
    programId: relationship.programId,
    status: relationship.status,
    source: relationship.source,
    createdAt: relationship.createdAt.toISOString(),
    startedAt: relationship.startedAt?.toISOString() ?? null,
    endedAt: relationship.endedAt?.toISOString() ?? null,
    declinedAt: relationship.declinedAt?.toISOString() ?? null,
  };
}
