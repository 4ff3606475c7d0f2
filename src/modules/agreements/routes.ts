import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { acceptAgreement, acceptAgreementInput } from "./accept-agreement.ts";
import { getAgreement } from "./get-agreement.ts";
import { listAgreementHistory } from "./list-agreement-history.ts";
import { agreementAnswerSchema, historyEntrySchema } from "./presenters.ts";
import { saveAgreement, saveAgreementInput } from "./save-agreement.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });

export const agreementRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/agreement",
      {
        schema: {
          summary:
            "The relationship's agreement (or a draft from the program), its goals and who accepted",
          tags: ["agreements"],
          params: relationshipParams,
          response: { 200: agreementAnswerSchema },
        },
      },
      async (request) => getAgreement(ctxOf(services, request), request.params.relationshipId),
    );

    app.put(
      "/api/relationships/:relationshipId/agreement",
      {
        schema: {
          summary: "Propose or change the agreement (a new version the others review)",
          tags: ["agreements"],
          params: relationshipParams,
          body: saveAgreementInput,
          response: { 200: agreementAnswerSchema },
        },
      },
      async (request) =>
        saveAgreement(ctxOf(services, request), request.params.relationshipId, request.body),
    );

    app.post(
      "/api/relationships/:relationshipId/agreement/accept",
      {
        schema: {
          summary: "Accept the current version of the agreement",
          tags: ["agreements"],
          params: relationshipParams,
          body: acceptAgreementInput,
          response: { 200: agreementAnswerSchema },
        },
      },
      async (request) =>
        acceptAgreement(ctxOf(services, request), request.params.relationshipId, request.body),
    );

    app.get(
      "/api/relationships/:relationshipId/agreement/history",
      {
        schema: {
          summary: "Every version of the agreement: who changed it, when and what changed",
          tags: ["agreements"],
          params: relationshipParams,
          response: { 200: z.object({ versions: z.array(historyEntrySchema) }) },
        },
      },
      async (request) => ({
        versions: await listAgreementHistory(
          ctxOf(services, request),
          request.params.relationshipId,
        ),
      }),
    );
  };
