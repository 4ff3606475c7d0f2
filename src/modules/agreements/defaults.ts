import type { MeetingChannel } from "../../db/schema-relationships.ts";

/** The agreement's own fields (goals live in relationship_goals and join it in a snapshot). */
export type AgreementTerms = {
  cadenceWeeks: number;
  sessionMinutes: number;
  channel: MeetingChannel;
  channelDetail: string | null;
  confidentiality: string;
  mentorResponsibilities: string;
  menteeResponsibilities: string;
  /** YYYY-MM-DD */
  endsOn: string;
  earlyEnding: string;
};

export const CADENCE_WEEKS = { min: 1, max: 12 } as const;
export const SESSION_MINUTES = { min: 15, max: 240 } as const;
export const DEFAULT_SESSION_MINUTES = 45;
/** An agreement may run at most this long from today. */
export const MAX_YEARS_AHEAD = 3;

export const DEFAULT_CONFIDENTIALITY =
  "What we talk about stays between us. We don't share each other's stories, notes or struggles with anyone else — managers and program organisers included — unless we both agree to, or someone's safety is at risk. If something comes up that mentoring can't help with, we'll talk about who could.";

export const DEFAULT_EARLY_ENDING =
  "Either of us can end this early, at any time, without blame: people's lives and priorities change, and that's nobody's fault. If one of us wants to stop, we'll say so kindly — in a short conversation or a message — and close with a brief review of what we learned.";

const PAIR_RESPONSIBILITIES = {
  mentor:
    "Listen first and ask good questions. Share experience and contacts when they help, without deciding for the mentee. Turn up prepared, keep our time, and be honest and kind in feedback.",
  mentee:
    "Lead the direction: bring the goals and what's on your mind. Suggest times and prepare for each session. Follow through on what you commit to, and say what is and isn't helping.",
};

const CIRCLE_RESPONSIBILITIES = {
  mentor:
    "Hold the space: keep time, make sure every voice is heard, and keep the circle to what we agreed. Ask more than tell, and share experience when it helps.",
  mentee:
    "Come prepared and take part: bring what you're working on, listen generously, follow through on your commitments, and keep what others share in the circle.",
};

const toDateString = (d: Date) => d.toISOString().slice(0, 10);

/** Adds whole months to a date (UTC), landing on the month's last day when it is shorter. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** A cadence between the program's bounds: their middle, within what an agreement allows. */
export function defaultCadence(program: { cadenceMinWeeks: number; cadenceMaxWeeks: number }) {
  const middle = Math.round((program.cadenceMinWeeks + program.cadenceMaxWeeks) / 2);
  return Math.min(CADENCE_WEEKS.max, Math.max(CADENCE_WEEKS.min, middle));
}

/**
 * The draft people see before anyone has saved an agreement: the program's rhythm and length,
 * and our own words for confidentiality, ending early and what each side brings.
 */
export function draftAgreement(input: {
  program: { cadenceMinWeeks: number; cadenceMaxWeeks: number; durationMonths: number };
  /** When the relationship started (or was created, if it hasn't started yet). */
  startedAt: Date;
  kind: "pair" | "circle";
}): AgreementTerms {
  const responsibilities =
    input.kind === "circle" ? CIRCLE_RESPONSIBILITIES : PAIR_RESPONSIBILITIES;
  return {
    cadenceWeeks: defaultCadence(input.program),
    sessionMinutes: DEFAULT_SESSION_MINUTES,
    channel: "video",
    channelDetail: null,
    confidentiality: DEFAULT_CONFIDENTIALITY,
    mentorResponsibilities: responsibilities.mentor,
    menteeResponsibilities: responsibilities.mentee,
    endsOn: toDateString(addMonths(input.startedAt, input.program.durationMonths)),
    earlyEnding: DEFAULT_EARLY_ENDING,
  };
}

/**
 * Why an end date can't be used, or null: it must be after today and no more than
 * MAX_YEARS_AHEAD years away.
 */
export function endDateProblem(endsOn: string, now: Date): string | null {
  const today = toDateString(now);
  if (endsOn <= today) return "Choose an end date after today.";
  const latest = toDateString(addMonths(now, MAX_YEARS_AHEAD * 12));
  if (endsOn > latest) {
    return `Choose an end date within ${MAX_YEARS_AHEAD} years: you can always agree to extend it later.`;
  }
  return null;
}
