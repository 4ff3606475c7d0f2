import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../../server/context.ts";
import { ctxOf } from "../../../server/plugins/auth.ts";
import {
  addGoal,
  addGoalInput,
  deleteGoal,
  reorderGoals,
  reorderGoalsInput,
  updateGoal,
  updateGoalInput,
} from "./manage-goals.ts";
import { goalSchema } from "./presenters.ts";

const goalParams = z.object({ goalId: z.uuid("That isn't a valid goal id.") });
const goalsResponse = { 200: z.object({ goals: z.array(goalSchema) }) };

export const goalRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/me/goals",
      {
        schema: {
          summary: "Add one of your goals, optionally serving an organizational objective",
          tags: ["goals"],
          body: addGoalInput,
          response: { 201: goalsResponse[200] },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ goals: await addGoal(ctxOf(services, request), request.body) }),
    );

    app.patch(
      "/api/me/goals/:goalId",
      {
        schema: {
          summary: "Edit one of your goals",
          tags: ["goals"],
          params: goalParams,
          body: updateGoalInput,
          response: goalsResponse,
        },
      },
      async (request) => ({
        goals: await updateGoal(ctxOf(services, request), request.params.goalId, request.body),
      }),
    );

    app.delete(
      "/api/me/goals/:goalId",
      {
        schema: {
          summary: "Remove one of your goals",
          tags: ["goals"],
          params: goalParams,
          response: goalsResponse,
        },
      },
      async (request) => ({
        goals: await deleteGoal(ctxOf(services, request), request.params.goalId),
      }),
    );

    app.put(
      "/api/me/goals/order",
      {
        schema: {
          summary: "Put your goals in a new order",
          tags: ["goals"],
          body: reorderGoalsInput,
          response: goalsResponse,
        },
      },
      async (request) => ({
        goals: await reorderGoals(ctxOf(services, request), request.body.goalIds),
      }),
    );
  };
