import { and, eq, like } from "drizzle-orm";
import { preparationPages, programManagers, programs } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict } from "../../server/errors.ts";
import { DEFAULT_PREPARATION_PAGES } from "../preparation/default-pages.ts";
import { defaultMatchingSettings, normalizeMatchingSettings } from "./matching-settings.ts";
import type { CreateProgramInput } from "./program-input.ts";
import { recommendProgram } from "./recommend.ts";
import { slugify, uniqueSlug } from "./slug.ts";

/**
 * Creates a draft program from the wizard's answers and the settings chosen. The creator becomes
 * its first manager; the recommendation is worked out again here and kept beside the answers.
 */
export async function createProgram(ctx: Ctx, input: CreateProgramInput) {
  authorize(ctx.actor, "programs.create");
  const recommendation = input.needsAnalysis ? recommendProgram(input.needsAnalysis) : null;
  const kind = input.kind ?? recommendation?.kind.value ?? "career";
  const cadenceMin = input.cadenceMinWeeks ?? recommendation?.cadence.value.minWeeks ?? 2;
  const cadenceMax = input.cadenceMaxWeeks ?? recommendation?.cadence.value.maxWeeks ?? 6;
  if (cadenceMin > cadenceMax) {
    throw badRequest(
      "invalid_cadence",
      "The shortest gap between meetings can't be longer than the longest.",
    );
  }
  const matching = normalizeMatchingSettings(
    input.matching ?? defaultMatchingSettings(input.purpose, kind, recommendation?.mode.value),
    kind,
  );
  const organizationId = ctx.actor.organizationId;

  return ctx.db
    .transaction(async (tx) => {
      const base = slugify(input.name);
      const taken = await tx
        .select({ slug: programs.slug })
        .from(programs)
        .where(and(eq(programs.organizationId, organizationId), like(programs.slug, `${base}%`)));
      const slug = uniqueSlug(base, new Set(taken.map((row) => row.slug)));
      const [program] = await tx
        .insert(programs)
        .values({
          organizationId,
          slug,
          name: input.name,
          description: input.description ?? null,
          purpose: input.purpose,
          purposeOther: input.purposeOther ?? null,
          format: input.format ?? recommendation?.format.value ?? "one_to_one",
          roles: input.roles ?? recommendation?.roles.value ?? "mentor_mentee",
          kind,
          durationMonths: input.durationMonths ?? recommendation?.durationMonths.value ?? 12,
          cadenceMinWeeks: cadenceMin,
          cadenceMaxWeeks: cadenceMax,
          eligibility: input.eligibility ?? { all: true },
          enrollmentOpensAt: input.enrollmentOpensAt ? new Date(input.enrollmentOpensAt) : null,
          enrollmentClosesAt: input.enrollmentClosesAt ? new Date(input.enrollmentClosesAt) : null,
          preparationRequired: input.preparationRequired ?? false,
          measures: input.measures ?? recommendation?.measures.value ?? [],
          needsAnalysis: input.needsAnalysis ?? null,
          recommendation,
          matching,
          createdById: ctx.actor.personId,
        })
        .returning();
      if (!program) throw new Error("the program insert returned nothing");
      await tx
        .insert(programManagers)
        .values({ organizationId, programId: program.id, personId: ctx.actor.personId });
      if (input.addDefaultPreparation) {
        await tx.insert(preparationPages).values(
          DEFAULT_PREPARATION_PAGES.map((page, position) => ({
            organizationId,
            programId: program.id,
            ...page,
            position,
          })),
        );
      }
      return { slug: program.slug };
    })
    .catch((error: unknown) => {
      // Two programs with the same name created at the same moment: the unique index decides.
      if ((error as { cause?: { code?: string } })?.cause?.code === "23505") {
        throw conflict(
          "program_slug_taken",
          "A program with that name was just created. Please try again.",
        );
      }
      throw error;
    });
}
