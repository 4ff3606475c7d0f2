import { and, desc, eq } from "drizzle-orm";
import { peopleImports } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { findImport, importColumns, loadSample } from "./find-import.ts";
import { presentImport, presentImportSummary } from "./presenters.ts";
import { progressEventStream } from "./progress-events.ts";

const allowed = (ctx: Ctx) =>
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });

/** The organization's recent imports, newest first. */
export async function listImports(ctx: Ctx) {
  allowed(ctx);
  const rows = await ctx.db
    .select(importColumns)
    .from(peopleImports)
    .where(eq(peopleImports.organizationId, ctx.actor.organizationId))
    .orderBy(desc(peopleImports.createdAt))
    .limit(20);
  return rows.map(presentImportSummary);
}

export async function getImport(ctx: Ctx, importId: string) {
  allowed(ctx);
  const row = await findImport(ctx.db, ctx, importId);
  return presentImport(row, await loadSample(ctx.db, row));
}

/** Forgets an uploaded file and its rows, before it is imported. */
export async function discardImport(ctx: Ctx, importId: string) {
  allowed(ctx);
  const row = await findImport(ctx.db, ctx, importId);
  if (row.status === "applied") {
    throw conflict(
      "import_already_applied",
      "This file was already imported, so it stays in the history.",
    );
  }
  await ctx.db
    .delete(peopleImports)
    .where(
      and(eq(peopleImports.id, row.id), eq(peopleImports.organizationId, ctx.actor.organizationId)),
    );
}

/** The progress stream of an import's next (or current) dry run or import. */
export async function watchImport(ctx: Ctx, importId: string) {
  allowed(ctx);
  const row = await findImport(ctx.db, ctx, importId);
  return progressEventStream(row.id);
}
