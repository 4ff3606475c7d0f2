import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { listDirectoryFilters } from "./list-directory-filters.ts";
import { directoryFiltersSchema, directoryPageSchema, whoCanHelpSchema } from "./presenters.ts";
import { searchDirectory, searchDirectoryInput } from "./search-directory.ts";
import { findWhoCanHelp, whoCanHelpInput } from "./who-can-help.ts";

export const directoryRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/directory",
      {
        schema: {
          summary:
            "Find people in your organization: search by name, title, skill or goal, filter, a page at a time",
          tags: ["directory"],
          querystring: searchDirectoryInput,
          response: { 200: directoryPageSchema },
        },
      },
      async (request) => searchDirectory(ctxOf(services, request), request.query),
    );

    app.get(
      "/api/directory/filters",
      {
        schema: {
          summary: "The departments and locations people in your organization work in",
          tags: ["directory"],
          response: { 200: directoryFiltersSchema },
        },
      },
      async (request) => listDirectoryFilters(ctxOf(services, request)),
    );

    app.get(
      "/api/directory/who-can-help",
      {
        schema: {
          summary:
            "Who can help me with a skill? People who offer it, those who can teach it and have time first",
          tags: ["directory"],
          querystring: whoCanHelpInput,
          response: { 200: whoCanHelpSchema },
        },
      },
      async (request) => findWhoCanHelp(ctxOf(services, request), request.query),
    );
  };
