import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../../config.ts";
import { findSession, touchSession } from "../../modules/auth/sessions.ts";
import type { Actor, Ctx, Services } from "../context.ts";
import { AppError, unauthorized } from "../errors.ts";
import { safeEqual } from "../tokens.ts";

export const SESSION_COOKIE = "mutual_session";
const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const TOUCH_AFTER_MS = 60 * 60 * 1000;

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

/** A route is public when its OpenAPI operation says so (`security: []`): the spec is the source of truth. */
export const isPublicRoute = (request: FastifyRequest) => {
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(security) && security.length === 0;
};

/**
 * Reads the session cookie for every /api request. Non-public routes answer 401 without a live
 * session, and cookie-authenticated mutations must carry the session's CSRF token.
 */
export function registerAuth(app: FastifyInstance, services: Services) {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionId", null);
  app.decorateRequest("csrfToken", null);

  // onRequest: a request without a session is refused before its body is read or validated.
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/") || request.url.startsWith("/api/docs")) return;
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    const session =
      unsigned?.valid && unsigned.value ? await findSession(services.db, unsigned.value) : null;
    if (session) {
      request.actor = {
        personId: session.personId,
        organizationId: session.organizationId,
        role: session.role,
      };
      request.sessionId = session.sessionId;
      request.csrfToken = session.csrfToken;
      if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
        await touchSession(services.db, session.sessionId, services.config.sessionDays);
      }
    }
    if (isPublicRoute(request)) return;
    if (!session) throw unauthorized();
    if (MUTATIONS.has(request.method)) {
      const header = request.headers["x-csrf-token"];
      if (typeof header !== "string" || !safeEqual(header, session.csrfToken)) {
        throw new AppError(
          "csrf_failed",
          403,
          "This request is missing its security token. Please reload the page and try again.",
        );
      }
    }
  });
}

/** The domain context for a signed-in request. */
export function ctxOf(services: Services, request: FastifyRequest): Ctx {
  if (!request.actor) throw unauthorized();
  return { ...services, actor: request.actor };
}

export function setSessionCookie(
  reply: FastifyReply,
  config: Config,
  session: { token: string; expiresAt: Date },
) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    signed: true,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
  });
}
