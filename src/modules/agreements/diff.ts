import type { AgreementTerms } from "./defaults.ts";

export type GoalSnapshot = { id: string; title: string; measure: string; status: string };

/** The agreement and its goals as they were when a version was saved (agreement_versions). */
export type AgreementSnapshot = AgreementTerms & { goals: GoalSnapshot[] };

const CHANNEL_WORDS: Record<string, string> = {
  in_person: "meeting in person",
  video: "video calls",
  phone: "phone calls",
};

const weeks = (n: number) => (n === 1 ? "every week" : `every ${n} weeks`);
const quoted = (text: string) => `“${text}”`;

/** Reads a stored snapshot defensively: old or partial rows still describe what they can. */
export function parseSnapshot(value: unknown): AgreementSnapshot | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<AgreementSnapshot>;
  if (typeof v.cadenceWeeks !== "number" || typeof v.endsOn !== "string") return null;
  return {
    cadenceWeeks: v.cadenceWeeks,
    sessionMinutes: typeof v.sessionMinutes === "number" ? v.sessionMinutes : 0,
    channel: v.channel ?? "video",
    channelDetail: typeof v.channelDetail === "string" ? v.channelDetail : null,
    confidentiality: typeof v.confidentiality === "string" ? v.confidentiality : "",
    mentorResponsibilities:
      typeof v.mentorResponsibilities === "string" ? v.mentorResponsibilities : "",
    menteeResponsibilities:
      typeof v.menteeResponsibilities === "string" ? v.menteeResponsibilities : "",
    endsOn: v.endsOn,
    earlyEnding: typeof v.earlyEnding === "string" ? v.earlyEnding : "",
    goals: Array.isArray(v.goals) ? v.goals : [],
  };
}

/**
 * What changed between two versions of an agreement, one plain sentence per change. With no
 * earlier version, the first one was proposed. Pure: the history page and its tests share it.
 */
export function describeChanges(
  before: AgreementSnapshot | null,
  after: AgreementSnapshot,
  /** Whose responsibilities, possessive: "mentor's", or "members'" in a circle. */
  words: { mentor: string; mentee: string } = { mentor: "mentor's", mentee: "mentee's" },
): string[] {
  if (!before) return ["Proposed the first agreement."];
  const changes = changesBetween(before, after, words);
  return changes.length > 0 ? changes : ["Saved again without changes."];
}

/** True when a new version would change nothing people agreed to (a goal's status isn't part of it). */
export function sameAgreement(before: AgreementSnapshot, after: AgreementSnapshot): boolean {
  return changesBetween(before, after).length === 0;
}

function changesBetween(
  before: AgreementSnapshot,
  after: AgreementSnapshot,
  words: { mentor: string; mentee: string } = { mentor: "mentor's", mentee: "mentee's" },
): string[] {
  const changes: string[] = [];
  if (before.cadenceWeeks !== after.cadenceWeeks) {
    changes.push(
      `How often you meet: from ${weeks(before.cadenceWeeks)} to ${weeks(after.cadenceWeeks)}.`,
    );
  }
  if (before.sessionMinutes !== after.sessionMinutes) {
    changes.push(
      `Session length: from ${before.sessionMinutes} to ${after.sessionMinutes} minutes.`,
    );
  }
  if (before.channel !== after.channel) {
    changes.push(
      `How you meet: from ${CHANNEL_WORDS[before.channel] ?? before.channel} to ${CHANNEL_WORDS[after.channel] ?? after.channel}.`,
    );
  }
  if ((before.channelDetail ?? "") !== (after.channelDetail ?? "")) {
    changes.push(
      after.channelDetail
        ? "The meeting link or place changed."
        : "The meeting link or place was removed.",
    );
  }
  if (before.endsOn !== after.endsOn) {
    changes.push(`End date: from ${before.endsOn} to ${after.endsOn}.`);
  }
  if (before.confidentiality !== after.confidentiality) {
    changes.push("The confidentiality statement was reworded.");
  }
  if (before.mentorResponsibilities !== after.mentorResponsibilities) {
    changes.push(`The ${words.mentor} responsibilities were reworded.`);
  }
  if (before.menteeResponsibilities !== after.menteeResponsibilities) {
    changes.push(`The ${words.mentee} responsibilities were reworded.`);
  }
  if (before.earlyEnding !== after.earlyEnding) {
    changes.push("How either of you can end early was reworded.");
  }
  const earlier = new Map(before.goals.map((g) => [g.id, g]));
  const later = new Map(after.goals.map((g) => [g.id, g]));
  for (const goal of after.goals) {
    const old = earlier.get(goal.id);
    if (!old) changes.push(`A goal was added: ${quoted(goal.title)}.`);
    else if (old.title !== goal.title) {
      changes.push(`A goal was renamed from ${quoted(old.title)} to ${quoted(goal.title)}.`);
    } else if (old.measure !== goal.measure) {
      changes.push(`How you'll know ${quoted(goal.title)} is reached was reworded.`);
    }
  }
  for (const goal of before.goals) {
    if (!later.has(goal.id)) changes.push(`A goal was removed: ${quoted(goal.title)}.`);
  }
  return changes;
}
