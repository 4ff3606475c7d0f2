/**
 * Hire dates as HR files write them. Always understood: ISO (2021-04-03, also with a time after
 * it), 2021/04/03, and dotted day-first dates (03.04.2021, the German and Nordic way). Dates with
 * slashes or dashes and the year last (03/04/2021) are day-first in most of the world and
 * month-first in the US: the file's order is chosen by the admin, or found from the file itself
 * when some date settles it (a 25 can only be a day), and otherwise such a date is refused with
 * a reason rather than guessed.
 */

export type DayMonthOrder = "dmy" | "mdy";
export type ReadDate = { ok: true; value: string } | { ok: false; reason: string };

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_LAST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function daysIn(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(raw: string, year: number, month: number, day: number): ReadDate {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: `The hire date “${raw}” isn't a date that exists.` };
  }
  if (year < 1900 || year > 2200) {
    return { ok: false, reason: `The hire date “${raw}” should be between 1900 and 2200.` };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** Reads a slash date's two leading numbers as day-first or month-first when one of them says so. */
export function dayMonthEvidence(raw: string): DayMonthOrder | null {
  const match = YEAR_LAST.exec(raw.trim());
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return null;
}

/**
 * The order a file's slash dates follow, from every hire date in it: the one all the telling
 * dates agree on, or null when none tells (or they disagree).
 */
export function inferDayMonthOrder(values: Iterable<string>): DayMonthOrder | null {
  let dmy = false;
  let mdy = false;
  for (const value of values) {
    const evidence = dayMonthEvidence(value);
    if (evidence === "dmy") dmy = true;
    if (evidence === "mdy") mdy = true;
  }
  if (dmy === mdy) return null;
  return dmy ? "dmy" : "mdy";
}

/** A hire date as yyyy-mm-dd, or the reason it can't be read. `order` null: not known. */
export function readDate(raw: string, order: DayMonthOrder | null): ReadDate {
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) return build(value, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED.exec(value);
  if (dotted) return build(value, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast) {
    const a = Number(yearLast[1]);
    const b = Number(yearLast[2]);
    const year = Number(yearLast[3]);
    const chosen = order ?? dayMonthEvidence(value) ?? (a === b ? "dmy" : null);
    if (!chosen) {
      const first = `${a} ${MONTHS[b - 1] ?? "?"}`;
      const second = `${MONTHS[a - 1] ?? "?"} ${b}`;
      return {
        ok: false,
        reason: `The hire date “${value}” could be ${first} or ${second}. Choose whether this file writes the day or the month first, and check again.`,
      };
    }
    return chosen === "dmy" ? build(value, year, b, a) : build(value, year, a, b);
  }
  if (SHORT_YEAR.test(value)) {
    return {
      ok: false,
      reason: `The hire date “${value}” has a two-digit year. Please use four digits, for example 2021-04-03.`,
    };
  }
  if (/^\d{5}(\.\d+)?$/.test(value)) {
    return {
      ok: false,
      reason: `The hire date “${value}” looks like a spreadsheet's date number. Format the column as a date (for example 2021-04-03) before exporting.`,
    };
  }
  return {
    ok: false,
    reason: `We couldn't read the hire date “${value.slice(0, 40)}”. Please write it like 2021-04-03.`,
  };
}
