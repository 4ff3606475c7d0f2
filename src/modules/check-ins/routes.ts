import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { answerCheckIn, answerCheckInInput } from "./answer-check-in.ts";
import { listMyCheckIns, listMyDueCheckIns } from "./list-check-ins.ts";
import { dueCheckInSchema, myCheckInSchema } from "./presenters.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });

export const checkInRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/check-ins",
      {
        schema: {
          summary: "My check-ins in a relationship, with my own answers (never anyone else's)",
          tags: ["check-ins"],
          params: relationshipParams,
          response: { 200: z.object({ checkIns: z.array(myCheckInSchema) }) },
        },
      },
      async (request) => ({
        checkIns: await listMyCheckIns(ctxOf(services, request), request.params.relationshipId),
      }),
    );

    app.get(
      "/api/me/check-ins",
      {
        schema: {
          summary: "My check-ins waiting for an answer, across my relationships",
          tags: ["check-ins"],
          response: { 200: z.object({ checkIns: z.array(dueCheckInSchema) }) },
        },
      },
      async (request) => ({ checkIns: await listMyDueCheckIns(ctxOf(services, request)) }),
    );

    app.post(
      "/api/check-ins/:checkInId/answer",
      {
        schema: {
          summary: "Answer one of my check-ins (once); a fit “no” offers a no-blame rematch",
          tags: ["check-ins"],
          params: z.object({ checkInId: z.uuid("That isn't a valid check-in id.") }),
          body: answerCheckInInput,
          response: {
            200: z.object({ checkIn: myCheckInSchema, offerRematch: z.boolean() }),
          },
        },
      },
      async (request) =>
        answerCheckIn(ctxOf(services, request), request.params.checkInId, request.body),
    );
  };
