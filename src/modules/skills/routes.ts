import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { adoptStarterTaxonomy } from "./adopt-starter-taxonomy.ts";
import { approveSkillProposal, approveSkillProposalInput } from "./approve-skill-proposal.ts";
import { createSkill, createSkillInput } from "./create-skill.ts";
import { listSkillCategories, skillCategorySummarySchema } from "./list-skill-categories.ts";
import { listSkillProposals, skillProposalSchema } from "./list-skill-proposals.ts";
import { catalogSkillSchema, listSkills, listSkillsQuery } from "./list-skills.ts";
import { mergeSkills, mergeSkillsInput } from "./merge-skills.ts";
import { skillSchema } from "./presenters.ts";
import { proposeSkill, proposeSkillInput } from "./propose-skill.ts";
import { rejectSkillProposal } from "./reject-skill-proposal.ts";
import { searchSkills, searchSkillsQuery, skillMatchSchema } from "./search-skills.ts";
import { updateSkill, updateSkillInput } from "./update-skill.ts";

export const skillParams = z.object({ skillId: z.uuid("That isn't a valid skill id.") });

/** The organization's skill taxonomy: search, browse, proposals and the administrators' tools. */
export const skillRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/skills",
      {
        schema: {
          summary: "Find skills by name or synonym, as you type",
          tags: ["skills"],
          querystring: searchSkillsQuery,
          response: { 200: z.object({ skills: z.array(skillMatchSchema) }) },
        },
      },
      async (request) => ({
        skills: await searchSkills(ctxOf(services, request), request.query),
      }),
    );

    app.get(
      "/api/skills/catalog",
      {
        schema: {
          summary: "Browse the approved skills, all or one category's",
          tags: ["skills"],
          querystring: listSkillsQuery,
          response: { 200: z.object({ skills: z.array(catalogSkillSchema) }) },
        },
      },
      async (request) => ({ skills: await listSkills(ctxOf(services, request), request.query) }),
    );

    app.get(
      "/api/skill-categories",
      {
        schema: {
          summary: "The categories of skills, with how many skills each holds",
          tags: ["skills"],
          response: { 200: z.object({ categories: z.array(skillCategorySummarySchema) }) },
        },
      },
      async (request) => ({ categories: await listSkillCategories(ctxOf(services, request)) }),
    );

    app.post(
      "/api/skills",
      {
        schema: {
          summary: "Add a skill to the taxonomy (administrators)",
          tags: ["skills"],
          body: createSkillInput,
          response: { 201: skillSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createSkill(ctxOf(services, request), request.body)),
    );

    app.patch(
      "/api/skills/:skillId",
      {
        schema: {
          summary: "Edit a skill's name, category, description or synonyms (administrators)",
          tags: ["skills"],
          params: skillParams,
          body: updateSkillInput,
          response: { 200: skillSchema },
        },
      },
      async (request) =>
        updateSkill(ctxOf(services, request), request.params.skillId, request.body),
    );

    app.post(
      "/api/skills/:skillId/merge",
      {
        schema: {
          summary:
            "Merge a duplicate skill into the one to keep: everyone's profile and every spelling moves across (administrators)",
          tags: ["skills"],
          params: skillParams,
          body: mergeSkillsInput,
          response: { 200: skillSchema },
        },
      },
      async (request) =>
        mergeSkills(ctxOf(services, request), request.params.skillId, request.body),
    );

    app.post(
      "/api/skills/adopt-starter",
      {
        schema: {
          summary:
            "Add the ready-made list of workplace skills; skills you already have are left as they are (administrators)",
          tags: ["skills"],
          response: { 200: z.object({ added: z.number().int(), skipped: z.number().int() }) },
        },
      },
      async (request) => adoptStarterTaxonomy(ctxOf(services, request)),
    );

    app.post(
      "/api/skill-proposals",
      {
        schema: {
          summary: "Propose a skill that isn't in the list yet (or get the skill it already is)",
          tags: ["skills"],
          body: proposeSkillInput,
          response: {
            200: z.object({ skill: skillSchema, created: z.literal(false) }),
            201: z.object({ skill: skillSchema, created: z.literal(true) }),
          },
        },
      },
      async (request, reply) => {
        const result = await proposeSkill(ctxOf(services, request), request.body);
        return reply.status(result.created ? 201 : 200).send(result);
      },
    );

    app.get(
      "/api/skill-proposals",
      {
        schema: {
          summary: "Proposed skills waiting for review (administrators)",
          tags: ["skills"],
          response: { 200: z.object({ proposals: z.array(skillProposalSchema) }) },
        },
      },
      async (request) => ({ proposals: await listSkillProposals(ctxOf(services, request)) }),
    );

    app.post(
      "/api/skill-proposals/:skillId/approve",
      {
        schema: {
          summary: "Approve a proposed skill, with any corrections (administrators)",
          tags: ["skills"],
          params: skillParams,
          body: approveSkillProposalInput,
          response: { 200: skillSchema },
        },
      },
      async (request) =>
        approveSkillProposal(ctxOf(services, request), request.params.skillId, request.body),
    );

    app.delete(
      "/api/skill-proposals/:skillId",
      {
        schema: {
          summary:
            "Turn down a proposed skill: it is removed, and from the profiles that used it (administrators)",
          tags: ["skills"],
          params: skillParams,
        },
      },
      async (request, reply) => {
        await rejectSkillProposal(ctxOf(services, request), request.params.skillId);
        return reply.status(204).send();
      },
    );
  };
