/**
 * Session times across time zones, with the runtime's own Intl data (no library): what a moment
 * is on each member's clock, and which moment a wall-clock time typed in one zone means. Pure:
 * the server's emails and the web app's planning form share it.
 */

export type WallClock = {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
  /** Mon … Sun */
  weekday: string;
};

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** A time zone Intl knows, else UTC (people without a zone on their profile). */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function fields(instant: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday ?? "",
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** What the clock on the wall says at this moment in this zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const f = fields(instant, safeTimeZone(timeZone));
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
    weekday: f.weekday,
  };
}

/** The value a `datetime-local` input shows for this moment in this zone (YYYY-MM-DDTHH:mm). */
export function toLocalInput(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  return `${clock.date}T${clock.time}`;
}

/** Minutes the zone is ahead of UTC at this moment (Berlin in winter: 60; New York: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const f = fields(instant, safeTimeZone(timeZone));
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The moment a wall-clock time (a `datetime-local` value, YYYY-MM-DDTHH:mm) means in a zone, or
 * null when the text isn't one. A time skipped by a daylight-saving change (02:30 on the night
 * clocks go forward) moves forward by the gap, as clocks do; a time that happens twice (the night
 * clocks go back) is the first of the two.
 */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const zone = safeTimeZone(timeZone);
  // The offset can differ on either side of a change: try both and keep what reads back right.
  const before = offsetMinutes(new Date(asUtc - 24 * 3_600_000), zone);
  const after = offsetMinutes(new Date(asUtc + 24 * 3_600_000), zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .sort((a, b) => a.getTime() - b.getTime());
  const wanted = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`;
  const exact = candidates.find((candidate) => toLocalInput(candidate, zone) === wanted);
  if (exact) return exact;
  // In the gap: the clock jumps over it, so the same elapsed time lands after the jump.
  return new Date(asUtc - Math.min(before, after) * 60_000);
}

/** "New York" for America/New_York, "UTC" for UTC. */
export function placeOfZone(timeZone: string): string {
  const last = timeZone.split("/").pop() ?? timeZone;
  return last.replace(/_/g, " ");
}

/** "Berlin time", or "UTC". */
export const zoneWords = (timeZone: string) =>
  timeZone === "UTC" ? "UTC" : `${placeOfZone(timeZone)} time`;

/** "Tue 8 Dec, 14:00": short and unambiguous, in that zone. */
export function formatInZone(instant: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const clock = wallClock(instant, zone);
  const month = new Intl.DateTimeFormat("en-GB", { timeZone: zone, month: "short" }).format(
    instant,
  );
  return `${clock.weekday} ${Number(clock.date.slice(8, 10))} ${month}, ${clock.time}`;
}

export type Attendee = { name: string; timeZone: string | null };

/**
 * "Tue 8 Dec, 14:00 for you · 09:00 for Theo (New York)": my time in full, then each other
 * person's when their clock differs (with their weekday too when it's another day for them).
 */
export function describeForEveryone(
  instant: Date,
  me: { timeZone: string | null },
  others: readonly Attendee[],
): string {
  const myZone = safeTimeZone(me.timeZone);
  const mine = wallClock(instant, myZone);
  const parts = [`${formatInZone(instant, myZone)} for you`];
  for (const other of others) {
    const zone = safeTimeZone(other.timeZone);
    const theirs = wallClock(instant, zone);
    if (theirs.date === mine.date && theirs.time === mine.time) continue;
    const when = theirs.date === mine.date ? theirs.time : `${theirs.weekday} ${theirs.time}`;
    parts.push(`${when} for ${other.name} (${placeOfZone(zone)})`);
  }
  return parts.join(" · ");
}
