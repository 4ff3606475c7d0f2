import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3 generated from the routes' zod schemas; every operation needs a session unless it says `security: []`. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Mutual API",
        version: "0.1.0",
        description:
          "The API behind Mutual's web app. Sign in to get a session cookie; mutations also need the `x-csrf-token` header from `GET /api/session`.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "mutual_session" },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  // Public like the docs page that reads the same document.
  app.get("/api/openapi.json", { schema: { hide: true, security: [] } }, async () => app.swagger());
}
