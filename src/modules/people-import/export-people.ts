import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";

export const exportFormatSchema = z.enum(["csv", "json"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The columns the importer reads, under names it recognizes, so an export imports back unchanged. */
const COLUMNS = [
  ["Employee ID", "employeeId"],
  ["Email", "email"],
  ["Full Name", "name"],
  ["Preferred Name", "preferredName"],
  ["Job Title", "title"],
  ["Department", "department"],
  ["Location", "location"],
  ["Time Zone", "timeZone"],
  ["Languages", "languages"],
  ["Hire Date", "hireDate"],
  ["Manager Email", "managerEmail"],
] as const;

type ExportedPerson = {
  employeeId: string | null;
  email: string;
  name: string;
  preferredName: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  timeZone: string | null;
  languages: string[];
  hireDate: string | null;
  managerEmail: string | null;
};

/**
 * A cell as CSV: quoted when it holds a delimiter, quote or line break; and with an apostrophe in
 * front when it starts like a spreadsheet formula (= + - @), which the importer removes again.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const PAGE = 5000;

/** Active people of one organization, a page at a time in name order. */
async function* pages(db: Executor, organizationId: string) {
  const manager = alias(people, "manager");
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows: (ExportedPerson & { id: string })[] = await db
      .select({
        id: people.id,
        employeeId: people.employeeId,
        email: people.email,
        name: people.name,
        preferredName: people.preferredName,
        title: people.title,
        department: people.department,
        location: people.location,
        timeZone: people.timeZone,
        languages: people.languages,
        hireDate: people.hireDate,
        managerEmail: manager.email,
      })
      .from(people)
      .leftJoin(manager, eq(manager.id, people.managerId))
      .where(
        and(
          eq(people.organizationId, organizationId),
          eq(people.status, "active"),
          after ? sql`(${people.name}, ${people.id}) > (${after.name}, ${after.id})` : undefined,
        ),
      )
      .orderBy(asc(people.name), asc(people.id))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = { name: last.name, id: last.id };
  }
}

/** The organization's active people as CSV (UTF-8 with a byte-order mark, for Excel) or JSON. */
export async function* exportPeopleRows(
  db: Executor,
  organizationId: string,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield `\uFEFF${COLUMNS.map(([header]) => header).join(",")}\r\n`;
    for await (const rows of pages(db, organizationId)) {
      yield rows
        .map((row) =>
          COLUMNS.map(([, key]) => {
            const value = row[key];
            return csvCell(Array.isArray(value) ? value.join(", ") : (value ?? ""));
          }).join(","),
        )
        .map((line) => `${line}\r\n`)
        .join("");
    }
    return;
  }
  yield "[";
  let first = true;
  for await (const rows of pages(db, organizationId)) {
    const objects = rows.map(({ id: _id, ...person }) => JSON.stringify(person));
    yield `${first ? "\n" : ",\n"}${objects.join(",\n")}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

/** For the download button: admins only; the file name says which organization and when. */
export async function exportPeople(ctx: Ctx, format: ExportFormat) {
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });
  const [organization] = await ctx.db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, ctx.actor.organizationId));
  const day = new Date().toISOString().slice(0, 10);
  return {
    fileName: `people-${organization?.slug ?? "export"}-${day}.${format}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    body: exportPeopleRows(ctx.db, ctx.actor.organizationId, format),
  };
}
