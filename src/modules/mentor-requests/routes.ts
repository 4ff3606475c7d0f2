import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { acceptMentorRequest } from "./accept-mentor-request.ts";
import { declineMentorRequest, declineMentorRequestInput } from "./decline-mentor-request.ts";
import { getChoice } from "./get-choice.ts";
import { listMyRequests } from "./list-my-requests.ts";
import { mentorRequestSchema, personCardSchema } from "./presenters.ts";
import { requestMentors, requestMentorsInput, withdrawMentorRequests } from "./request-mentors.ts";

const slugParams = z.object({ slug: z.string().min(1).max(100) });
const requestParams = z.object({ requestId: z.uuid("That isn't a valid request id.") });

const choiceSchema = z.object({
  program: z.object({ slug: z.string(), name: z.string(), state: z.string() }),
  responseDays: z.number(),
  maxChoices: z.number(),
  canChoose: z.boolean(),
  blocker: z.enum(["not_choice", "not_open", "not_mentee", "matched", "waiting"]).nullable(),
  shortlist: z.array(
    z.object({ mentor: personCardSchema, score: z.number(), reasons: z.array(z.string()) }),
  ),
  requests: z.array(mentorRequestSchema),
  relationshipId: z.uuid().nullable(),
});

export const mentorRequestRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs/:slug/choice",
      {
        schema: {
          summary: "Choose a mentor: my shortlist with reasons, and my requests",
          tags: ["mentor-requests"],
          params: slugParams,
          response: { 200: choiceSchema },
        },
      },
      async (request) => getChoice(ctxOf(services, request), request.params.slug),
    );

    app.post(
      "/api/programs/:slug/mentor-requests",
      {
        schema: {
          summary: "Ask a mentor from my shortlist, or rank up to three",
          tags: ["mentor-requests"],
          params: slugParams,
          body: requestMentorsInput,
          response: { 201: choiceSchema },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(services, request);
        await requestMentors(ctx, request.params.slug, request.body);
        return reply.status(201).send(await getChoice(ctx, request.params.slug));
      },
    );

    app.post(
      "/api/programs/:slug/mentor-requests/withdraw",
      {
        schema: {
          summary: "Withdraw my waiting requests in a program",
          tags: ["mentor-requests"],
          params: slugParams,
          response: { 200: z.object({ withdrawn: z.number() }) },
        },
      },
      async (request) => withdrawMentorRequests(ctxOf(services, request), request.params.slug),
    );

    app.get(
      "/api/me/mentor-requests",
      {
        schema: {
          summary: "Requests in front of me as a mentor, and those I sent as a mentee",
          tags: ["mentor-requests"],
          response: {
            200: z.object({
              incoming: z.array(mentorRequestSchema),
              outgoing: z.array(mentorRequestSchema),
              canChooseIn: z.array(z.object({ slug: z.string(), name: z.string() })),
            }),
          },
        },
      },
      async (request) => listMyRequests(ctxOf(services, request)),
    );

    app.post(
      "/api/mentor-requests/:requestId/accept",
      {
        schema: {
          summary: "Say yes to a mentee's request (mentors)",
          tags: ["mentor-requests"],
          params: requestParams,
          response: { 200: z.object({ relationshipId: z.uuid() }) },
        },
      },
      async (request) => acceptMentorRequest(ctxOf(services, request), request.params.requestId),
    );

    app.post(
      "/api/mentor-requests/:requestId/decline",
      {
        schema: {
          summary: "Say no to a mentee's request, with optional kind words (mentors)",
          tags: ["mentor-requests"],
          params: requestParams,
          body: declineMentorRequestInput,
        },
      },
      async (request, reply) => {
        await declineMentorRequest(
          ctxOf(services, request),
          request.params.requestId,
          request.body,
        );
        return reply.status(204).send();
      },
    );
  };
