import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { cancelSession } from "./cancel-session.ts";
import { confirmSession } from "./confirm-session.ts";
import { listSessions } from "./list-sessions.ts";
import { sessionListSchema } from "./presenters.ts";
import { proposeSession } from "./propose-session.ts";
import { recordAttendance } from "./record-attendance.ts";
import { rescheduleSession } from "./reschedule-session.ts";
import { attendanceInput, proposeSessionInput, rescheduleSessionInput } from "./schemas.ts";
import { sessionCalendar } from "./session-calendar.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });
const sessionParams = z.object({ sessionId: z.uuid("That isn't a valid session id.") });
const changed = z.object({ id: z.uuid(), status: z.enum(["proposed", "confirmed", "cancelled"]) });

export const sessionRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/sessions",
      {
        schema: {
          summary: "A relationship's sessions, for its members: coming up and past",
          tags: ["sessions"],
          params: relationshipParams,
          response: { 200: sessionListSchema },
        },
      },
      async (request) => listSessions(ctxOf(services, request), request.params.relationshipId),
    );

    app.post(
      "/api/relationships/:relationshipId/sessions",
      {
        schema: {
          summary: "Propose a session time (a circle's facilitator sets it at once)",
          tags: ["sessions"],
          params: relationshipParams,
          body: proposeSessionInput,
          response: { 201: changed },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await proposeSession(
              ctxOf(services, request),
              request.params.relationshipId,
              request.body,
            ),
          ),
    );

    app.post(
      "/api/sessions/:sessionId/confirm",
      {
        schema: {
          summary: "Confirm a proposed session time; everyone gets the calendar invite",
          tags: ["sessions"],
          params: sessionParams,
          response: { 200: changed },
        },
      },
      async (request) => confirmSession(ctxOf(services, request), request.params.sessionId),
    );

    app.post(
      "/api/sessions/:sessionId/reschedule",
      {
        schema: {
          summary: "Move a session to another time",
          tags: ["sessions"],
          params: sessionParams,
          body: rescheduleSessionInput,
          response: { 200: changed },
        },
      },
      async (request) =>
        rescheduleSession(ctxOf(services, request), request.params.sessionId, request.body),
    );

    app.post(
      "/api/sessions/:sessionId/cancel",
      {
        schema: {
          summary: "Cancel a session; calendars that hold it are updated",
          tags: ["sessions"],
          params: sessionParams,
          response: { 200: changed },
        },
      },
      async (request) => cancelSession(ctxOf(services, request), request.params.sessionId),
    );

    app.post(
      "/api/sessions/:sessionId/attendance",
      {
        schema: {
          summary: "Did it happen? My answer once the session is over, and who didn't come",
          tags: ["sessions"],
          params: sessionParams,
          body: attendanceInput,
          response: {
            200: z.object({ outcome: z.enum(["held", "not_held", "unclear"]).nullable() }),
          },
        },
      },
      async (request) =>
        recordAttendance(ctxOf(services, request), request.params.sessionId, request.body),
    );

    app.get(
      "/api/sessions/:sessionId/calendar.ics",
      {
        schema: {
          summary: "The session as a calendar event (.ics), for its members",
          tags: ["sessions"],
          params: sessionParams,
        },
      },
      async (request, reply) => {
        const { fileName, calendar } = await sessionCalendar(
          ctxOf(services, request),
          request.params.sessionId,
        );
        return reply
          .header("content-type", "text/calendar; charset=utf-8")
          .header("content-disposition", `attachment; filename="${fileName}"`)
          .header("cache-control", "private, no-store")
          .send(calendar);
      },
    );
  };
