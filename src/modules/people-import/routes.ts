import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { applyImport } from "./apply-import.ts";
import { dryRunImport, dryRunInput } from "./dry-run-import.ts";
import { exportFormatSchema, exportPeople } from "./export-people.ts";
import { inviteImportedPeople } from "./invite-imported-people.ts";
import { discardImport, getImport, listImports, watchImport } from "./manage-imports.ts";
import { importSummarySchema, importViewSchema } from "./presenters.ts";
import { uploadImport, uploadQuery } from "./upload-import.ts";

const importParams = z.object({ importId: z.uuid("That isn't a valid import id.") });
const tags = ["people import"];

export const peopleImportRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    // The file arrives as the raw request body and is read as a stream (this plugin only).
    app.addContentTypeParser(["text/csv", "text/tab-separated-values"], (_request, payload, done) =>
      done(null, payload),
    );

    app.get(
      "/api/people-imports",
      {
        schema: {
          summary: "Recent imports of people from HR files (administrators)",
          tags,
          response: { 200: z.object({ imports: z.array(importSummarySchema) }) },
        },
      },
      async (request) => ({ imports: await listImports(ctxOf(services, request)) }),
    );

    app.post(
      "/api/people-imports",
      {
        schema: {
          summary:
            "Upload an HR file (CSV, up to 50 MB, sent as the text/csv body) (administrators)",
          description:
            "Reads the file and suggests what each column holds. Nothing about people changes until the import is confirmed.",
          tags,
          querystring: uploadQuery,
          response: { 201: importViewSchema },
        },
      },
      async (request, reply) => {
        const size = Number(request.headers["content-length"]);
        const view = await uploadImport(ctxOf(services, request), {
          fileName: request.query.fileName,
          body: request.body,
          size: Number.isFinite(size) ? size : undefined,
        });
        return reply.status(201).send(view);
      },
    );

    app.get(
      "/api/people-imports/:importId",
      {
        schema: {
          summary: "An import: its columns, options and last report (administrators)",
          tags,
          params: importParams,
          response: { 200: importViewSchema },
        },
      },
      async (request) => getImport(ctxOf(services, request), request.params.importId),
    );

    app.delete(
      "/api/people-imports/:importId",
      {
        schema: {
          summary: "Discard an uploaded file that hasn't been imported (administrators)",
          tags,
          params: importParams,
        },
      },
      async (request, reply) => {
        await discardImport(ctxOf(services, request), request.params.importId);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/people-imports/:importId/dry-run",
      {
        schema: {
          summary:
            "Check what importing the file would do, with these column choices (administrators)",
          tags,
          params: importParams,
          body: dryRunInput,
          response: { 200: importViewSchema },
        },
      },
      async (request) =>
        dryRunImport(ctxOf(services, request), request.params.importId, request.body),
    );

    app.post(
      "/api/people-imports/:importId/apply",
      {
        schema: {
          summary:
            "Import the file as its last dry run showed, in one transaction (administrators)",
          tags,
          params: importParams,
          response: { 200: importViewSchema },
        },
      },
      async (request) => applyImport(ctxOf(services, request), request.params.importId),
    );

    app.post(
      "/api/people-imports/:importId/invitations",
      {
        schema: {
          summary: "Invite the people an import created (administrators)",
          tags,
          params: importParams,
          response: { 200: z.object({ invited: z.number().int() }) },
        },
      },
      async (request) => inviteImportedPeople(ctxOf(services, request), request.params.importId),
    );

    app.get(
      "/api/people-imports/:importId/events",
      {
        schema: {
          summary: "Progress of a dry run or import, as server-sent events (administrators)",
          tags,
          params: importParams,
        },
      },
      async (request, reply) => {
        const { stream, end } = await watchImport(
          ctxOf(services, request),
          request.params.importId,
        );
        reply.raw.on("close", end);
        return reply
          .header("content-type", "text/event-stream; charset=utf-8")
          .header("cache-control", "no-cache, no-transform")
          .header("x-accel-buffering", "no")
          .send(stream);
      },
    );

    app.get(
      "/api/people/export",
      {
        schema: {
          summary: "Download the organization's active people as CSV or JSON (administrators)",
          description:
            "The CSV has exactly the columns the importer reads, with each manager as an email address, so it imports back unchanged.",
          tags,
          querystring: z.object({ format: exportFormatSchema.default("csv") }),
        },
      },
      async (request, reply) => {
        const file = await exportPeople(ctxOf(services, request), request.query.format);
        return reply
          .header("content-type", file.contentType)
          .header("content-disposition", `attachment; filename="${file.fileName}"`)
          .header("cache-control", "no-store")
          .send(Readable.from(file.body));
      },
    );
  };
