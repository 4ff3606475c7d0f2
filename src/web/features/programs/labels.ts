import type { Format, Kind, MatchingMode, ProgramState, Purpose, Roles, Weights } from "./api.ts";

export const PURPOSE_LABELS: Record<Purpose, string> = {
  knowledge_transfer: "Pass knowledge on",
  high_potential: "Grow future leaders",
  onboarding: "Help new people settle in",
  culture: "Strengthen our culture",
  engagement: "Raise engagement",
  diversity: "Bring different groups together",
  other: "Something else",
};

export const FORMAT_LABELS: Record<Format, string> = {
  one_to_one: "1:1 mentoring",
  peer: "Peer mentoring",
  reverse: "Reverse mentoring",
  group: "Group circles",
  flash: "Flash mentoring",
};

export const ROLES_LABELS: Record<Roles, string> = {
  mentor_mentee: "Mentors and mentees",
  everyone_both: "Everyone is both",
};

export const KIND_LABELS: Record<Kind, string> = {
  career: "Career and development",
  on_the_job: "On the job",
};

export const KIND_HINTS: Record<Kind, string> = {
  career: "never with one's own manager or anyone above them",
  on_the_job: "a manager may mentor their own report, and both see that it is so",
};

export const STATE_LABELS: Record<ProgramState, string> = {
  draft: "Draft",
  enrolling: "Enrolling",
  matching: "Matching",
  running: "Running",
  closing: "Closing",
  closed: "Closed",
};

/** Only colours the theme darkens for text on light backgrounds (see theme.ts). */
export const STATE_COLORS: Record<ProgramState, string> = {
  draft: "gray",
  enrolling: "blue",
  matching: "violet",
  running: "mutual",
  closing: "indigo",
  closed: "gray",
};

/** The next steps a manager can take from each state, as button labels. */
export const STATE_ACTIONS: Record<ProgramState, { to: ProgramState; label: string }[]> = {
  draft: [{ to: "enrolling", label: "Open enrollment" }],
  enrolling: [{ to: "matching", label: "Close enrollment and start matching" }],
  matching: [
    { to: "running", label: "Start the program" },
    { to: "enrolling", label: "Reopen enrollment" },
  ],
  running: [{ to: "closing", label: "Begin closing" }],
  closing: [{ to: "closed", label: "Close the program" }],
  closed: [],
};

export const MODE_LABELS: Record<MatchingMode, string> = {
  bulk: "We propose everyone's match; you review and publish",
  choice: "Mentees choose from a shortlist; mentors accept",
  hybrid: "We propose; both people confirm",
};

export const WEIGHT_LABELS: Record<keyof Weights, string> = {
  skills: "Skills wanted and offered",
  goals: "Shared goals",
  questionnaire: "A similar way of working",
  seniority: "Mentor further along in their career",
  crossDepartment: "Different departments",
  crossLocation: "Different places",
  language: "A shared language",
  timeZone: "Overlapping working hours",
};

export const cadenceText = (min: number, max: number) =>
  min === max ? `every ${min} week${min === 1 ? "" : "s"}` : `every ${min}–${max} weeks`;
