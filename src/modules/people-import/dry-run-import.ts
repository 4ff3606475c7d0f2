import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { peopleImports } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, conflict } from "../../server/errors.ts";
import { checkMapping } from "./detect-columns.ts";
import { dateOrderSchema, importFieldSchema } from "./fields.ts";
import { findImport, importColumns, loadRecords, sampleOf } from "./find-import.ts";
import { loadPeople } from "./load-people.ts";
import { planFile } from "./plan-file.ts";
import { buildReport, presentImport } from "./presenters.ts";
import { progressReporter } from "./progress.ts";

export const dryRunInput = z.object({
  mapping: z.array(importFieldSchema.nullable()).max(200),
  fullSync: z.boolean().default(false),
  dateOrder: dateOrderSchema.default("auto"),
});
export type DryRunInput = z.infer<typeof dryRunInput>;

/**
 * Plans the import with the admin's column choices and options and keeps the report. Writes
 * nothing about people: that waits for the admin to confirm.
 */
export async function dryRunImport(ctx: Ctx, importId: string, input: DryRunInput) {
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });
  const row = await findImport(ctx.db, ctx, importId);
  if (row.status === "applied") {
    throw conflict("import_already_applied", "This file was already imported.");
  }
  const { errors } = checkMapping(row.headers, input.mapping);
  if (errors.length > 0) {
    throw new AppError("invalid_mapping", 422, errors[0] ?? "Please check the column choices.", {
      errors,
    });
  }
  const progress = progressReporter(row.id, "dry-run");
  try {
    progress.report("Reading the file", 0, row.rowCount);
    const records = await loadRecords(ctx.db, row);
    const existing = await loadPeople(ctx.db, ctx.actor.organizationId);
    const options = { fullSync: input.fullSync, dateOrder: input.dateOrder };
    const filePlan = await planFile({
      file: { headers: row.headers, records },
      mapping: input.mapping,
      options,
      existing,
      actorId: ctx.actor.personId,
      onProgress: progress.report,
    });
    const report = buildReport(filePlan);
    const [saved] = await ctx.db
      .update(peopleImports)
      .set({
        status: "planned",
        mapping: input.mapping,
        options,
        report,
        createdCount: report.created,
        updatedCount: report.updated,
        unchangedCount: report.unchanged,
        deactivatedCount: report.deactivated,
        rejectedCount: report.rejected,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(peopleImports.id, row.id),
          eq(peopleImports.organizationId, ctx.actor.organizationId),
        ),
      )
      .returning(importColumns);
    if (!saved) throw new Error("import vanished");
    return presentImport(saved, sampleOf(records));
  } finally {
    progress.finish();
  }
}
