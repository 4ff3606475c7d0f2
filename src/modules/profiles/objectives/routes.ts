import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../../server/context.ts";
import { ctxOf } from "../../../server/plugins/auth.ts";
import {
  createObjective,
  createObjectiveInput,
  listObjectives,
  objectiveSchema,
  updateObjective,
  updateObjectiveInput,
} from "./objectives.ts";

const objectiveParams = z.object({ objectiveId: z.uuid("That isn't a valid objective id.") });

export const objectiveRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/objectives",
      {
        schema: {
          summary: "Your organization's objectives, which personal goals can serve",
          tags: ["goals"],
          querystring: z.object({ includeArchived: z.stringbool().optional() }),
          response: { 200: z.object({ objectives: z.array(objectiveSchema) }) },
        },
      },
      async (request) => ({
        objectives: await listObjectives(ctxOf(services, request), {
          includeArchived: request.query.includeArchived === true,
        }),
      }),
    );

    app.post(
      "/api/objectives",
      {
        schema: {
          summary: "Add an organizational objective (administrators)",
          tags: ["goals"],
          body: createObjectiveInput,
          response: { 201: objectiveSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createObjective(ctxOf(services, request), request.body)),
    );

    app.patch(
      "/api/objectives/:objectiveId",
      {
        schema: {
          summary: "Edit, archive or restore an organizational objective (administrators)",
          tags: ["goals"],
          params: objectiveParams,
          body: updateObjectiveInput,
          response: { 200: objectiveSchema },
        },
      },
      async (request) =>
        updateObjective(ctxOf(services, request), request.params.objectiveId, request.body),
    );
  };
