import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { addDebrief, addDebriefInput } from "./add-debrief.ts";
import { deleteDebrief, updateDebrief, updateDebriefInput } from "./change-debrief.ts";
import { getLearningLog } from "./learning-log.ts";
import { listMyDebriefs } from "./list-my-debriefs.ts";
import { debriefSchema } from "./presenters.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });
const debriefParams = z.object({ debriefId: z.uuid("That isn't a valid debrief id.") });

export const debriefRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/debriefs",
      {
        schema: {
          summary: "My own debriefs in a relationship, and whether one is due",
          tags: ["debriefs"],
          params: relationshipParams,
          response: {
            200: z.object({
              debriefs: z.array(debriefSchema),
              due: z.boolean(),
              everySessions: z.number().int(),
              canWrite: z.boolean(),
              openUntil: z.iso.datetime().nullable(),
            }),
          },
        },
      },
      async (request) => listMyDebriefs(ctxOf(services, request), request.params.relationshipId),
    );

    app.post(
      "/api/relationships/:relationshipId/debriefs",
      {
        schema: {
          summary: "Write down what I learned (private, or shared anonymously with the program)",
          tags: ["debriefs"],
          params: relationshipParams,
          body: addDebriefInput,
          response: { 201: debriefSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addDebrief(ctxOf(services, request), request.params.relationshipId, request.body),
          ),
    );

    app.patch(
      "/api/debriefs/:debriefId",
      {
        schema: {
          summary: "Change one of my debriefs, or who may read it",
          tags: ["debriefs"],
          params: debriefParams,
          body: updateDebriefInput,
          response: { 200: debriefSchema },
        },
      },
      async (request) =>
        updateDebrief(ctxOf(services, request), request.params.debriefId, request.body),
    );

    app.delete(
      "/api/debriefs/:debriefId",
      {
        schema: {
          summary: "Delete one of my debriefs",
          tags: ["debriefs"],
          params: debriefParams,
        },
      },
      async (request, reply) => {
        await deleteDebrief(ctxOf(services, request), request.params.debriefId);
        return reply.status(204).send();
      },
    );

    app.get(
      "/api/programs/:slug/learning-log",
      {
        schema: {
          summary:
            "A program's learning log: shared debriefs by month, without names (managers and admins)",
          tags: ["debriefs"],
          params: z.object({ slug: z.string().min(1).max(100) }),
          response: {
            200: z.object({
              program: z.object({ slug: z.string(), name: z.string() }),
              minPeople: z.number().int(),
              enoughPeople: z.boolean(),
              months: z.array(
                z.object({
                  month: z.string(),
                  entries: z.array(z.object({ learned: z.string() })),
                }),
              ),
            }),
          },
        },
      },
      async (request) => getLearningLog(ctxOf(services, request), request.params.slug),
    );
  };
