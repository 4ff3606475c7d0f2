import { z } from "zod";
import { normalizeTimeZone } from "../profiles/time-zones.ts";
import { type ColumnMapping, type ImportField, LIMITS, type PersonValues } from "./fields.ts";
import { type DayMonthOrder, readDate } from "./read-date.ts";

/** Who a row says its manager is; absent when the file has no manager column. */
export type ManagerRef = { employeeId: string | null; email: string | null };

export type ReadRow =
  | {
      ok: true;
      line: number;
      values: PersonValues;
      /** undefined: no manager column (leave managers alone); null: no manager. */
      manager: ManagerRef | null | undefined;
    }
  | {
      ok: false;
      line: number;
      reason: string;
      /** What the row says about who it is, so a full sync never deactivates a rejected row's person. */
      employeeId: string | null;
      email: string | null;
    };

const emailFormat = z.email();
export const isEmail = (value: string) =>
  value.length <= LIMITS.email && emailFormat.safeParse(value).success;

/**
 * Exports written by Mutual put an apostrophe before cells starting with = + - @ so spreadsheets
 * don't run them as formulas; reading drops it again.
 */
export function unescapeCell(cell: string): string {
  const trimmed = cell.trim();
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

export function splitLanguages(value: string): string[] {
  const seen = new Set<string>();
  const languages: string[] = [];
  for (const part of value.split(/[,;|]/)) {
    const language = part.trim();
    const key = language.toLowerCase();
    if (!language || seen.has(key)) continue;
    seen.add(key);
    languages.push(language);
  }
  return languages;
}

export type RowContext = {
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Resolved day/month order for dates like 03/04/2021, null when unknown. */
  dayMonthOrder: DayMonthOrder | null;
};

/** Column index of each mapped field. */
export function fieldColumns(mapping: ColumnMapping): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  mapping.forEach((field, index) => {
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** Reads one record into a person's values, or says in plain words why it can't be imported. */
export function readRow(
  record: { line: number; cells: string[]; unclosedQuote?: boolean },
  context: RowContext,
  columns: Partial<Record<ImportField, number>> = fieldColumns(context.mapping),
): ReadRow {
  const { line, cells } = record;
  const cell = (field: ImportField): string | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : unescapeCell(cells[index] ?? "");
  };
  const rawEmployeeId = cell("employeeId");
  const rawEmail = cell("email");
  const reject = (reason: string): ReadRow => ({
    ok: false,
    line,
    reason,
    employeeId: rawEmployeeId || null,
    email: rawEmail ? rawEmail.toLowerCase() : null,
  });

  if (record.unclosedQuote) {
    return reject(
      'A quoted value starting on this line is never closed, so the rest of the file was read as part of it. Check the quotes (") on this line.',
    );
  }
  const extra = cells.slice(context.headers.length).filter((c) => c.trim() !== "");
  if (extra.length > 0) {
    return reject(
      `This row has ${cells.length} values but the header has ${context.headers.length} columns. A value with a comma or semicolon in it probably needs quotes.`,
    );
  }

  const email = rawEmail?.toLowerCase() ?? "";
  if (!email) return reject("This row has no work email, and every person needs one.");
  if (!isEmail(email)) return reject(`“${rawEmail?.slice(0, 80)}” isn't a valid email address.`);

  const fullName = cell("fullName");
  const joined = [cell("firstName"), cell("lastName")].filter(Boolean).join(" ");
  const name = fullName || joined;
  if (!name) {
    return reject("This row has no name: fill in the full name, or the first and last name.");
  }
  if (name.length > LIMITS.name) {
    return reject(`The name is longer than ${LIMITS.name} characters.`);
  }
  const values: PersonValues = { email, name };

  if (rawEmployeeId !== undefined) {
    if (rawEmployeeId.length > LIMITS.employeeId) {
      return reject(`The employee ID is longer than ${LIMITS.employeeId} characters.`);
    }
    values.employeeId = rawEmployeeId || null;
  }

  const texts = [
    ["preferredName", "preferred name"],
    ["title", "job title"],
    ["department", "department"],
    ["location", "location"],
  ] as const;
  for (const [field, label] of texts) {
    const value = cell(field);
    if (value === undefined) continue;
    if (value.length > LIMITS.text) {
      return reject(`The ${label} is longer than ${LIMITS.text} characters.`);
    }
    values[field] = value || null;
  }

  const timeZone = cell("timeZone");
  if (timeZone !== undefined) {
    if (timeZone) {
      const zone = normalizeTimeZone(timeZone);
      if (!zone) {
        return reject(
          `“${timeZone.slice(0, 40)}” isn't a time zone we know. Use a name like Europe/Lisbon or America/New_York.`,
        );
      }
      values.timeZone = zone;
    } else values.timeZone = null;
  }

  const languages = cell("languages");
  if (languages !== undefined) {
    const list = splitLanguages(languages);
    if (list.length > LIMITS.languages) {
      return reject(`This row lists ${list.length} languages; at most ${LIMITS.languages} fit.`);
    }
    const long = list.find((language) => language.length > LIMITS.language);
    if (long) return reject(`The language “${long.slice(0, 40)}…” is too long.`);
    values.languages = list;
  }

  const hireDate = cell("hireDate");
  if (hireDate !== undefined) {
    if (hireDate) {
      const date = readDate(hireDate, context.dayMonthOrder);
      if (!date.ok) return reject(date.reason);
      values.hireDate = date.value;
    } else values.hireDate = null;
  }

  const managerEmail = cell("managerEmail");
  const managerEmployeeId = cell("managerEmployeeId");
  let manager: ManagerRef | null | undefined;
  if (managerEmail !== undefined || managerEmployeeId !== undefined) {
    const ref = {
      email: managerEmail ? managerEmail.toLowerCase() : null,
      employeeId: managerEmployeeId || null,
    };
    if (ref.email && !isEmail(ref.email)) {
      return reject(`The manager's email “${managerEmail?.slice(0, 80)}” isn't a valid address.`);
    }
    manager = ref.email || ref.employeeId ? ref : null;
  }
  return { ok: true, line, values, manager };
}
