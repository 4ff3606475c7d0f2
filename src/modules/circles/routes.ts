import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import {
  addCircleMember,
  addCircleMemberInput,
  removeCircleMember,
} from "./change-circle-members.ts";
import { createCircle, createCircleInput } from "./create-circle.ts";
import { listCircles } from "./list-circles.ts";
import { circleSchema } from "./presenters.ts";

const programParams = z.object({ slug: z.string().min(1).max(100) });
const circleParams = z.object({ relationshipId: z.uuid("That isn't a valid circle id.") });
const circleResponse = z.object({ circle: circleSchema });

export const circleRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs/:slug/circles",
      {
        schema: {
          summary: "A program's group circles (its managers): names, people and dates",
          tags: ["circles"],
          params: programParams,
          response: { 200: z.object({ circles: z.array(circleSchema) }) },
        },
      },
      async (request) => ({
        circles: await listCircles(ctxOf(services, request), request.params.slug),
      }),
    );

    app.post(
      "/api/programs/:slug/circles",
      {
        schema: {
          summary: "Start a group circle: one or two facilitators and up to eight members",
          tags: ["circles"],
          params: programParams,
          body: createCircleInput,
          response: { 201: circleResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          circle: await createCircle(ctxOf(services, request), request.params.slug, request.body),
        }),
    );

    app.post(
      "/api/circles/:relationshipId/members",
      {
        schema: {
          summary: "Add someone to a circle (the program's managers)",
          tags: ["circles"],
          params: circleParams,
          body: addCircleMemberInput,
          response: { 200: circleResponse },
        },
      },
      async (request) => ({
        circle: await addCircleMember(
          ctxOf(services, request),
          request.params.relationshipId,
          request.body,
        ),
      }),
    );

    app.delete(
      "/api/circles/:relationshipId/members/:personId",
      {
        schema: {
          summary: "Take someone out of a circle (the program's managers)",
          tags: ["circles"],
          params: circleParams.extend({ personId: z.uuid("That isn't a valid person id.") }),
          response: { 200: circleResponse },
        },
      },
      async (request) => ({
        circle: await removeCircleMember(
          ctxOf(services, request),
          request.params.relationshipId,
          request.params.personId,
        ),
      }),
    );
  };
