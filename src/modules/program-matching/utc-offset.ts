const formats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The offset of an IANA time zone from UTC at `when`, in minutes ("Asia/Kolkata" → 330), from
 * the runtime's Intl data, so daylight saving is whatever applies on that date. Null for a zone
 * Intl doesn't know.
 */
export function utcOffsetMinutes(timeZone: string, when: Date): number | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  if (!format) return null;
  const name = format.formatToParts(when).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}
