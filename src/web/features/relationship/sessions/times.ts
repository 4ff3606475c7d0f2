import {
  describeForEveryone,
  fromLocalInput,
  safeTimeZone,
  toLocalInput,
  wallClock,
} from "../../../../modules/sessions/local-time.ts";
import type { SessionMember } from "./api.ts";

/**
 * Time zones for the sessions tab. Pure: the browser's own zone is passed in, so tests choose it.
 * My zone is the one on my profile, else my device's.
 */
export function myTimeZone(members: readonly SessionMember[], deviceZone: string): string {
  const me = members.find((m) => m.isMe);
  return safeTimeZone(me?.timeZone ?? deviceZone);
}

/** The others, with their zones (a missing one reads as UTC, as on the server). */
function othersOf(members: readonly SessionMember[]) {
  return members.filter((m) => !m.isMe).map((m) => ({ name: m.name, timeZone: m.timeZone }));
}

/** "Tue 8 Dec, 14:00 for you · 08:00 for Theo (New York)". */
export function describeSessionTime(
  startsAt: string,
  members: readonly SessionMember[],
  deviceZone: string,
): string {
  return describeForEveryone(
    new Date(startsAt),
    { timeZone: myTimeZone(members, deviceZone) },
    othersOf(members),
  );
}

/**
 * What a time typed in the planning form means for everyone, as I type it; null while the input
 * isn't a full date and time yet.
 */
export function previewLocalInput(
  value: string,
  members: readonly SessionMember[],
  deviceZone: string,
): string | null {
  const at = fromLocalInput(value, myTimeZone(members, deviceZone));
  if (!at) return null;
  return describeSessionTime(at.toISOString(), members, deviceZone);
}

/** The form's value as the server wants it (UTC ISO), or null when it isn't a time. */
export function localInputToIso(value: string, timeZone: string): string | null {
  return fromLocalInput(value, timeZone)?.toISOString() ?? null;
}

/** A sensible first suggestion: a week from now, at 10:00 on my clock. */
export function suggestedStart(now: Date, timeZone: string): string {
  const inAWeek = new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000);
  return `${wallClock(inAWeek, timeZone).date}T10:00`;
}

/** The datetime-local value for an existing session, on my clock (for moving it). */
export const toMyInput = (startsAt: string, timeZone: string) =>
  toLocalInput(new Date(startsAt), timeZone);
