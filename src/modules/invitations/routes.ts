import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf, setSessionCookie } from "../../server/plugins/auth.ts";
import { meSchema, roleSchema } from "../people/presenters.ts";
import {
  acceptInvitation,
  acceptInvitationInput,
  getInvitationByToken,
} from "./accept-invitation.ts";
import { invitePeople, invitePeopleInput } from "./invite-people.ts";
import { listInvitations } from "./list-invitations.ts";
import { resendInvitation, revokeInvitation } from "./manage-invitation.ts";
import { invitationSchema } from "./presenters.ts";

const invitationParams = z.object({ invitationId: z.uuid("That isn't a valid invitation id.") });

export const invitationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/invitations",
      {
        schema: {
          summary: "Invitations sent in your organization (administrators)",
          tags: ["invitations"],
          response: { 200: z.object({ invitations: z.array(invitationSchema) }) },
        },
      },
      async (request) => ({ invitations: await listInvitations(ctxOf(services, request)) }),
    );

    app.post(
      "/api/invitations",
      {
        schema: {
          summary: "Invite people by email: one address or a pasted list (administrators)",
          tags: ["invitations"],
          body: invitePeopleInput,
          response: {
            201: z.object({
              invited: z.array(z.object({ id: z.uuid(), email: z.string() })),
              skipped: z.array(z.object({ email: z.string(), reason: z.string() })),
            }),
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await invitePeople(ctxOf(services, request), request.body)),
    );

    app.delete(
      "/api/invitations/:invitationId",
      {
        schema: {
          summary: "Withdraw an invitation (administrators)",
          tags: ["invitations"],
          params: invitationParams,
        },
      },
      async (request, reply) => {
        await revokeInvitation(ctxOf(services, request), request.params.invitationId);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/invitations/:invitationId/resend",
      {
        schema: {
          summary: "Send a fresh invitation link (administrators)",
          tags: ["invitations"],
          params: invitationParams,
          response: { 200: z.object({ id: z.uuid() }) },
        },
      },
      async (request) => resendInvitation(ctxOf(services, request), request.params.invitationId),
    );

    app.get(
      "/api/invitations/by-token/:token",
      {
        schema: {
          summary: "What an invitation link is for, before joining",
          tags: ["invitations"],
          security: [],
          params: z.object({ token: z.string().min(10).max(200) }),
          response: {
            200: z.object({
              email: z.string(),
              organizationName: z.string(),
              invitedByName: z.string().nullable(),
              role: roleSchema,
            }),
          },
        },
      },
      async (request) => getInvitationByToken(services.db, request.params.token),
    );

    app.post(
      "/api/invitations/accept",
      {
        schema: {
          summary: "Join the organization: choose your name and password",
          tags: ["invitations"],
          security: [],
          body: acceptInvitationInput,
          response: { 201: z.object({ user: meSchema, csrfToken: z.string() }) },
        },
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const { user, session } = await acceptInvitation(
          services.db,
          request.body,
          services.config.sessionDays,
        );
        setSessionCookie(reply, services.config, session);
        return reply.status(201).send({ user, csrfToken: session.csrfToken });
      },
    );
  };
