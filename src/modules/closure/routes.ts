import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { closeRelationship, closeRelationshipInput } from "./close-relationship.ts";
import { closureViewSchema } from "./closure-view.ts";
import { getClosure } from "./get-closure.ts";
import { closureReviewInput, submitClosureReview } from "./submit-closure-review.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });

export const closureRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/closure",
      {
        schema: {
          summary: "Closing a relationship: my review, notes of thanks to me, the reasons list",
          tags: ["closure"],
          params: relationshipParams,
          response: { 200: closureViewSchema },
        },
      },
      async (request) => getClosure(ctxOf(services, request), request.params.relationshipId),
    );

    app.post(
      "/api/relationships/:relationshipId/close",
      {
        schema: {
          summary: "Close a running relationship early, without fault",
          tags: ["closure"],
          params: relationshipParams,
          body: closeRelationshipInput,
          response: { 200: closureViewSchema },
        },
      },
      async (request) =>
        closeRelationship(ctxOf(services, request), request.params.relationshipId, request.body),
    );

    app.put(
      "/api/relationships/:relationshipId/closure-review",
      {
        schema: {
          summary: "Write or change my closing review (closes a running relationship too)",
          tags: ["closure"],
          params: relationshipParams,
          body: closureReviewInput,
          response: { 200: closureViewSchema },
        },
      },
      async (request) =>
        submitClosureReview(ctxOf(services, request), request.params.relationshipId, request.body),
    );
  };
