import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { programStateEnum } from "../../db/schema-programs.ts";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { addProgramManager } from "./add-program-manager.ts";
import { changeProgramState } from "./change-program-state.ts";
import { createProgram } from "./create-program.ts";
import { getProgram } from "./get-program.ts";
import { listPrograms } from "./list-programs.ts";
import { programManagerSchema, programSchema, programSummarySchema } from "./presenters.ts";
import { createProgramInput, updateProgramInput } from "./program-input.ts";
import { removeProgramManager } from "./remove-program-manager.ts";
import { updateProgram } from "./update-program.ts";

/** A program's address in its organization, as other modules' routes use it too. */
export const programSlugParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "That isn't a program's address.");
export const programParams = z.object({ slug: programSlugParam });

const managersResponse = z.object({ managers: z.array(programManagerSchema) });

export const programRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs",
      {
        schema: {
          summary: "Programs in your organization, with how many people enrolled and matched",
          tags: ["programs"],
          response: { 200: z.object({ programs: z.array(programSummarySchema) }) },
        },
      },
      async (request) => ({ programs: await listPrograms(ctxOf(services, request)) }),
    );

    app.post(
      "/api/programs",
      {
        schema: {
          summary: "Create a program, from the needs-analysis answers and the settings chosen",
          tags: ["programs"],
          body: createProgramInput,
          response: { 201: z.object({ slug: z.string() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProgram(ctxOf(services, request), request.body)),
    );

    app.get(
      "/api/programs/:slug",
      {
        schema: {
          summary: "One program: its settings, counts and managers",
          tags: ["programs"],
          params: programParams,
          response: { 200: programSchema },
        },
      },
      async (request) => getProgram(ctxOf(services, request), request.params.slug),
    );

    app.patch(
      "/api/programs/:slug",
      {
        schema: {
          summary: "Change a program's settings (its managers)",
          tags: ["programs"],
          params: programParams,
          body: updateProgramInput,
          response: { 200: programSchema },
        },
      },
      async (request) => updateProgram(ctxOf(services, request), request.params.slug, request.body),
    );

    app.post(
      "/api/programs/:slug/state",
      {
        schema: {
          summary:
            "Move a program to its next state: enrolling, matching, running, closing, closed",
          tags: ["programs"],
          params: programParams,
          body: z.object({ to: z.enum(programStateEnum.enumValues, "Choose a program state.") }),
          response: { 200: programSchema },
        },
      },
      async (request) =>
        changeProgramState(ctxOf(services, request), request.params.slug, request.body.to),
    );

    app.post(
      "/api/programs/:slug/managers",
      {
        schema: {
          summary: "Add a colleague as one of the program's managers",
          tags: ["programs"],
          params: programParams,
          body: z.object({ personId: z.uuid("That isn't a valid person id.") }),
          response: { 200: managersResponse },
        },
      },
      async (request) => ({
        managers: await addProgramManager(
          ctxOf(services, request),
          request.params.slug,
          request.body.personId,
        ),
      }),
    );

    app.delete(
      "/api/programs/:slug/managers/:personId",
      {
        schema: {
          summary: "Remove one of the program's managers",
          tags: ["programs"],
          params: programParams.extend({ personId: z.uuid("That isn't a valid person id.") }),
          response: { 200: managersResponse },
        },
      },
      async (request) => ({
        managers: await removeProgramManager(
          ctxOf(services, request),
          request.params.slug,
          request.params.personId,
        ),
      }),
    );
  };
