import { z } from "zod";

/** A session's length, as the database allows it. */
export const MIN_SESSION_MINUTES = 10;
export const MAX_SESSION_MINUTES = 480;
/** Sessions are planned at most this far ahead. */
export const PLAN_AHEAD_DAYS = 366;

export const meetingChannelSchema = z.enum(["in_person", "video", "phone"], {
  error: "Choose in person, video or phone.",
});

const startsAt = z.iso.datetime({
  offset: true,
  error: "Give the date and time with its time zone offset, e.g. 2026-12-08T14:00:00+01:00.",
});
const durationMinutes = z
  .number({ error: "Give the length in minutes." })
  .int("Give the length in whole minutes.")
  .min(MIN_SESSION_MINUTES, `A session is at least ${MIN_SESSION_MINUTES} minutes.`)
  .max(MAX_SESSION_MINUTES, `A session is at most ${MAX_SESSION_MINUTES / 60} hours.`);
const channelDetail = z
  .string({ error: "Give a link, a room or a phone number, or leave it empty." })
  .trim()
  .max(500, "Please keep the link or place under 500 characters.")
  .nullish();

export const proposeSessionInput = z.object({
  startsAt,
  /** The agreement's session length when left out. */
  durationMinutes: durationMinutes.optional(),
  /** The agreement's channel (and its link or place) when left out. */
  channel: meetingChannelSchema.optional(),
  channelDetail,
});
export type ProposeSessionInput = z.infer<typeof proposeSessionInput>;

export const rescheduleSessionInput = z.object({
  startsAt,
  durationMinutes: durationMinutes.optional(),
  channel: meetingChannelSchema.optional(),
  channelDetail,
});
export type RescheduleSessionInput = z.infer<typeof rescheduleSessionInput>;

export const attendanceInput = z.object({
  tookPlace: z.boolean({ error: "Say whether the session took place." }),
  /** Members who didn't come (no-shows). */
  absentIds: z
    .array(z.uuid("That isn't someone in this relationship."), {
      error: "List the people who didn't come.",
    })
    .max(20, "That's more people than a session has.")
    .optional(),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;
