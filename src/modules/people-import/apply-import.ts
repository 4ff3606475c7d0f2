import { and, eq } from "drizzle-orm";
import { peopleImports } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import type { ColumnMapping, ImportOptions } from "./fields.ts";
import { findImport, importColumns, loadRecords, sampleOf } from "./find-import.ts";
import { writePeopleImport } from "./import-people.ts";
import { buildReport, type ImportView, presentImport } from "./presenters.ts";
import { progressReporter } from "./progress.ts";

/**
 * Imports the file with the column choices and options of its last dry run, in one transaction,
 * and records the outcome. The file's rows are dropped once they are imported.
 */
export async function applyImport(ctx: Ctx, importId: string): Promise<ImportView> {
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });
  const progress = progressReporter(importId, "apply");
  try {
    return await ctx.db.transaction(async (outer) => {
      const row = await findImport(outer, ctx, importId, { lock: true });
      if (row.status === "applied") {
        throw conflict("import_already_applied", "This file was already imported.");
      }
      if (row.status !== "planned") {
        throw conflict(
          "import_not_checked",
          "Check the file first (a dry run), so you can see what the import will do.",
        );
      }
      progress.report("Reading the file", 0, row.rowCount);
      const records = await loadRecords(outer, row);
      const result = await writePeopleImport(outer, {
        organizationId: ctx.actor.organizationId,
        actorId: ctx.actor.personId,
        file: { headers: row.headers, records },
        mapping: row.mapping as ColumnMapping,
        options: row.options as ImportOptions,
        onProgress: progress.report,
      });
      const report = buildReport(result);
      const [saved] = await outer
        .update(peopleImports)
        .set({
          status: "applied",
          report,
          records: null,
          createdCount: report.created,
          updatedCount: report.updated,
          unchangedCount: report.unchanged,
          deactivatedCount: report.deactivated,
          rejectedCount: report.rejected,
          createdPersonIds: result.createdIds,
          appliedAt: new Date(),
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
    });
  } finally {
    progress.finish();
  }
}
