import type { MemberRole, MentoringSession } from "../../db/schema-relationships.ts";

/**
 * Who may move a session along, among its members (the firewall has already let only members
 * in). Pure, so the list shows exactly the buttons the actions accept.
 *
 * - In a pair, the other person confirms a proposed time.
 * - In a circle, a facilitator's time needs no confirmation; a member's waits for a facilitator.
 * - Either person in a pair may move or cancel a session; in a circle, its facilitators and
 *   whoever proposed it.
 */
type Session = Pick<
  MentoringSession,
  "status" | "startsAt" | "durationMinutes" | "proposedById" | "confirmedAt"
>;
type Me = { personId: string; role: MemberRole | null; kind: "pair" | "circle" };

export const endOf = (session: Pick<Session, "startsAt" | "durationMinutes">) =>
  new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);

export const hasEnded = (session: Session, now: Date) => endOf(session).getTime() <= now.getTime();

export function mayConfirm(session: Session, me: Me, now: Date): boolean {
  if (session.status !== "proposed") return false;
  if (session.startsAt.getTime() <= now.getTime()) return false;
  if (session.proposedById === me.personId) return false;
  return me.kind === "pair" || me.role === "facilitator";
}

export function mayChange(session: Session, me: Me, now: Date): boolean {
  if (session.status === "cancelled" || hasEnded(session, now)) return false;
  return me.kind === "pair" || me.role === "facilitator" || session.proposedById === me.personId;
}

/** A time set by a circle's facilitator stands at once; anyone else's waits for a confirmation. */
export const settlesAtOnce = (me: Me) => me.kind === "circle" && me.role === "facilitator";

/** The members' calendars already hold this session (an invite went out when it was confirmed). */
export const inviteWentOut = (session: Session) => session.confirmedAt !== null;
