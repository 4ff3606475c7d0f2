import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import {
  excludePair,
  excludePairInput,
  lockPair,
  lockPairInput,
  swapMentors,
  swapMentorsInput,
  unlockPair,
} from "./edit-matching-run.ts";
import { getMatchingRun, getMatchingRunQuery } from "./get-matching-run.ts";
import { listMatchingRuns } from "./list-matching-runs.ts";
import { listRunMentors, runMentorSchema } from "./list-run-mentors.ts";
import { presentRunSummary, runDetailSchema, runSummarySchema } from "./presenters.ts";
import {
  publishMatchingRun,
  publishMatchingRunInput,
  publishResultSchema,
} from "./publish-matching-run.ts";
import { startMatchingRun, startMatchingRunInput } from "./start-matching-run.ts";
import { whyNotPair, whyNotQuery, whyNotSchema } from "./why-not-pair.ts";

const slug = z.string().min(1).max(100);
const programParams = z.object({ slug });
const runParams = z.object({ slug, runId: z.uuid("That isn't a valid run id.") });
const tags = ["matching"];

export const programMatchingRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const base = "/api/programs/:slug/matching-runs";

    app.get(
      base,
      {
        schema: {
          summary: "A program's matching runs, newest first (its managers)",
          tags,
          params: programParams,
          response: { 200: z.object({ runs: z.array(runSummarySchema) }) },
        },
      },
      async (request) => ({
        runs: await listMatchingRuns(ctxOf(services, request), request.params.slug),
      }),
    );

    app.post(
      base,
      {
        schema: {
          summary:
            "Find matches: queue a matching run (a re-run keeps the locks and exclusions of `rerunOf`)",
          tags,
          params: programParams,
          body: startMatchingRunInput,
          response: { 202: runSummarySchema },
        },
      },
      async (request, reply) => {
        const run = await startMatchingRun(
          ctxOf(services, request),
          request.params.slug,
          request.body,
        );
        return reply.status(202).send(presentRunSummary(run));
      },
    );

    app.get(
      `${base}/:runId`,
      {
        schema: {
          summary:
            "A run's progress and preview: stats, score distribution, mentor load, pairs, unmatched",
          tags,
          params: runParams,
          querystring: getMatchingRunQuery,
          response: { 200: runDetailSchema },
        },
      },
      async (request) =>
        getMatchingRun(
          ctxOf(services, request),
          request.params.slug,
          request.params.runId,
          request.query,
        ),
    );

    app.get(
      `${base}/:runId/why-not/:menteeId/:mentorId`,
      {
        schema: {
          summary: "Why a mentee was not paired with a given mentor in this run",
          tags,
          params: runParams.extend(whyNotQuery.shape),
          response: { 200: whyNotSchema },
        },
      },
      async (request) => {
        const { slug, runId, menteeId, mentorId } = request.params;
        return whyNotPair(ctxOf(services, request), slug, runId, { menteeId, mentorId });
      },
    );

    app.get(
      `${base}/:runId/mentors`,
      {
        schema: {
          summary: "The program's mentors, their places, and how many this run gives each",
          tags,
          params: runParams,
          response: { 200: z.object({ mentors: z.array(runMentorSchema) }) },
        },
      },
      async (request) => ({
        mentors: await listRunMentors(
          ctxOf(services, request),
          request.params.slug,
          request.params.runId,
        ),
      }),
    );

    app.post(
      `${base}/:runId/locks`,
      {
        schema: {
          summary: "Lock a mentee's proposed pair, so re-runs keep it",
          tags,
          params: runParams,
          body: lockPairInput,
        },
      },
      async (request, reply) => {
        const { slug, runId } = request.params;
        await lockPair(ctxOf(services, request), slug, runId, request.body.menteeId);
        return reply.status(204).send();
      },
    );

    app.delete(
      `${base}/:runId/locks/:menteeId`,
      {
        schema: {
          summary: "Unlock a mentee's pair",
          tags,
          params: runParams.extend({ menteeId: z.uuid("That isn't a valid person id.") }),
        },
      },
      async (request, reply) => {
        const { slug, runId, menteeId } = request.params;
        await unlockPair(ctxOf(services, request), slug, runId, menteeId);
        return reply.status(204).send();
      },
    );

    app.post(
      `${base}/:runId/swap`,
      {
        schema: {
          summary:
            "Swap two mentees' mentors (both new pairs are checked against every rule, then locked)",
          tags,
          params: runParams,
          body: swapMentorsInput,
        },
      },
      async (request, reply) => {
        const { slug, runId } = request.params;
        await swapMentors(ctxOf(services, request), slug, runId, request.body.menteeIds);
        return reply.status(204).send();
      },
    );

    app.post(
      `${base}/:runId/exclusions`,
      {
        schema: {
          summary: "Rule a pair out of this run and its re-runs",
          tags,
          params: runParams,
          body: excludePairInput,
        },
      },
      async (request, reply) => {
        const { slug, runId } = request.params;
        await excludePair(ctxOf(services, request), slug, runId, request.body);
        return reply.status(204).send();
      },
    );

    app.post(
      `${base}/:runId/publish`,
      {
        schema: {
          summary:
            "Publish a run: its pairs become mentoring relationships, and both people are told",
          tags,
          params: runParams,
          body: publishMatchingRunInput,
          response: { 200: publishResultSchema },
        },
      },
      async (request) =>
        publishMatchingRun(
          ctxOf(services, request),
          request.params.slug,
          request.params.runId,
          request.body,
        ),
    );
  };
