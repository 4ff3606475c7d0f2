import type { Executor } from "../../db/client.ts";
import type { Relationship } from "../../db/schema-programs.ts";
import type { MentoringSession } from "../../db/schema-relationships.ts";
import { queueEmail } from "../email/queue-email.ts";
import { type EmailContent, renderEmail } from "../email/templates.ts";
import { type Notice, notifyMany } from "../notifications/notify.ts";
import { buildSessionInvite, type InviteMethod } from "./ics.ts";
import { formatInZone, safeTimeZone, zoneWords } from "./local-time.ts";
import { type SessionMember, sessionTitle } from "./members.ts";

/**
 * What sessions tell people, by email and in the app. Only times, names and links: never the
 * agenda, notes or the meeting link (administrators read email bodies in the Outbox when SMTP is
 * off; the meeting link travels only inside the calendar invite, for the members' calendars).
 */

type Context = {
  relationship: Relationship;
  session: MentoringSession;
  members: readonly SessionMember[];
  baseUrl: string;
  mailFrom: string;
};

export const sessionsTabPath = (relationshipId: string) =>
  `/relationships/${relationshipId}?tab=sessions`;
export const sessionPagePath = (relationshipId: string, sessionId: string) =>
  `/relationships/${relationshipId}/sessions/${sessionId}`;

/** "Tue 8 Dec, 14:00 (Berlin time)" on this person's clock. */
export function timeFor(member: { timeZone: string | null }, at: Date): string {
  const zone = safeTimeZone(member.timeZone);
  return `${formatInZone(at, zone)} (${zoneWords(zone)})`;
}

/** "with Theo", or "in Product leads" for a circle. */
function withWhom(context: Context, to: SessionMember): string {
  if (context.relationship.kind === "circle") {
    return `in ${context.relationship.name?.trim() || "your circle"}`;
  }
  const others = context.members.filter((m) => m.id !== to.id).map((m) => m.name);
  return `with ${others.join(" and ") || "your mentoring partner"}`;
}

function nameOf(context: Context, personId: string | null): string {
  return context.members.find((m) => m.id === personId)?.name ?? "Someone";
}

export function calendarFor(context: Context, method: InviteMethod): string {
  return buildSessionInvite({
    sessionId: context.session.id,
    startsAt: context.session.startsAt,
    durationMinutes: context.session.durationMinutes,
    channel: context.session.channel,
    channelDetail: context.session.channelDetail,
    sequence: context.session.icsSequence,
    confirmed: context.session.status === "confirmed",
    method,
    title: sessionTitle(context.relationship, context.members),
    sessionUrl: `${context.baseUrl}${sessionPagePath(context.relationship.id, context.session.id)}`,
    organizer: context.mailFrom,
    attendees: context.members
      .filter((m) => m.active)
      .map((m) => ({ name: m.name, email: m.email })),
  });
}

/**
 * Tells everyone but `by` (in the app and by email), and sends `by` the email alone: the person
 * who acted needs the calendar invite too, not a notice about their own click.
 */
async function tellEveryone(
  tx: Executor,
  context: Context,
  by: string,
  make: (to: SessionMember) => { kind: string; title: string; body: string; email: EmailContent },
): Promise<string[]> {
  const notices: Notice[] = [];
  const ids: string[] = [];
  for (const to of context.members) {
    if (!to.active) continue;
    const message = make(to);
    if (to.id === by) {
      if (message.email.calendar) {
        ids.push(
          await queueEmail(tx, {
            organizationId: context.relationship.organizationId,
            to: to.email,
            content: message.email,
          }),
        );
      }
      continue;
    }
    notices.push({
      organizationId: context.relationship.organizationId,
      personId: to.id,
      kind: message.kind,
      title: message.title,
      body: message.body,
      link: sessionsTabPath(context.relationship.id),
      email: message.email,
    });
  }
  ids.push(...(await notifyMany(tx, notices)));
  return ids;
}

