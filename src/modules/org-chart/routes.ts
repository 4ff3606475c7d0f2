import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getChainOfCommand } from "./get-chain-of-command.ts";
import {
  listDirectReports,
  listTopOfOrgChart,
  pageQuery,
  searchOrgChart,
  searchQuery,
} from "./list-reports.ts";
import { orgChartPageSchema, orgChartPersonSchema } from "./presenters.ts";

const personParams = z.object({ personId: z.uuid("That isn't a valid person id.") });

export const orgChartRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/org-chart",
      {
        schema: {
          summary: "The top of the org chart: people with no manager, with their report counts",
          tags: ["org chart"],
          querystring: pageQuery,
          response: { 200: orgChartPageSchema },
        },
      },
      async (request) => listTopOfOrgChart(ctxOf(services, request), request.query),
    );

    app.get(
      "/api/org-chart/search",
      {
        schema: {
          summary:
            "Find people in the org chart: every word typed matches the start of a word in their name, title or profile",
          tags: ["org chart"],
          querystring: searchQuery,
          response: { 200: orgChartPageSchema },
        },
      },
      async (request) => searchOrgChart(ctxOf(services, request), request.query.q),
    );

    app.get(
      "/api/org-chart/people/:personId/reports",
      {
        schema: {
          summary: "A person's direct reports, with their own report counts",
          tags: ["org chart"],
          params: personParams,
          querystring: pageQuery,
          response: { 200: orgChartPageSchema },
        },
      },
      async (request) =>
        listDirectReports(ctxOf(services, request), request.params.personId, request.query),
    );

    app.get(
      "/api/org-chart/people/:personId/chain",
      {
        schema: {
          summary: "A person's chain of command, from the top down to them",
          tags: ["org chart"],
          params: personParams,
          response: { 200: z.object({ chain: z.array(orgChartPersonSchema) }) },
        },
      },
      async (request) => getChainOfCommand(ctxOf(services, request), request.params.personId),
    );
  };
