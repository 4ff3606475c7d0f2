import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getCockpit } from "./get-cockpit.ts";
import { cockpitSchema } from "./presenters.ts";

export const cockpitRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/me/cockpit",
      {
        schema: {
          summary:
            "My learning cockpit: sessions coming up, my open commitments, my relationships and what waits for me",
          tags: ["cockpit"],
          response: { 200: cockpitSchema },
        },
      },
      async (request) => getCockpit(ctxOf(services, request)),
    );
  };
