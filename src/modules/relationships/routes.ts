import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { confirmRelationship } from "./confirm-relationship.ts";
import { declineRelationship, declineRelationshipInput } from "./decline-relationship.ts";
import { getRelationship, listMyRelationships } from "./list-my-relationships.ts";
import {
  listRematchRequests,
  rematchRequestSchema,
  resolveRematchRequest,
} from "./manage-rematch-requests.ts";
import { relationshipMetadataSchema, relationshipSchema } from "./presenters.ts";
import { REMATCH_CATEGORIES } from "./rematch-categories.ts";
import { requestRematch, requestRematchInput } from "./request-rematch.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });

export const relationshipRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/me/relationships",
      {
        schema: {
          summary: "My matches, as mentee and as mentor",
          tags: ["relationships"],
          response: {
            200: z.object({
              relationships: z.array(relationshipSchema),
              rematchCategories: z.array(z.object({ value: z.string(), label: z.string() })),
            }),
          },
        },
      },
      async (request) => ({
        relationships: await listMyRelationships(ctxOf(services, request)),
        rematchCategories: Object.entries(REMATCH_CATEGORIES).map(([value, label]) => ({
          value,
          label,
        })),
      }),
    );

    app.get(
      "/api/relationships/:relationshipId",
      {
        schema: {
          summary: "One match: in full for its two people, dates and status for managers",
          tags: ["relationships"],
          params: relationshipParams,
          response: {
            200: z.object({
              relationship: relationshipSchema.nullable(),
              metadata: relationshipMetadataSchema,
            }),
          },
        },
      },
      async (request) => getRelationship(ctxOf(services, request), request.params.relationshipId),
    );

    app.post(
      "/api/relationships/:relationshipId/confirm",
      {
        schema: {
          summary: "Confirm a proposed match",
          tags: ["relationships"],
          params: relationshipParams,
        },
      },
      async (request, reply) => {
        await confirmRelationship(ctxOf(services, request), request.params.relationshipId);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/relationships/:relationshipId/decline",
      {
        schema: {
          summary: "Decline a match privately (the other person isn't told why)",
          tags: ["relationships"],
          params: relationshipParams,
          body: declineRelationshipInput,
        },
      },
      async (request, reply) => {
        await declineRelationship(
          ctxOf(services, request),
          request.params.relationshipId,
          request.body,
        );
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/relationships/:relationshipId/rematch",
      {
        schema: {
          summary: "Ask for a different match, without blame",
          tags: ["relationships"],
          params: relationshipParams,
          body: requestRematchInput,
          response: { 201: z.object({ rematchRequestId: z.uuid() }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await requestRematch(
              ctxOf(services, request),
              request.params.relationshipId,
              request.body,
            ),
          ),
    );

    app.get(
      "/api/programs/:slug/rematch-requests",
      {
        schema: {
          summary: "Rematch requests in a program (its managers): category and dates only",
          tags: ["relationships"],
          params: z.object({ slug: z.string().min(1).max(100) }),
          response: { 200: z.object({ rematchRequests: z.array(rematchRequestSchema) }) },
        },
      },
      async (request) => ({
        rematchRequests: await listRematchRequests(ctxOf(services, request), request.params.slug),
      }),
    );

    app.post(
      "/api/rematch-requests/:rematchRequestId/resolve",
      {
        schema: {
          summary: "Mark a rematch request as handled (program managers)",
          tags: ["relationships"],
          params: z.object({ rematchRequestId: z.uuid("That isn't a valid request id.") }),
        },
      },
      async (request, reply) => {
        await resolveRematchRequest(ctxOf(services, request), request.params.rematchRequestId);
        return reply.status(204).send();
      },
    );
  };
