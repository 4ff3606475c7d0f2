import { z } from "zod";
import { defineJob } from "../../server/jobs/queue.ts";
import { remindUnfinishedEnrollments } from "./remind-unfinished-enrollments.ts";

/** Nudges people who started enrolling and didn't finish; hourly, idempotent. */
export const remindEnrollmentsJob = defineJob({
  name: "remind-unfinished-enrollments",
  payload: z.object({}).nullish(),
  retryLimit: 2,
  schedule: "17 * * * *",
  async handle(services) {
    await remindUnfinishedEnrollments(services, new Date());
  },
});
