import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { checkManager } from "../org-chart/check-manager.ts";
import { lockOrgChart } from "../org-chart/reporting-chain.ts";
import { getProfile } from "./get-profile.ts";
import { hireDateField, optionalText } from "./profile-fields.ts";

/** The details HR keeps about a person; administrators change them for anyone. */
export const updateWorkDetailsInput = z.strictObject({
  title: optionalText(120, "A title"),
  department: optionalText(120, "A department"),
  location: optionalText(120, "A location"),
  hireDate: hireDateField,
  employeeId: optionalText(64, "An employee ID"),
  managerId: z.uuid("Please choose a manager from the list.").nullable().optional(),
});
export type UpdateWorkDetailsInput = z.infer<typeof updateWorkDetailsInput>;

export async function updateWorkDetails(ctx: Ctx, personId: string, input: UpdateWorkDetailsInput) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "profile.work.update", { organizationId });
  await ctx.db
    .transaction(async (tx) => {
      if (input.managerId) await lockOrgChart(tx, organizationId);
      const [person] = await tx
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)))
        .for("update");
      if (!person) throw notFound("person", "person_not_found");
      if (input.managerId) await checkManager(tx, organizationId, person, input.managerId);
      if (input.employeeId) {
        const [holder] = await tx
          .select({ name: people.name })
          .from(people)
          .where(
            and(
              eq(people.organizationId, organizationId),
              eq(people.employeeId, input.employeeId),
              ne(people.id, person.id),
            ),
          );
        if (holder) {
          throw conflict(
            "employee_id_taken",
            `Employee ID “${input.employeeId}” already belongs to ${holder.name}. Each person needs their own.`,
          );
        }
      }
      const changes = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(changes).length === 0) return;
      await tx
        .update(people)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(people.id, person.id));
    })
    .catch((error: unknown) => {
      // Two admins giving the same ID at the same moment: the unique index decides.
      const code = (error as { cause?: { code?: string } })?.cause?.code;
      if (code === "23505") {
        throw conflict(
          "employee_id_taken",
          "That employee ID was just given to someone else. Each person needs their own.",
        );
      }
      throw error;
    });
  return getProfile(ctx, personId);
}
