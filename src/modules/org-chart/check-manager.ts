import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { AppError, badRequest } from "../../server/errors.ts";
import { formatReportingChain } from "./cycles.ts";
import { managersOf } from "./reporting-chain.ts";

/**
 * Checks that `managerId` may become `person`'s manager: someone else, active, in the same
 * organization, and not below the person already (which would close a loop). Throws an error
 * that names the people involved. Call inside a transaction, after lockOrgChart.
 */
export async function checkManager(
  tx: Executor,
  organizationId: string,
  person: { id: string; name: string },
  managerId: string,
) {
  if (managerId === person.id) {
    throw badRequest("self_manager", `${person.name} can't be their own manager.`);
  }
  const [manager] = await tx
    .select({ id: people.id, name: people.name, status: people.status })
    .from(people)
    .where(and(eq(people.id, managerId), eq(people.organizationId, organizationId)));
  if (!manager) {
    throw badRequest(
      "manager_not_found",
      "We couldn't find that manager in your organization. Please choose someone from the list.",
    );
  }
  if (manager.status !== "active") {
    throw badRequest(
      "manager_deactivated",
      `${manager.name}'s account is deactivated. Please choose an active manager for ${person.name}.`,
    );
  }
  const above = await managersOf(tx, organizationId, manager.id);
  const at = above.findIndex((link) => link.id === person.id);
  if (at >= 0) {
    const chain = [manager.name, ...above.slice(0, at + 1).map((link) => link.name)];
    throw new AppError(
      "reporting_cycle",
      409,
      `${person.name} can't report to ${manager.name}: ${manager.name} already reports to ${person.name} (${formatReportingChain(chain)}).`,
      { chain: [manager.id, ...above.slice(0, at + 1).map((link) => link.id)] },
    );
  }
}
