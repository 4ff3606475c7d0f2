import { z } from "zod";
import { defineJob } from "../../server/jobs/queue.ts";
import { remindSessions } from "./remind-sessions.ts";
import { settleSilentOutcomes } from "./settle-outcomes.ts";

/** Every 15 minutes: reminders for tomorrow's sessions. Idempotent (reminded_at guards it). */
export const remindSessionsJob = defineJob({
  name: "remind-sessions",
  payload: z.object({}).nullish(),
  retryLimit: 2,
  schedule: "*/15 * * * *",
  async handle(services) {
    await remindSessions(services, new Date());
  },
});

/** Hourly: sessions the seven-day rule has settled as held get their outcome written. */
export const settleSessionOutcomesJob = defineJob({
  name: "settle-session-outcomes",
  payload: z.object({}).nullish(),
  retryLimit: 2,
  schedule: "41 * * * *",
  async handle(services) {
    await settleSilentOutcomes(services, new Date());
  },
});
