import type { Db, Executor } from "../../db/client.ts";
import type { ColumnMapping, ImportOptions } from "./fields.ts";
import { loadPeople, lockOrganizationImports } from "./load-people.ts";
import {
  type FilePlan,
  type ParsedFile,
  type ProgressReport,
  personFields,
  planFile,
} from "./plan-file.ts";
import { writePlan } from "./write-plan.ts";

export type ImportInput = {
  organizationId: string;
  /** The administrator importing (never deactivated by a full sync), or null. */
  actorId: string | null;
  file: ParsedFile;
  mapping: ColumnMapping;
  options: ImportOptions;
  onProgress?: ProgressReport;
};

export type ImportResult = FilePlan & { createdIds: string[] };

/** Plans an import against the organization as it is now; writes nothing. */
export async function planPeopleImport(db: Executor, input: ImportInput): Promise<FilePlan> {
  const existing = await loadPeople(db, input.organizationId);
  return planFile({ ...input, existing });
}

/**
 * Plans and writes an import inside the caller's transaction: the plan is made again there (under
 * a lock per organization), so what is written is exactly the file compared with the people in
 * Mutual at that moment. Every row is written or, if anything fails, none is.
 */
export async function writePeopleImport(tx: Executor, input: ImportInput): Promise<ImportResult> {
  await lockOrganizationImports(tx, input.organizationId);
  const existing = await loadPeople(tx, input.organizationId);
  const filePlan = await planFile({ ...input, existing });
  const createdIds = await writePlan(tx, {
    organizationId: input.organizationId,
    plan: filePlan.plan,
    fields: personFields(input.mapping),
    onProgress: input.onProgress,
  });
  return { ...filePlan, createdIds };
}

/** Plans and writes an import in a transaction of its own. */
export function applyPeopleImport(db: Db, input: ImportInput): Promise<ImportResult> {
  return db.transaction((tx) => writePeopleImport(tx, input));
}
