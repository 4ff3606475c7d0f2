import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { agreementAcceptances, agreements } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { loadGoals } from "../relationship-goals/list-goals.ts";
import { type LoadedRelationship, loadRelationship } from "../relationships/load-relationship.ts";
import { draftAgreement } from "./defaults.ts";
import type { AgreementAnswer } from "./presenters.ts";
import { termsOf } from "./snapshot.ts";

/**
 * The agreement as its members see it: the saved one, or a draft from the program's defaults;
 * the goals; who has accepted which version. The caller has passed the firewall.
 */
export async function presentAgreement(
  tx: Executor,
  ctx: Ctx,
  loaded: LoadedRelationship,
): Promise<AgreementAnswer> {
  const { relationship, program, members } = loaded;
  const [saved] = await tx
    .select()
    .from(agreements)
    .where(eq(agreements.relationshipId, relationship.id));
  // One after the other: `tx` may be a transaction, whose one connection runs one query at a time.
  const goals = await loadGoals(tx, relationship.id);
  const acceptances = await tx
    .select()
    .from(agreementAcceptances)
    .where(eq(agreementAcceptances.relationshipId, relationship.id));
  const names = await namesOf(tx, [
    ...members.map((m) => m.personId),
    ...(saved?.updatedById ? [saved.updatedById] : []),
  ]);
  const version = saved?.version ?? 0;
  const terms = saved
    ? termsOf(saved)
    : draftAgreement({
        program,
        startedAt: relationship.startedAt ?? relationship.createdAt,
        kind: relationship.kind,
      });
  const byPerson = new Map(acceptances.map((a) => [a.personId, a]));
  const mine = byPerson.get(ctx.actor.personId);
  return {
    agreement: {
      isDraft: !saved,
      version,
      ...terms,
      updatedAt: saved?.updatedAt.toISOString() ?? null,
      updatedBy: saved?.updatedById
        ? { id: saved.updatedById, name: names.get(saved.updatedById) ?? "" }
        : null,
    },
    goals,
    acceptances: members.map((m) => {
      const accepted = byPerson.get(m.personId);
      return {
        personId: m.personId,
        name: names.get(m.personId) ?? "",
        role: m.role,
        version: accepted?.version ?? null,
        acceptedAt: accepted?.acceptedAt.toISOString() ?? null,
        ofCurrentVersion: saved !== undefined && accepted?.version === version,
      };
    }),
    acceptedByMe: saved !== undefined && mine?.version === version,
    changedSinceIAccepted: saved !== undefined && mine !== undefined && mine.version < version,
    inForce: relationship.agreedAt !== null,
    agreedAt: relationship.agreedAt?.toISOString() ?? null,
    canEdit: relationship.status === "active",
  };
}

/** GET: the agreement of a relationship, for its members only. */
export async function getAgreement(ctx: Ctx, relationshipId: string) {
  return ctx.db.transaction(async (tx) =>
    presentAgreement(tx, ctx, await loadRelationship(tx, ctx, relationshipId, "participant")),
  );
}
