import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { MemberCard, MemberRole } from "../relationships/api.ts";

/** What a relationship is called on the cockpit: the other person, or the circle's name. */
interface WithWhom {
  relationshipId: string;
  kind: "pair" | "circle";
  title: string;
}

export interface CockpitSession extends WithWhom {
  sessionId: string;
  startsAt: string;
  durationMinutes: number;
  channel: "in_person" | "video" | "phone";
  status: "proposed" | "confirmed";
  needsMyConfirmation: boolean;
}

export interface CockpitCommitment extends WithWhom {
  commitmentId: string;
  text: string;
  dueOn: string | null;
  overdue: boolean;
  sessionId: string;
  sessionStartsAt: string;
}

export interface CockpitRelationship extends WithWhom {
  status: "proposed" | "active" | "declined" | "ended";
  myRole: MemberRole;
  program: { slug: string; name: string };
  others: MemberCard[];
  step: string;
  statusPhrase: string;
  nextStep: string | null;
  tab: "agreement" | "sessions" | "close" | null;
  stalled: boolean;
  startedAt: string | null;
}

export interface Cockpit {
  upcomingSessions: CockpitSession[];
  openCommitments: CockpitCommitment[];
  relationships: CockpitRelationship[];
  toDo: {
    mentorRequests: number;
    matchConfirmations: number;
    attendance: (WithWhom & { sessionId: string; startsAt: string })[];
    checkIns: (WithWhom & { checkInId: string; checkInKind: "fit" | "regular"; dueAt: string })[];
  };
}

export const cockpitQuery = queryOptions({
  queryKey: ["cockpit"],
  queryFn: () => get<Cockpit>("/me/cockpit"),
  // Work done on other pages (a check-in answered, a session confirmed) shows on coming home.
  staleTime: 0,
});

const DAY = 24 * 60 * 60 * 1000;
const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});
const shortDate = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

/** "Today, 14:00", "Tomorrow, 09:30", else "Thu 10 Dec, 14:00" — in the reader's time zone. */
export function whenLabel(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(at) - startOf(now)) / DAY);
  if (days === 0) return `Today, ${time.format(at)}`;
  if (days === 1) return `Tomorrow, ${time.format(at)}`;
  return dayAndTime.format(at);
}

/** A date-only value ("2026-12-10") as "10 Dec", read as a calendar day, not a UTC instant. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return shortDate.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** An instant's calendar day where the reader is: "10 Dec". */
export function dateLabel(iso: string): string {
  return shortDate.format(new Date(iso));
}
