import { z } from "zod";
import { defineJob } from "../../server/jobs/queue.ts";
import { closeAtEndDate } from "./close-at-end-date.ts";

/**
 * Every morning (06:00 UTC): relationships that reached their agreed end date close, and those
 * two weeks away get a heads-up. The handler reads the clock once and hands it down.
 */
export const closeAtEndDateJob = defineJob({
  name: "close-at-end-date",
  payload: z.object({ now: z.iso.datetime().optional() }).nullish(),
  retryLimit: 2,
  schedule: "0 6 * * *",
  async handle(services, payload) {
    await closeAtEndDate(services, payload?.now ? new Date(payload.now) : new Date());
  },
});
