import type { AnyJobDefinition } from "../server/jobs/queue.ts";
import { createCheckInsJob, watchInactivityJob } from "./check-ins/check-in-jobs.ts";
import { closeAtEndDateJob } from "./closure/close-at-end-date-job.ts";
import { sendEmailJob } from "./email/send-email-job.ts";
import { sweepEmailsJob } from "./email/sweep-emails-job.ts";
import { remindEnrollmentsJob } from "./enrollment/remind-enrollments-job.ts";
import { expireMentorRequestsJob } from "./mentor-requests/expire-mentor-requests-job.ts";
import { runMatchingJob } from "./program-matching/run-matching-job.ts";
import { remindSessionsJob, settleSessionOutcomesJob } from "./sessions/session-jobs.ts";

/** Every background job the worker runs. */
export const jobDefinitions: AnyJobDefinition[] = [
  sendEmailJob,
  sweepEmailsJob,
  remindEnrollmentsJob,
  expireMentorRequestsJob,
  runMatchingJob,
  createCheckInsJob,
  watchInactivityJob,
  closeAtEndDateJob,
  remindSessionsJob,
  settleSessionOutcomesJob,
];
