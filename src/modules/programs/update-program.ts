import { eq } from "drizzle-orm";
import { programs } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict } from "../../server/errors.ts";
import { getProgram } from "./get-program.ts";
import { loadManagedProgram } from "./load-program.ts";
import {
  defaultMatchingSettings,
  normalizeMatchingSettings,
  parseMatchingSettings,
} from "./matching-settings.ts";
import type { UpdateProgramInput } from "./program-input.ts";

/** Fields that shape who is matched with whom: fixed once matching has begun. */
const SHAPE_FIELDS = ["format", "roles", "kind"] as const;

/** Changes a program's settings (its managers and administrators). */
export async function updateProgram(ctx: Ctx, slug: string, input: UpdateProgramInput) {
  await ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    if (program.state === "closed") {
      throw conflict(
        "program_closed",
        "This program is closed, so its settings can't change any more.",
      );
    }
    const shapeChanged = SHAPE_FIELDS.some(
      (field) => input[field] !== undefined && input[field] !== program[field],
    );
    if (shapeChanged && !["draft", "enrolling"].includes(program.state)) {
      throw conflict(
        "program_shape_fixed",
        "The format, roles and kind can't change once matching has begun: people enrolled and were matched on them.",
      );
    }
    const kind = input.kind ?? program.kind;
    const purpose = input.purpose ?? program.purpose;
    const min = input.cadenceMinWeeks ?? program.cadenceMinWeeks;
    const max = input.cadenceMaxWeeks ?? program.cadenceMaxWeeks;
    if (min > max) {
      throw badRequest(
        "invalid_cadence",
        "The shortest gap between meetings can't be longer than the longest.",
      );
    }
    const opens =
      input.enrollmentOpensAt !== undefined
        ? input.enrollmentOpensAt
        : program.enrollmentOpensAt?.toISOString();
    const closes =
      input.enrollmentClosesAt !== undefined
        ? input.enrollmentClosesAt
        : program.enrollmentClosesAt?.toISOString();
    if (opens && closes && new Date(opens) >= new Date(closes)) {
      throw badRequest("invalid_enrollment_window", "Enrollment has to open before it closes.");
    }
    const matching = normalizeMatchingSettings(
      input.matching ??
        (program.matching
          ? parseMatchingSettings(program.matching, purpose, kind)
          : defaultMatchingSettings(purpose, kind)),
      kind,
    );
    const { matching: _m, enrollmentOpensAt, enrollmentClosesAt, ...rest } = input;
    await tx
      .update(programs)
      .set({
        ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
        ...(enrollmentOpensAt !== undefined && {
          enrollmentOpensAt: enrollmentOpensAt ? new Date(enrollmentOpensAt) : null,
        }),
        ...(enrollmentClosesAt !== undefined && {
          enrollmentClosesAt: enrollmentClosesAt ? new Date(enrollmentClosesAt) : null,
        }),
        matching,
        updatedAt: new Date(),
      })
      .where(eq(programs.id, program.id));
  });
  return getProgram(ctx, slug);
}
