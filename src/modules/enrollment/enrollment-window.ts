import type { Program } from "../../db/schema-programs.ts";

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * Whether people can enrol in a program now, and if not, why, in words for them: the program
 * must be enrolling, and within its enrollment window when it has one.
 */
export function enrollmentOpenness(
  program: Pick<Program, "state" | "enrollmentOpensAt" | "enrollmentClosesAt">,
  now: Date,
): { open: true } | { open: false; reason: string } {
  if (program.state === "draft") {
    return { open: false, reason: "This program isn't open for enrollment yet." };
  }
  if (program.state !== "enrolling") {
    return { open: false, reason: "Enrollment for this program has closed." };
  }
  if (program.enrollmentOpensAt && program.enrollmentOpensAt > now) {
    return { open: false, reason: `Enrollment opens on ${day(program.enrollmentOpensAt)}.` };
  }
  if (program.enrollmentClosesAt && program.enrollmentClosesAt <= now) {
    return { open: false, reason: `Enrollment closed on ${day(program.enrollmentClosesAt)}.` };
  }
  return { open: true };
}

/** People may withdraw until the program is running (after that, they talk to its managers). */
export const canWithdrawIn = (state: Program["state"]) =>
  state === "draft" || state === "enrolling" || state === "matching";
