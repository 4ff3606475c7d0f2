import { z } from "zod";
import type { PeopleImport } from "../../db/schema.ts";
import { dateOrderSchema, type ImportOptions, importFieldSchema } from "./fields.ts";
import type { FilePlan } from "./plan-file.ts";

/** How many rows of each kind a stored report lists (the counts are always exact). */
export const REPORT_LIMITS = { rejected: 1000, updated: 500, created: 200, deactivated: 1000 };

const changeSchema = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const importReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  deactivated: z.number().int(),
  rejected: z.number().int(),
  rejectedRows: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  updatedRows: z.array(
    z.object({
      line: z.number().int(),
      name: z.string(),
      email: z.string(),
      changes: z.array(changeSchema),
    }),
  ),
  createdRows: z.array(z.object({ line: z.number().int(), name: z.string(), email: z.string() })),
  deactivatedPeople: z.array(z.object({ name: z.string(), email: z.string() })),
  keptAdmins: z.array(z.string()),
  warnings: z.array(z.string()),
  dayMonthOrder: z.enum(["dmy", "mdy"]).nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export function buildReport({ plan, dayMonthOrder, warnings }: FilePlan): ImportReport {
  return {
    created: plan.created.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    deactivated: plan.deactivated.length,
    rejected: plan.rejected.length,
    rejectedRows: plan.rejected.slice(0, REPORT_LIMITS.rejected),
    updatedRows: plan.updated.slice(0, REPORT_LIMITS.updated).map((u) => ({
      line: u.line,
      name: u.values.name,
      email: u.values.email,
      changes: u.changes,
    })),
    createdRows: plan.created.slice(0, REPORT_LIMITS.created).map((c) => ({
      line: c.line,
      name: c.values.name,
      email: c.values.email,
    })),
    deactivatedPeople: plan.deactivated
      .slice(0, REPORT_LIMITS.deactivated)
      .map((d) => ({ name: d.name, email: d.email })),
    keptAdmins: plan.keptAdmins,
    warnings,
    dayMonthOrder,
  };
}

export const importStatusSchema = z.enum(["uploaded", "planned", "applied"]);

export const importViewSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: importStatusSchema,
  rowCount: z.number().int(),
  headers: z.array(z.string()),
  mapping: z.array(importFieldSchema.nullable()),
  /** The first few rows, to help choose what each column holds. */
  sample: z.array(z.array(z.string())),
  options: z.object({ fullSync: z.boolean(), dateOrder: dateOrderSchema }),
  report: importReportSchema.nullable(),
  /** New people from this import who haven't been sent an invitation yet. */
  newPeopleToInvite: z.number().int(),
  createdAt: z.iso.datetime(),
  appliedAt: z.iso.datetime().nullable(),
  invitedAt: z.iso.datetime().nullable(),
});
export type ImportView = z.infer<typeof importViewSchema>;

export type ImportRow = Omit<PeopleImport, "records">;

export function presentImport(row: ImportRow, sample: string[][]): ImportView {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    rowCount: row.rowCount,
    headers: row.headers,
    mapping: row.mapping as ImportView["mapping"],
    sample,
    options: row.options as ImportOptions,
    report: (row.report as ImportReport | null) ?? null,
    newPeopleToInvite: row.status === "applied" && !row.invitedAt ? row.createdPersonIds.length : 0,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    invitedAt: row.invitedAt?.toISOString() ?? null,
  };
}

export const importSummarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: importStatusSchema,
  rowCount: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  deactivated: z.number().int(),
  rejected: z.number().int(),
  createdAt: z.iso.datetime(),
  appliedAt: z.iso.datetime().nullable(),
});

export function presentImportSummary(row: ImportRow): z.infer<typeof importSummarySchema> {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    rowCount: row.rowCount,
    created: row.createdCount,
    updated: row.updatedCount,
    deactivated: row.deactivatedCount,
    rejected: row.rejectedCount,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
  };
}
