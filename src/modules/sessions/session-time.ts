import { AppError } from "../../server/errors.ts";
import { PLAN_AHEAD_DAYS } from "./schemas.ts";

const DAY = 24 * 60 * 60 * 1000;

/** A planned start: in the future, and within a year. */
export function checkPlannedStart(startsAt: string, now: Date): Date {
  const at = new Date(startsAt);
  const refuse = (message: string) =>
    new AppError("invalid_session_time", 422, message, { fields: { startsAt: message } });
  if (Number.isNaN(at.getTime())) throw refuse("That isn't a date and time we can read.");
  if (at.getTime() <= now.getTime()) {
    throw refuse("That time has already passed: choose one in the future.");
  }
  if (at.getTime() > now.getTime() + PLAN_AHEAD_DAYS * DAY) {
    throw refuse("Sessions can be planned up to a year ahead: choose an earlier date.");
  }
  return at;
}
