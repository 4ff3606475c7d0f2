import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { clearSessionCookie, ctxOf, setSessionCookie } from "../../server/plugins/auth.ts";
import { getMe } from "../people/get-me.ts";
import { meSchema } from "../people/presenters.ts";
import { isSetupNeeded } from "../setup/complete-setup.ts";
import { changePassword, changePasswordInput } from "./change-password.ts";
import {
  completePasswordReset,
  completePasswordResetInput,
  requestPasswordReset,
  requestPasswordResetInput,
} from "./password-reset.ts";
import { deleteSession } from "./sessions.ts";
import { signIn, signInInput } from "./sign-in.ts";

const signedIn = z.object({ user: meSchema, csrfToken: z.string() });

export const authRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { config } = services;

    app.get(
      "/api/session",
      {
        schema: {
          summary:
            "Who is signed in (if anyone), the CSRF token, and whether first-run setup is needed",
          tags: ["auth"],
          security: [],
          response: {
            200: z.union([
              z.object({ signedIn: z.literal(false), setupNeeded: z.boolean() }),
              z.object({
                signedIn: z.literal(true),
                setupNeeded: z.literal(false),
                csrfToken: z.string(),
                user: meSchema,
              }),
            ]),
          },
        },
      },
      async (request) => {
        if (request.actor && request.csrfToken) {
          return {
            signedIn: true as const,
            setupNeeded: false as const,
            csrfToken: request.csrfToken,
            user: await getMe(services.db, request.actor),
          };
        }
        return { signedIn: false as const, setupNeeded: await isSetupNeeded(services.db) };
      },
    );

    app.post(
      "/api/auth/sign-in",
      {
        schema: {
          summary: "Sign in with email and password",
          tags: ["auth"],
          security: [],
          body: signInInput,
          response: { 200: signedIn },
        },
        config: { rateLimit: { max: config.signInRateLimit, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const { user, session } = await signIn(services.db, request.body, config.sessionDays);
        setSessionCookie(reply, config, session);
        return { user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      "/api/auth/sign-out",
      { schema: { summary: "Sign out of this browser", tags: ["auth"] } },
      async (request, reply) => {
        if (request.sessionId) await deleteSession(services.db, request.sessionId);
        clearSessionCookie(reply, config);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/auth/password-reset/request",
      {
        schema: {
          summary: "Email a one-time link to choose a new password",
          tags: ["auth"],
          security: [],
          body: requestPasswordResetInput,
          response: { 202: z.object({ message: z.string() }) },
        },
        config: { rateLimit: { max: config.signInRateLimit, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        await requestPasswordReset(services, request.body);
        return reply.status(202).send({
          message:
            "If that address belongs to an account, a link to choose a new password is on its way. It works for one hour.",
        });
      },
    );

    app.post(
      "/api/auth/password-reset/complete",
      {
        schema: {
          summary: "Choose a new password with the emailed link's token",
          tags: ["auth"],
          security: [],
          body: completePasswordResetInput,
          response: { 200: signedIn },
        },
        config: { rateLimit: { max: config.signInRateLimit, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const { user, session } = await completePasswordReset(
          services.db,
          request.body,
          config.sessionDays,
        );
        setSessionCookie(reply, config, session);
        return { user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      "/api/auth/change-password",
      {
        schema: {
          summary: "Change your password (signs out your other sessions)",
          tags: ["auth"],
          body: changePasswordInput,
        },
      },
      async (request, reply) => {
        await changePassword(ctxOf(services, request), request.body, request.sessionId ?? "");
        return reply.status(204).send();
      },
    );
  };
