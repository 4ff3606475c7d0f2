import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type Agreement, relationshipGoals } from "../../db/schema-relationships.ts";
import type { AgreementTerms } from "./defaults.ts";
import type { AgreementSnapshot } from "./diff.ts";

export function termsOf(agreement: Agreement): AgreementTerms {
  return {
    cadenceWeeks: agreement.cadenceWeeks,
    sessionMinutes: agreement.sessionMinutes,
    channel: agreement.channel,
    channelDetail: agreement.channelDetail,
    confidentiality: agreement.confidentiality,
    mentorResponsibilities: agreement.mentorResponsibilities,
    menteeResponsibilities: agreement.menteeResponsibilities,
    endsOn: agreement.endsOn,
    earlyEnding: agreement.earlyEnding,
  };
}

/** The terms with the relationship's goals as they are now, for agreement_versions. */
export async function snapshotOf(
  tx: Executor,
  relationshipId: string,
  terms: AgreementTerms,
): Promise<AgreementSnapshot> {
  const goals = await tx
    .select({
      id: relationshipGoals.id,
      title: relationshipGoals.title,
      measure: relationshipGoals.measure,
      status: relationshipGoals.status,
    })
    .from(relationshipGoals)
    .where(eq(relationshipGoals.relationshipId, relationshipId))
    .orderBy(asc(relationshipGoals.position), asc(relationshipGoals.createdAt));
  return { ...terms, goals };
}

/** Whose responsibilities, possessive: mentor and mentee in a pair, facilitator and members in a circle. */
export function responsibilityWords(kind: "pair" | "circle") {
  return kind === "circle"
    ? { mentor: "facilitator's", mentee: "members'" }
    : { mentor: "mentor's", mentee: "mentee's" };
}
