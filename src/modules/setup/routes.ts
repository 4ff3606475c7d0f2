import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { setSessionCookie } from "../../server/plugins/auth.ts";
import { meSchema } from "../people/presenters.ts";
import { completeSetup, completeSetupInput } from "./complete-setup.ts";

export const setupRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/setup",
      {
        schema: {
          summary: "First-run setup: create the organization and its first administrator",
          tags: ["setup"],
          security: [],
          body: completeSetupInput,
          response: { 201: z.object({ user: meSchema, csrfToken: z.string() }) },
        },
        config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const { user, session } = await completeSetup(
          services.db,
          request.body,
          services.config.sessionDays,
        );
        setSessionCookie(reply, services.config, session);
        return reply.status(201).send({ user, csrfToken: session.csrfToken });
      },
    );
  };
