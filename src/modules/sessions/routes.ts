import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Services } from "../../server/context.ts";

// Placeholder registered by the issue-6 skeleton; its owner replaces it with the real routes.
export const sessionRoutes =
  (_services: Services): FastifyPluginAsyncZod =>
  async (_app) => {};
