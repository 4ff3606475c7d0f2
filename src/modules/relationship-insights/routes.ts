import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { listProgramRelationships, overviewFilters } from "./list-program-relationships.ts";
import { programOverviewSchema } from "./presenters.ts";

export const relationshipInsightRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs/:slug/relationships",
      {
        schema: {
          summary:
            "A program's relationships for its managers: dates, counts and flags only, with check-in averages of at least five people",
          tags: ["relationships"],
          params: z.object({ slug: z.string().min(1).max(100) }),
          querystring: overviewFilters,
          response: { 200: programOverviewSchema },
        },
      },
      async (request) =>
        listProgramRelationships(ctxOf(services, request), request.params.slug, request.query),
    );
  };
