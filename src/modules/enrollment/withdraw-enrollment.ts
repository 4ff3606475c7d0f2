import { eq } from "drizzle-orm";
import { enrollments } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { loadProgram } from "../programs/load-program.ts";
import { canWithdrawIn } from "./enrollment-window.ts";
import { findEnrollment } from "./load-enrollment.ts";

/** Withdraws the actor's enrollment while the program isn't running yet. Withdrawing twice is fine. */
export async function withdrawEnrollment(ctx: Ctx, slug: string) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "enrollment.update", { organizationId, personId });
  const program = await loadProgram(ctx, slug);
  return ctx.db.transaction(async (tx) => {
    const enrollment = await findEnrollment(tx, organizationId, program.id, personId, {
      lock: true,
    });
    if (!enrollment) throw notFound("enrollment", "enrollment_not_found");
    if (enrollment.status === "withdrawn") return { status: "withdrawn" as const };
    if (!canWithdrawIn(program.state)) {
      throw conflict(
        "program_running",
        "This program is already under way, so enrollment can't be withdrawn here. Please talk to its managers, or ask for a rematch from your relationship.",
      );
    }
    await tx
      .update(enrollments)
      .set({ status: "withdrawn", withdrawnAt: new Date(), updatedAt: new Date() })
      .where(eq(enrollments.id, enrollment.id));
    return { status: "withdrawn" as const };
  });
}
