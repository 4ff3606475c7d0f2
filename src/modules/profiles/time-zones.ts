/**
 * IANA time zones, checked with the runtime's own Intl data (no list of our own to keep up to
 * date). Offsets such as "+02:00" are refused: a zone also knows its daylight-saving rules.
 */
let known: Map<string, string> | undefined;

function knownZones(): Map<string, string> {
  if (!known) {
    known = new Map(Intl.supportedValuesOf("timeZone").map((zone) => [zone.toLowerCase(), zone]));
    known.set("utc", "UTC");
  }
  return known;
}

/**
 * The zone's name as Intl spells it ("europe/berlin" → "Europe/Berlin"), or null when it isn't
 * an IANA time zone. Older aliases ("Asia/Calcutta", "US/Pacific") are accepted as they are.
 */
export function normalizeTimeZone(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "" || /^[+-]|^\d/.test(trimmed)) return null;
  const listed = knownZones().get(trimmed.toLowerCase());
  if (listed) return listed;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export const isValidTimeZone = (value: string) => normalizeTimeZone(value) !== null;
