import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getPersonSkills, personSkillsSchema } from "./get-person-skills.ts";
import { removePersonSkill } from "./remove-person-skill.ts";
import { setOfferedSkill, setOfferedSkillInput } from "./set-offered-skill.ts";
import { setWantedSkill, setWantedSkillInput } from "./set-wanted-skill.ts";

const personParams = z.object({ personId: z.uuid("That isn't a valid person id.") });
const personSkillParams = personParams.extend({
  skillId: z.uuid("That isn't a valid skill id."),
});

/** The skills a person offers and wants to learn: everyone may read them; they (or an admin) edit. */
export const personSkillRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/people/:personId/skills",
      {
        schema: {
          summary: "The skills a person offers and wants to learn",
          tags: ["skills"],
          params: personParams,
          response: { 200: personSkillsSchema },
        },
      },
      async (request) => getPersonSkills(ctxOf(services, request), request.params.personId),
    );

    app.put(
      "/api/people/:personId/skills/offered/:skillId",
      {
        schema: {
          summary:
            "Offer a skill, at a level from 1 to 5, and say whether you'd teach it (yourself, or anyone for administrators)",
          tags: ["skills"],
          params: personSkillParams,
          body: setOfferedSkillInput,
          response: { 200: personSkillsSchema },
        },
      },
      async (request) => setOfferedSkill(ctxOf(services, request), request.params, request.body),
    );

    app.delete(
      "/api/people/:personId/skills/offered/:skillId",
      {
        schema: {
          summary: "Stop offering a skill",
          tags: ["skills"],
          params: personSkillParams,
        },
      },
      async (request, reply) => {
        await removePersonSkill(ctxOf(services, request), { ...request.params, list: "offered" });
        return reply.status(204).send();
      },
    );

    app.put(
      "/api/people/:personId/skills/wanted/:skillId",
      {
        schema: {
          summary:
            "Want to learn a skill, with a priority from 1 to 3 (yourself, or anyone for administrators)",
          tags: ["skills"],
          params: personSkillParams,
          body: setWantedSkillInput,
          response: { 200: personSkillsSchema },
        },
      },
      async (request) => setWantedSkill(ctxOf(services, request), request.params, request.body),
    );

    app.delete(
      "/api/people/:personId/skills/wanted/:skillId",
      {
        schema: {
          summary: "Take a skill off what you want to learn",
          tags: ["skills"],
          params: personSkillParams,
        },
      },
      async (request, reply) => {
        await removePersonSkill(ctxOf(services, request), { ...request.params, list: "wanted" });
        return reply.status(204).send();
      },
    );
  };
