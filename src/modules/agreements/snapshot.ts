import type { Executor } from "../../db/client.ts";
import type { Agreement } from "../../db/schema-relationships.ts";
import { listGoalSummaries } from "../relationship-goals/list-goals.ts";
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
  const goals = await listGoalSummaries(tx, relationshipId);
  return { ...terms, goals };
}

/** Whose responsibilities, possessive: mentor and mentee in a pair, facilitator and members in a circle. */
export function responsibilityWords(kind: "pair" | "circle") {
  return kind === "circle"
    ? { mentor: "facilitator's", mentee: "members'" }
    : { mentor: "mentor's", mentee: "mentee's" };
}
