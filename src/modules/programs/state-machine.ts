import type { ProgramState } from "../../db/schema-programs.ts";

/** Where each state may go next. Running never goes back; closing only comes from running. */
export const NEXT_STATES: Readonly<Record<ProgramState, readonly ProgramState[]>> = {
  draft: ["enrolling"],
  enrolling: ["matching"],
  matching: ["enrolling", "running"],
  running: ["closing"],
  closing: ["closed"],
  closed: [],
};

/** Null when the move is allowed; otherwise why not, in plain words. */
export function transitionProblem(from: ProgramState, to: ProgramState): string | null {
  if (NEXT_STATES[from].includes(to)) return null;
  if (from === to) return `The program is already ${STATE_WORDS[to]}.`;
  if (from === "closed") return "This program is closed; it can't be reopened.";
  if (to === "closing") return "A program can only start closing once it is running.";
  if (to === "closed") return "Start closing the program first, so people can wrap up well.";
  if (from === "running" || from === "closing") {
    return "A running program can't go back: people are already working together. Use rematching to change a pair.";
  }
  if (to === "draft") return "Once enrollment has opened, the program can't go back to a draft.";
  if (to === "running") return "Match people first: a program starts running after matching.";
  if (to === "matching") return "Open enrollment first, so there are people to match.";
  return `A program that is ${STATE_WORDS[from]} can't become ${STATE_WORDS[to]}.`;
}

export const STATE_WORDS: Record<ProgramState, string> = {
  draft: "a draft",
  enrolling: "open for enrollment",
  matching: "matching",
  running: "running",
  closing: "closing",
  closed: "closed",
};
