import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getOutboxEmail, listOutbox } from "./outbox.ts";

const emailSummary = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(["queued", "sent", "failed"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  hasCalendarInvite: z.boolean(),
});

export const outboxRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/outbox",
      {
        schema: {
          summary: "Emails sent by Mutual for your organization (administrators)",
          tags: ["outbox"],
          response: {
            200: z.object({ mode: z.enum(["outbox", "smtp"]), emails: z.array(emailSummary) }),
          },
        },
      },
      async (request) => listOutbox(ctxOf(services, request)),
    );

    app.get(
      "/api/outbox/:emailId",
      {
        schema: {
          summary: "One email with its text, when no mail server is configured (administrators)",
          tags: ["outbox"],
          params: z.object({ emailId: z.uuid("That isn't a valid email id.") }),
          response: { 200: emailSummary.extend({ text: z.string(), html: z.string() }) },
        },
      },
      async (request) => getOutboxEmail(ctxOf(services, request), request.params.emailId),
    );
  };
