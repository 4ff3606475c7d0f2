import type { Ctx } from "../../server/context.ts";
import { enrollmentsCsv } from "./enrollments-csv.ts";
import {
  type EnrollmentFilters,
  enrollmentRows,
  loadProgramForEnrollments,
} from "./list-enrollments.ts";

/** The enrollment list as a CSV download: the same columns as the page, nothing private. */
export async function exportEnrollments(ctx: Ctx, slug: string, filters: EnrollmentFilters) {
  const program = await loadProgramForEnrollments(ctx, slug);
  const rows = await enrollmentRows(ctx.db, ctx.actor.organizationId, program.id, filters);
  return { fileName: `${program.slug}-enrollments.csv`, body: enrollmentsCsv(rows) };
}
