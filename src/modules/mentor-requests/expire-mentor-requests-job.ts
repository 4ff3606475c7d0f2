import { z } from "zod";
import { defineJob } from "../../server/jobs/queue.ts";
import { expireMentorRequests } from "./expire-mentor-requests.ts";

/**
 * Every quarter of an hour: requests nobody answered in time move on to the next choice. The
 * handler reads the clock once and hands it down, so tests can run it with their own `now`.
 */
export const expireMentorRequestsJob = defineJob({
  name: "expire-mentor-requests",
  payload: z.object({ now: z.iso.datetime().optional() }).nullish(),
  retryLimit: 2,
  schedule: "*/15 * * * *",
  async handle(services, payload) {
    await expireMentorRequests(services, payload?.now ? new Date(payload.now) : new Date());
  },
});