const sessionsLink = (context: Context) => ({
  link: `${context.baseUrl}${sessionsTabPath(context.relationship.id)}`,
  label: "See your sessions",
});

/** Someone proposed a time: the others may confirm it (no invite until then). */
export function notifyProposed(tx: Executor, context: Context, by: string) {
  return tellEveryone(tx, context, by, (to) => {
    const when = timeFor(to, context.session.startsAt);
    const title = `${nameOf(context, by)} proposed a session: ${when}`;
    const next =
      context.relationship.kind === "circle" && to.role !== "facilitator"
        ? "It's settled once a facilitator confirms it."
        : "Confirm it, or suggest another time.";
    const body = `${nameOf(context, by)} would like to meet ${withWhom(context, to)} on ${when}, for ${context.session.durationMinutes} minutes. ${next}`;
    return {
      kind: "session.proposed",
      title,
      body,
      email: renderEmail(title, [
        { text: `Hi ${to.name},` },
        { text: body },
        sessionsLink(context),
      ]),
    };
  });
}

/** The time is settled (confirmed, or moved once confirmed): everyone gets the calendar invite. */
export function notifyInvite(
  tx: Executor,
  context: Context,
  by: string,
  change: "confirmed" | "rescheduled",
) {
  const calendar = calendarFor(context, "REQUEST");
  return tellEveryone(tx, context, by, (to) => {
    const when = timeFor(to, context.session.startsAt);
    const tentative = context.session.status !== "confirmed";
    const title =
      change === "confirmed"
        ? `Session confirmed: ${when}`
        : tentative
          ? `${nameOf(context, by)} suggested a new time: ${when}`
          : `Session moved to ${when}`;
    const body =
      change === "confirmed"
        ? `Your session ${withWhom(context, to)} is on ${when}, for ${context.session.durationMinutes} minutes. The calendar invite is attached.`
        : tentative
          ? `${nameOf(context, by)} would like to move your session ${withWhom(context, to)} to ${when}. It stays in your calendar as tentative until it's confirmed.`
          : `${nameOf(context, by)} moved your session ${withWhom(context, to)} to ${when}. Your calendar invite is updated.`;
    return {
      kind: `session.${change}`,
      title,
      body,
      email: {
        ...renderEmail(title, [{ text: `Hi ${to.name},` }, { text: body }, sessionsLink(context)]),
        calendar,
      },
    };
  });
}

/** A cancelled session: the calendar event is withdrawn when an invite had gone out. */
export function notifyCancelled(tx: Executor, context: Context, by: string, invited: boolean) {
  const calendar = invited ? calendarFor(context, "CANCEL") : undefined;
  return tellEveryone(tx, context, by, (to) => {
    const when = timeFor(to, context.session.startsAt);
    const title = `Session cancelled: ${when}`;
    const body = `${nameOf(context, by)} cancelled the session ${withWhom(context, to)} on ${when}. You can plan another time whenever suits you.`;
    const email = renderEmail(title, [
      { text: `Hi ${to.name},` },
      { text: body },
      sessionsLink(context),
    ]);
    return {
      kind: "session.cancelled",
      title,
      body,
      email: calendar ? { ...email, calendar } : email,
    };
  });
}

/** The day before: a reminder with the time on each person's clock, and nothing else. */
export function reminderNotices(context: Context): Notice[] {
  return context.members
    .filter((to) => to.active)
    .map((to) => {
      const when = timeFor(to, context.session.startsAt);
      const title = `Reminder: session ${withWhom(context, to)}, ${when}`;
      const body = `Your session ${withWhom(context, to)} is coming up on ${when}. A look at the agenda beforehand helps you both make the most of it.`;
      const page = sessionPagePath(context.relationship.id, context.session.id);
      return {
        organizationId: context.relationship.organizationId,
        personId: to.id,
        kind: "session.reminder",
        title,
        body,
        link: page,
        email: renderEmail(title, [
          { text: `Hi ${to.name},` },
          { text: body },
          { link: `${context.baseUrl}${page}`, label: "Open the session" },
        ]),
      };
    });
}
