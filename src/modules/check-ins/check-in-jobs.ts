import { z } from "zod";
import { defineJob } from "../../server/jobs/queue.ts";
import { createDueCheckIns } from "./create-due-check-ins.ts";
import { watchInactivity } from "./watch-inactivity.ts";

const clock = z.object({ now: z.iso.datetime().optional() }).nullish();

/** Daily: the check-ins that have fallen due are created and their people told. Idempotent. */
export const createCheckInsJob = defineJob({
  name: "create-check-ins",
  payload: clock,
  retryLimit: 2,
  schedule: "20 6 * * *",
  async handle(services, payload) {
    await createDueCheckIns(services, payload?.now ? new Date(payload.now) : new Date());
  },
});

/** Daily: quiet relationships get a gentle nudge, then show as stalled to their managers. */
export const watchInactivityJob = defineJob({
  name: "watch-inactivity",
  payload: clock,
  retryLimit: 2,
  schedule: "40 6 * * *",
  async handle(services, payload) {
    await watchInactivity(services, payload?.now ? new Date(payload.now) : new Date());
  },
});
