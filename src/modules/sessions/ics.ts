import { createEvent } from "ics";

/**
 * A session's calendar invitation (iCalendar, RFC 5545), built with the `ics` package. Pure but
 * for DTSTAMP, which the package stamps with the current time.
 *
 * One event per session, for its whole life: the UID never changes, and SEQUENCE (the session's
 * ics_sequence, bumped on every change) tells calendars which version is newer, so a reschedule
 * moves the event people already have and a cancellation removes it. Times are written in UTC;
 * each calendar shows them on its owner's clock. The description holds only a link to the
 * session page: never notes, agenda or commitments (calendars are shared and synced widely).
 */
export type InviteMethod = "REQUEST" | "CANCEL";

export type SessionInvite = {
  sessionId: string;
  startsAt: Date;
  durationMinutes: number;
  channel: "in_person" | "video" | "phone";
  channelDetail: string | null;
  /** The session's ics_sequence. */
  sequence: number;
  /** Confirmed, or proposed (shown as tentative until the others confirm). */
  confirmed: boolean;
  method: InviteMethod;
  title: string;
  sessionUrl: string;
  /** MAIL_FROM, e.g. "Mutual <mutual@example.org>". */
  organizer: string;
  attendees: readonly { name: string; email: string }[];
};

export const sessionUid = (sessionId: string) => `${sessionId}@mutual`;

/** "Mutual <mutual@example.org>" → { name: "Mutual", email: "mutual@example.org" }. */
export function parseMailbox(value: string): { name?: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (match?.[2]) {
    const name = match[1]?.trim();
    return name ? { name, email: match[2].trim() } : { email: match[2].trim() };
  }
  return { email: value.trim() };
}

/** "Mentoring: Mina & Theo" for a pair; a circle's own name. */
export function inviteTitle(input: {
  kind: "pair" | "circle";
  name: string | null;
  memberNames: string[];
}) {
  if (input.kind === "circle") return input.name?.trim() || "Mentoring circle";
  return `Mentoring: ${input.memberNames.join(" & ")}`;
}

const isWebLink = (value: string) => /^https?:\/\/\S+$/i.test(value);

const channelWords = { in_person: "In person", video: "Video call", phone: "Phone call" } as const;

/** Addresses the `ics` package accepts (plain ASCII); others are left off rather than fail. */
const isPlainAddress = (email: string) => /^[\x21-\x3f\x41-\x7e]+@[a-z0-9.-]+$/i.test(email);

export function buildSessionInvite(invite: SessionInvite): string {
  const detail = invite.channelDetail?.trim() || null;
  const start = invite.startsAt.getTime();
  const event = {
    productId: "-//Mutual//Mentoring sessions//EN",
    method: invite.method,
    uid: sessionUid(invite.sessionId),
    sequence: invite.sequence,
    start,
    startInputType: "utc" as const,
    startOutputType: "utc" as const,
    end: start + invite.durationMinutes * 60_000,
    endInputType: "utc" as const,
    endOutputType: "utc" as const,
    title: invite.title,
    description: `Your agenda and notes are on the session page in Mutual: ${invite.sessionUrl}`,
    location: detail ?? channelWords[invite.channel],
    status:
      invite.method === "CANCEL"
        ? ("CANCELLED" as const)
        : invite.confirmed
          ? ("CONFIRMED" as const)
          : ("TENTATIVE" as const),
    organizer: parseMailbox(invite.organizer),
  };
  const attendees = invite.attendees.map((attendee) => ({
    name: attendee.name,
    email: attendee.email,
    rsvp: false,
    role: "REQ-PARTICIPANT" as const,
  }));
  // The package validates links and addresses strictly; an unusual one must never stop a
  // session from being confirmed, so each attempt leaves out a little more.
  const attempts = [
    { ...event, ...(detail && isWebLink(detail) ? { url: detail } : {}), attendees },
    { ...event, attendees: attendees.filter((a) => isPlainAddress(a.email)) },
    event,
    { ...event, organizer: undefined },
  ];
  let failure: Error | null = null;
  for (const attempt of attempts) {
    const { value, error } = createEvent(attempt);
    if (!error && value) return value;
    failure = error ?? failure;
  }
  throw failure ?? new Error("the calendar invite came out empty");
}
