import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { addGoal, addGoalInput } from "./add-goal.ts";
import { addMilestone, addMilestoneInput } from "./add-milestone.ts";
import { addProgressNote, addProgressNoteInput } from "./add-progress-note.ts";
import { deleteGoal } from "./delete-goal.ts";
import { listGoals } from "./list-goals.ts";
import { goalSchema } from "./presenters.ts";
import { MAX_GOALS } from "./rules.ts";
import { updateGoal, updateGoalInput } from "./update-goal.ts";
import { updateMilestone, updateMilestoneInput } from "./update-milestone.ts";

const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });
const goalParams = z.object({ relationshipGoalId: z.uuid("That isn't a valid goal id.") });
const milestoneParams = z.object({
  goalMilestoneId: z.uuid("That isn't a valid milestone id."),
});
const oneGoal = z.object({ goal: goalSchema });

export const relationshipGoalRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relationships/:relationshipId/goals",
      {
        schema: {
          summary: "A relationship's goals, progress notes and milestones (its members only)",
          tags: ["relationship-goals"],
          params: relationshipParams,
          response: {
            200: z.object({ goals: z.array(goalSchema), maxGoals: z.number().int() }),
          },
        },
      },
      async (request) => ({
        goals: await listGoals(ctxOf(services, request), request.params.relationshipId),
        maxGoals: MAX_GOALS,
      }),
    );

    app.post(
      "/api/relationships/:relationshipId/goals",
      {
        schema: {
          summary: "Add a goal: what, and how you'll know it's reached",
          tags: ["relationship-goals"],
          params: relationshipParams,
          body: addGoalInput,
          response: { 201: oneGoal },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          goal: await addGoal(
            ctxOf(services, request),
            request.params.relationshipId,
            request.body,
          ),
        }),
    );

    app.patch(
      "/api/relationship-goals/:relationshipGoalId",
      {
        schema: {
          summary: "Reword a goal, move it, or set its status",
          tags: ["relationship-goals"],
          params: goalParams,
          body: updateGoalInput,
          response: { 200: oneGoal },
        },
      },
      async (request) => ({
        goal: await updateGoal(
          ctxOf(services, request),
          request.params.relationshipGoalId,
          request.body,
        ),
      }),
    );

    app.delete(
      "/api/relationship-goals/:relationshipGoalId",
      {
        schema: {
          summary: "Remove a goal with its notes and milestones",
          tags: ["relationship-goals"],
          params: goalParams,
        },
      },
      async (request, reply) => {
        await deleteGoal(ctxOf(services, request), request.params.relationshipGoalId);
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/relationship-goals/:relationshipGoalId/progress",
      {
        schema: {
          summary: "Note progress on a goal",
          tags: ["relationship-goals"],
          params: goalParams,
          body: addProgressNoteInput,
          response: { 201: oneGoal },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          goal: await addProgressNote(
            ctxOf(services, request),
            request.params.relationshipGoalId,
            request.body,
          ),
        }),
    );

    app.post(
      "/api/relationship-goals/:relationshipGoalId/milestones",
      {
        schema: {
          summary: "Add a milestone on the way to a goal",
          tags: ["relationship-goals"],
          params: goalParams,
          body: addMilestoneInput,
          response: { 201: oneGoal },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          goal: await addMilestone(
            ctxOf(services, request),
            request.params.relationshipGoalId,
            request.body,
          ),
        }),
    );

    app.patch(
      "/api/goal-milestones/:goalMilestoneId",
      {
        schema: {
          summary: "Rename a milestone, move its date, or tick it done",
          tags: ["relationship-goals"],
          params: milestoneParams,
          body: updateMilestoneInput,
          response: { 200: oneGoal },
        },
      },
      async (request) => ({
        goal: await updateMilestone(
          ctxOf(services, request),
          request.params.goalMilestoneId,
          request.body,
        ),
      }),
    );
  };
