import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyBaseLogger, LogController } from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { agreementRoutes } from "../modules/agreements/routes.ts";
import { authRoutes } from "../modules/auth/routes.ts";
import { checkInRoutes } from "../modules/check-ins/routes.ts";
import { circleRoutes } from "../modules/circles/routes.ts";
import { closureRoutes } from "../modules/closure/routes.ts";
import { cockpitRoutes } from "../modules/cockpit/routes.ts";
import { debriefRoutes } from "../modules/debriefs/routes.ts";
import { directoryRoutes } from "../modules/directory/routes.ts";
import { outboxRoutes } from "../modules/email/routes.ts";
import { enrollmentRoutes } from "../modules/enrollment/routes.ts";
import { invitationRoutes } from "../modules/invitations/routes.ts";
import { mentorRequestRoutes } from "../modules/mentor-requests/routes.ts";
import { notificationRoutes } from "../modules/notifications/routes.ts";
import { orgChartRoutes } from "../modules/org-chart/routes.ts";
import { peopleRoutes } from "../modules/people/routes.ts";
import { peopleImportRoutes } from "../modules/people-import/routes.ts";
import { preparationRoutes } from "../modules/preparation/routes.ts";
import { goalRoutes } from "../modules/profiles/goals/routes.ts";
import { objectiveRoutes } from "../modules/profiles/objectives/routes.ts";
import { questionnaireRoutes } from "../modules/profiles/questionnaire/routes.ts";
import { profileRoutes } from "../modules/profiles/routes.ts";
import { programMatchingRoutes } from "../modules/program-matching/routes.ts";
import { programRoutes } from "../modules/programs/routes.ts";
import { relationshipGoalRoutes } from "../modules/relationship-goals/routes.ts";
import { relationshipInsightRoutes } from "../modules/relationship-insights/routes.ts";
import { relationshipRoutes } from "../modules/relationships/routes.ts";
import { sessionWorkRoutes } from "../modules/session-work/routes.ts";
import { sessionRoutes } from "../modules/sessions/routes.ts";
import { setupRoutes } from "../modules/setup/routes.ts";
import { personSkillRoutes } from "../modules/skills/person-skill-routes.ts";
import { skillRoutes } from "../modules/skills/routes.ts";
import type { Services } from "./context.ts";
import { registerHealth } from "./health.ts";
import type { JobQueue } from "./jobs/queue.ts";
import { registerAuth } from "./plugins/auth.ts";
import { registerErrorHandler } from "./plugins/error-handler.ts";
import { registerOpenApi } from "./plugins/openapi.ts";
import { registerSecurity } from "./plugins/security.ts";
import { registerWeb } from "./plugins/web.ts";
import { resolveSessionSecret } from "./session-secret.ts";
import { installZodMessages } from "./zod-messages.ts";

/**
 * The path of a request that matched no route (an app page such as /invite/<token>), with long
 * segments masked: one-time links must never reach the logs.
 */
export const redactPath = (url: string) =>
  (url.split("?")[0] ?? "").replace(/[^/]{20,}/g, ":token");

export type AppOptions = {
  config: Config;
  database: Database;
  jobs: JobQueue;
  /** A shared pino logger; without it the app logs at the configured level. */
  logger?: Logger;
};

/** Assembles the web server: plugins first, then each feature's routes. */
export async function buildApp({ config, database, jobs, logger }: AppOptions) {
  installZodMessages();
  const app = Fastify({
    ...(logger
      ? { loggerInstance: logger as FastifyBaseLogger }
      : { logger: { level: config.logLevel } }),
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: cross-site forms can't send it, which closes off login CSRF on public routes.
  app.removeContentTypeParser("text/plain");
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  // One log line per request; never bodies or cookies.
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.routeOptions.url ?? redactPath(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });

  const services: Services = { db: database.db, config, jobs };
  registerErrorHandler(app);
  await registerSecurity(app);
  await app.register(cookie, {
    secret: resolveSessionSecret(config.sessionSecret, config.dataDir),
  });
  await registerOpenApi(app);
  registerAuth(app, services);
  registerHealth(app, database);

  await app.register(setupRoutes(services));
  await app.register(authRoutes(services));
  await app.register(peopleRoutes(services));
  await app.register(peopleImportRoutes(services));
  await app.register(profileRoutes(services));
  await app.register(goalRoutes(services));
  await app.register(objectiveRoutes(services));
  await app.register(questionnaireRoutes(services));
  await app.register(orgChartRoutes(services));
  await app.register(invitationRoutes(services));
  await app.register(outboxRoutes(services));
  await app.register(directoryRoutes(services));
  await app.register(skillRoutes(services));
  await app.register(personSkillRoutes(services));
  await app.register(notificationRoutes(services));
  await app.register(mentorRequestRoutes(services));
  await app.register(relationshipRoutes(services));
  await app.register(agreementRoutes(services));
  await app.register(relationshipGoalRoutes(services));
  await app.register(sessionRoutes(services));
  await app.register(sessionWorkRoutes(services));
  await app.register(checkInRoutes(services));
  await app.register(relationshipInsightRoutes(services));
  await app.register(closureRoutes(services));
  await app.register(debriefRoutes(services));
  await app.register(cockpitRoutes(services));
  await app.register(circleRoutes(services));
  await app.register(programRoutes(services));
  await app.register(preparationRoutes(services));
  await app.register(enrollmentRoutes(services));
  await app.register(programMatchingRoutes(services));
  await registerWeb(app);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
