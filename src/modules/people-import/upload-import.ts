import { z } from "zod";
import { peopleImports } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, badRequest } from "../../server/errors.ts";
import { detectColumns } from "./detect-columns.ts";
import { importOptionsSchema } from "./fields.ts";
import { importColumns, sampleOf } from "./find-import.ts";
import { presentImport } from "./presenters.ts";
import { CsvReadError } from "./read-csv.ts";
import { readPeopleFile } from "./read-file.ts";

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const uploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200, "Keep the file name to 200 characters.")
    .default("people.csv"),
});

const tooLarge = () =>
  new AppError(
    "file_too_large",
    413,
    "This file is larger than 50 MB. Split it into parts, or import it from the command line (npx mutual import-people), which has no limit.",
  );

/** Passes the bytes through, refusing the file as soon as it is over the limit. */
async function* limited(source: AsyncIterable<Uint8Array>, maxBytes: number) {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw tooLarge();
    yield chunk;
  }
}

/** Turns a reading failure into an answer a person can act on. */
export function fileError(error: unknown): never {
  if (error instanceof CsvReadError) throw badRequest(`file_${error.code}`, error.message);
  throw error;
}

/**
 * Reads an uploaded HR file (streamed), suggests what each column holds, and keeps the rows
 * until the admin imports them or discards the file. Nothing about people changes yet.
 */
export async function uploadImport(
  ctx: Ctx,
  input: { fileName: string; body: unknown; size?: number },
) {
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });
  if (!input.body) {
    throw badRequest("no_file", "Please choose a CSV file exported from your HR system.");
  }
  if (
    typeof (input.body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== "function"
  ) {
    throw new AppError(
      "unsupported_media_type",
      415,
      "Please send the file itself, as text/csv, not wrapped in JSON or a form.",
    );
  }
  if (input.size !== undefined && input.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const body = input.body as AsyncIterable<Uint8Array>;
  const file = await readPeopleFile(limited(body, MAX_UPLOAD_BYTES)).catch(fileError);
  if (file.records.length === 0) {
    throw badRequest(
      "file_without_people",
      "This file has a header line but no people in it. Check that you exported the whole list.",
    );
  }
  const detected = detectColumns(file.headers);
  const [row] = await ctx.db
    .insert(peopleImports)
    .values({
      organizationId: ctx.actor.organizationId,
      createdById: ctx.actor.personId,
      fileName: input.fileName,
      headers: file.headers,
      mapping: detected.mapping,
      options: importOptionsSchema.parse({}),
      records: file.records,
      rowCount: file.records.length,
    })
    .returning(importColumns);
  if (!row) throw new Error("import insert returned no row");
  return presentImport(row, sampleOf(file.records));
}
