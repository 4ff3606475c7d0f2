import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import type { Commitment } from "../../db/schema-relationships.ts";
import { can } from "../../server/authz/index.ts";
import type { Actor, Ctx } from "../../server/context.ts";
import { personCards } from "../mentor-requests/person-cards.ts";

export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** Names of the people an answer mentions, of the actor's organization only. */
export async function namesOf(
  db: Executor,
  organizationId: string,
  ids: readonly (string | null)[],
): Promise<(id: string | null) => PersonRef | null> {
  return nameFrom(
    await personCards(
      db,
      organizationId,
      ids.filter((id): id is string => id !== null),
    ),
  );
}

/** Names from cards already read; "Someone" for a person who isn't among them. */
export const nameFrom =
  (cards: ReadonlyMap<string, { name: string }>) =>
  (id: string | null): PersonRef | null =>
    id === null ? null : { id, name: cards.get(id)?.name ?? "Someone" };

export const commitmentStatusSchema = z.enum(["open", "done", "dropped"]);

export const commitmentSchema = z.object({
  id: z.uuid(),
  relationshipId: z.uuid(),
  /** The session it was made in, and when that session was. */
  sessionId: z.uuid(),
  madeInSessionAt: z.iso.datetime(),
  owner: personRefSchema,
  text: z.string(),
  /** YYYY-MM-DD, or null when no date was set. */
  dueOn: z.string().nullable(),
  status: commitmentStatusSchema,
  /** A word on why it was dropped (only for dropped ones). */
  dropReason: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  /** Open, with a due date before today (in the reader's time zone). */
  overdue: z.boolean(),
  createdBy: personRefSchema.nullable(),
  createdAt: z.iso.datetime(),
  /** Only a commitment's owner changes its words or its status. */
  canChange: z.boolean(),
});
export type CommitmentView = z.infer<typeof commitmentSchema>;

export function presentCommitment(
  actor: Actor,
  commitment: Commitment,
  madeInSessionAt: Date,
  name: (id: string | null) => PersonRef | null,
  today: string,
): CommitmentView {
  return {
    id: commitment.id,
    relationshipId: commitment.relationshipId,
    sessionId: commitment.sessionId,
    madeInSessionAt: madeInSessionAt.toISOString(),
    owner: name(commitment.ownerId) ?? { id: commitment.ownerId, name: "Someone" },
    text: commitment.text,
    dueOn: commitment.dueOn,
    status: commitment.status,
    dropReason: commitment.status === "dropped" ? commitment.dropReason : null,
    closedAt: commitment.closedAt?.toISOString() ?? null,
    overdue: isOverdue(commitment, today),
    createdBy: name(commitment.createdById),
    createdAt: commitment.createdAt.toISOString(),
    canChange: can(actor, "relationship.ownContent", {
      organizationId: commitment.organizationId,
      personId: commitment.ownerId,
    }),
  };
}

/** Overdue first, then earlier due dates, undated last, then oldest first (ISO strings sort). */
export function byDueDate(
  a: { overdue: boolean; dueOn: string | null; createdAt: string },
  b: { overdue: boolean; dueOn: string | null; createdAt: string },
) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export const isOverdue = (commitment: Pick<Commitment, "status" | "dueOn">, today: string) =>
  commitment.status === "open" && commitment.dueOn !== null && commitment.dueOn < today;

/** Today's date (YYYY-MM-DD) where the person is; UTC when their time zone is unknown. */
export function todayIn(timeZone: string | null, now: Date): string {
  try {
    return new Intl.DateTimeFormat("en-CA", {
      timeZone: timeZone ?? "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The reader's "today", for overdue flags. */
export async function actorToday(db: Executor, ctx: Ctx, now: Date) {
  const [me] = await db
    .select({ timeZone: people.timeZone })
    .from(people)
    .where(eq(people.id, ctx.actor.personId));
  return todayIn(me?.timeZone ?? null, now);
}

export const agendaItemSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  section: z.enum(["reflect", "select", "act", "other"]),
  text: z.string(),
  addedBy: personRefSchema.nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  /** Only the person who added an item changes its words or removes it. */
  canEdit: z.boolean(),
});
export type AgendaItemView = z.infer<typeof agendaItemSchema>;

export function presentAgendaItem(
  actor: Actor,
  item: {
    id: string;
    sessionId: string;
    organizationId: string;
    section: "reflect" | "select" | "act" | "other";
    text: string;
    addedById: string | null;
    doneAt: Date | null;
    createdAt: Date;
  },
  name: (id: string | null) => PersonRef | null,
): AgendaItemView {
  return {
    id: item.id,
    sessionId: item.sessionId,
    section: item.section,
    text: item.text,
    addedBy: name(item.addedById),
    done: item.doneAt !== null,
    doneAt: item.doneAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
    canEdit:
      item.addedById !== null &&
      can(actor, "relationship.ownContent", {
        organizationId: item.organizationId,
        personId: item.addedById,
      }),
  };
}

export const sharedNoteSchema = z.object({
  body: z.string(),
  /** Send this back when saving; 0 before anyone has written anything. */
  version: z.number().int(),
  updatedBy: personRefSchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type SharedNoteView = z.infer<typeof sharedNoteSchema>;

export const personalNoteSchema = z.object({
  body: z.string(),
  updatedAt: z.iso.datetime().nullable(),
});
