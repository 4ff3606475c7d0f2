import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { countUnread, listNotifications, listNotificationsInput } from "./list-notifications.ts";
import { markAllRead, markRead } from "./mark-read.ts";
import { notificationSchema } from "./presenters.ts";

export const notificationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/notifications",
      {
        schema: {
          summary: "My notifications, unread first",
          tags: ["notifications"],
          querystring: listNotificationsInput,
          response: {
            200: z.object({
              notifications: z.array(notificationSchema),
              total: z.number(),
              unread: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
          },
        },
      },
      async (request) => listNotifications(ctxOf(services, request), request.query),
    );

    app.get(
      "/api/notifications/unread-count",
      {
        schema: {
          summary: "How many of my notifications are unread",
          tags: ["notifications"],
          response: { 200: z.object({ unread: z.number() }) },
        },
      },
      async (request) => countUnread(ctxOf(services, request)),
    );

    app.post(
      "/api/notifications/:notificationId/read",
      {
        schema: {
          summary: "Mark one notification read",
          tags: ["notifications"],
          params: z.object({ notificationId: z.uuid("That isn't a valid notification id.") }),
        },
      },
      async (request, reply) => {
        await markRead(ctxOf(services, request), request.params.notificationId);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/notifications/read-all",
      {
        schema: {
          summary: "Mark all my notifications read",
          tags: ["notifications"],
          response: { 200: z.object({ marked: z.number() }) },
        },
      },
      async (request) => markAllRead(ctxOf(services, request)),
    );
  };
