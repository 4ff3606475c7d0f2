import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { programParams } from "../programs/routes.ts";
import { createPreparationPage } from "./create-preparation-page.ts";
import { deletePreparationPage } from "./delete-preparation-page.ts";
import { listPreparationPages } from "./list-preparation-pages.ts";
import { markPreparationDone } from "./mark-preparation-done.ts";
import {
  preparationPageInput,
  reorderPreparationInput,
  updatePreparationPageInput,
} from "./preparation-input.ts";
import { preparationPageSchema } from "./presenters.ts";
import { reorderPreparationPages } from "./reorder-preparation-pages.ts";
import { updatePreparationPage } from "./update-preparation-page.ts";

const pageParams = programParams.extend({ pageId: z.uuid("That isn't a valid page id.") });
const pagesResponse = z.object({ pages: z.array(preparationPageSchema) });
const doneResponse = z.object({ id: z.uuid(), done: z.boolean() });

export const preparationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs/:slug/preparation",
      {
        schema: {
          summary: "The program's preparation pages, with the ones you have ticked done",
          tags: ["preparation"],
          params: programParams,
          response: { 200: pagesResponse },
        },
      },
      async (request) => ({
        pages: await listPreparationPages(ctxOf(services, request), request.params.slug),
      }),
    );

    app.post(
      "/api/programs/:slug/preparation",
      {
        schema: {
          summary: "Add a preparation page (the program's managers)",
          tags: ["preparation"],
          params: programParams,
          body: preparationPageInput,
          response: { 201: preparationPageSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createPreparationPage(
              ctxOf(services, request),
              request.params.slug,
              request.body,
            ),
          ),
    );

    app.put(
      "/api/programs/:slug/preparation/order",
      {
        schema: {
          summary: "Put the preparation pages in a new order (the program's managers)",
          tags: ["preparation"],
          params: programParams,
          body: reorderPreparationInput,
          response: { 200: pagesResponse },
        },
      },
      async (request) => ({
        pages: await reorderPreparationPages(
          ctxOf(services, request),
          request.params.slug,
          request.body.pageIds,
        ),
      }),
    );

    app.patch(
      "/api/programs/:slug/preparation/:pageId",
      {
        schema: {
          summary: "Edit a preparation page (the program's managers)",
          tags: ["preparation"],
          params: pageParams,
          body: updatePreparationPageInput,
          response: { 200: preparationPageSchema },
        },
      },
      async (request) =>
        updatePreparationPage(
          ctxOf(services, request),
          request.params.slug,
          request.params.pageId,
          request.body,
        ),
    );

    app.delete(
      "/api/programs/:slug/preparation/:pageId",
      {
        schema: {
          summary: "Delete a preparation page (the program's managers)",
          tags: ["preparation"],
          params: pageParams,
        },
      },
      async (request, reply) => {
        await deletePreparationPage(
          ctxOf(services, request),
          request.params.slug,
          request.params.pageId,
        );
        return reply.status(204).send();
      },
    );

    app.put(
      "/api/programs/:slug/preparation/:pageId/done",
      {
        schema: {
          summary: "Tick a preparation page done",
          tags: ["preparation"],
          params: pageParams,
          response: { 200: doneResponse },
        },
      },
      async (request) =>
        markPreparationDone(
          ctxOf(services, request),
          request.params.slug,
          request.params.pageId,
          true,
        ),
    );

    app.delete(
      "/api/programs/:slug/preparation/:pageId/done",
      {
        schema: {
          summary: "Take back the done tick on a preparation page",
          tags: ["preparation"],
          params: pageParams,
          response: { 200: doneResponse },
        },
      },
      async (request) =>
        markPreparationDone(
          ctxOf(services, request),
          request.params.slug,
          request.params.pageId,
          false,
        ),
    );
  };
