import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getMe } from "./get-me.ts";
import { listPeople } from "./list-people.ts";
import { changeRole, setPersonActive } from "./manage-person.ts";
import { meSchema, personSchema, roleSchema } from "./presenters.ts";
import { updateProfile, updateProfileInput } from "./update-profile.ts";

const personParams = z.object({ personId: z.uuid("That isn't a valid person id.") });

export const peopleRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/me",
      { schema: { summary: "Your own profile", tags: ["people"], response: { 200: meSchema } } },
      async (request) => getMe(services.db, ctxOf(services, request).actor),
    );

    app.patch(
      "/api/me/profile",
      {
        schema: {
          summary: "Edit your name, title and short bio",
          tags: ["people"],
          body: updateProfileInput,
          response: { 200: meSchema },
        },
      },
      async (request) => updateProfile(ctxOf(services, request), request.body),
    );

    app.get(
      "/api/people",
      {
        schema: {
          summary: "People in your organization",
          tags: ["people"],
          response: { 200: z.object({ people: z.array(personSchema) }) },
        },
      },
      async (request) => ({ people: await listPeople(ctxOf(services, request)) }),
    );

    app.patch(
      "/api/people/:personId/role",
      {
        schema: {
          summary: "Change a person's role (administrators)",
          tags: ["people"],
          params: personParams,
          body: z.object({ role: roleSchema }),
          response: { 200: personSchema },
        },
      },
      async (request) =>
        changeRole(ctxOf(services, request), request.params.personId, request.body.role),
    );

    app.post(
      "/api/people/:personId/deactivate",
      {
        schema: {
          summary:
            "Deactivate a person: they can no longer sign in; nothing of theirs is deleted (administrators)",
          tags: ["people"],
          params: personParams,
          response: { 200: personSchema },
        },
      },
      async (request) => setPersonActive(ctxOf(services, request), request.params.personId, false),
    );

    app.post(
      "/api/people/:personId/reactivate",
      {
        schema: {
          summary: "Let a deactivated person sign in again (administrators)",
          tags: ["people"],
          params: personParams,
          response: { 200: personSchema },
        },
      },
      async (request) => setPersonActive(ctxOf(services, request), request.params.personId, true),
    );
  };
