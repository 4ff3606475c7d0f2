import { count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import {
  agreementAcceptances,
  agreements,
  relationshipGoals,
} from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { presentAgreement } from "./get-agreement.ts";
import { notifyAgreementAccepted, notifyAgreementInPlace } from "./notices.ts";

export const acceptAgreementInput = z.object({
  /** The version the person read, so nobody accepts a change they haven't seen. */
  version: z
    .number("Say which version of the agreement you're accepting.")
    .int("A version is a whole number.")
    .min(1, "A version starts at 1."),
});
export type AcceptAgreementInput = z.infer<typeof acceptAgreementInput>;

/** Records that a person accepts a version (one row per person: their latest acceptance). */
export async function recordAcceptance(
  tx: Executor,
  input: {
    relationship: { id: string; organizationId: string };
    personId: string;
    version: number;
    now: Date;
  },
) {
  await tx
    .insert(agreementAcceptances)
    .values({
      relationshipId: input.relationship.id,
      personId: input.personId,
      organizationId: input.relationship.organizationId,
      version: input.version,
      acceptedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [agreementAcceptances.relationshipId, agreementAcceptances.personId],
      set: { version: input.version, acceptedAt: input.now },
    });
}

/**
 * A member accepts the current version. When every member has accepted it for the first time,
 * the agreement is in place (relationships.agreedAt) and everyone is told they can plan the
 * first session. Later changes ask for acceptance again, but the agreement stays in place.
 */
export async function acceptAgreement(
  ctx: Ctx,
  relationshipId: string,
  input: AcceptAgreementInput,
  now = new Date(),
) {
  const { answer, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRelationshipForWork(tx, ctx, relationshipId, { lock: true });
    const { relationship, program, members } = loaded;
    const [agreement] = await tx
      .select()
      .from(agreements)
      .where(eq(agreements.relationshipId, relationship.id));
    if (!agreement) {
      throw conflict(
        "agreement_not_saved",
        "There's no agreement to accept yet. Save it first — then everyone can read it and accept it.",
      );
    }
    if (agreement.version !== input.version) {
      throw conflict(
        "agreement_changed",
        "The agreement has changed since you opened it. Have a look at the latest version, then accept that one.",
      );
    }
    const [goals] = await tx
      .select({ n: count() })
      .from(relationshipGoals)
      .where(eq(relationshipGoals.relationshipId, relationship.id));
    if ((goals?.n ?? 0) === 0) {
      throw conflict(
        "agreement_needs_goals",
        "Add at least one goal before accepting: goals are part of the agreement — what you want to reach, and how you'll know you have.",
      );
    }
    await recordAcceptance(tx, {
      relationship,
      personId: ctx.actor.personId,
      version: agreement.version,
      now,
    });
    const acceptances = await tx
      .select({ personId: agreementAcceptances.personId, version: agreementAcceptances.version })
      .from(agreementAcceptances)
      .where(eq(agreementAcceptances.relationshipId, relationship.id));
    const current = new Set(
      acceptances.filter((a) => a.version === agreement.version).map((a) => a.personId),
    );
    const everyone = members.every((m) => current.has(m.personId));
    const notice = {
      tx,
      program,
      relationshipId: relationship.id,
      members,
      baseUrl: ctx.config.baseUrl,
    };
    let emailIds: string[] = [];
    let agreedAt = relationship.agreedAt;
    if (everyone && agreedAt === null) {
      agreedAt = now;
      await tx
        .update(relationships)
        .set({ agreedAt, updatedAt: now })
        .where(eq(relationships.id, relationship.id));
      emailIds = await notifyAgreementInPlace(notice);
    } else {
      await notifyAgreementAccepted({
        ...notice,
        by: ctx.actor.personId,
        inForce: agreedAt !== null,
      });
    }
    const answer = await presentAgreement(tx, ctx, {
      ...loaded,
      relationship: { ...relationship, agreedAt },
    });
    return { answer, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return answer;
}
