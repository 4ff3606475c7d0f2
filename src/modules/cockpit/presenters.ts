import { z } from "zod";
import { personCardSchema } from "../mentor-requests/presenters.ts";
import { memberRoleSchema } from "../relationships/presenters.ts";
import { RELATIONSHIP_STEPS } from "./relationship-status.ts";

const channelSchema = z.enum(["in_person", "video", "phone"]);
const tabSchema = z.enum(["agreement", "sessions", "close"]).nullable();

/** What a relationship is called on the cockpit: the circle's name, or the other person. */
const withWhomSchema = z.object({
  relationshipId: z.uuid(),
  kind: z.enum(["pair", "circle"]),
  /** "Theo Mentor", or the circle's name. */
  title: z.string(),
});

export const cockpitSessionSchema = withWhomSchema.extend({
  sessionId: z.uuid(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  channel: channelSchema,
  status: z.enum(["proposed", "confirmed"]),
  /** Someone else proposed this time and it waits for my yes. */
  needsMyConfirmation: z.boolean(),
});

export const cockpitCommitmentSchema = withWhomSchema.extend({
  commitmentId: z.uuid(),
  text: z.string(),
  dueOn: z.iso.date().nullable(),
  overdue: z.boolean(),
  sessionId: z.uuid(),
  sessionStartsAt: z.iso.datetime(),
});

export const cockpitRelationshipSchema = withWhomSchema.extend({
  status: z.enum(["proposed", "active", "declined", "ended"]),
  myRole: memberRoleSchema,
  program: z.object({ slug: z.string(), name: z.string() }),
  others: z.array(personCardSchema.extend({ role: memberRoleSchema })),
  step: z.enum(RELATIONSHIP_STEPS),
  statusPhrase: z.string(),
  nextStep: z.string().nullable(),
  /** The relationship page's tab for the next step; null for the matches page. */
  tab: tabSchema,
  stalled: z.boolean(),
  startedAt: z.iso.datetime().nullable(),
});

export const cockpitToDoSchema = z.object({
  mentorRequests: z.number().int(),
  matchConfirmations: z.number().int(),
  /** Sessions whose time has passed and that wait for my "did it happen?". */
  attendance: z.array(withWhomSchema.extend({ sessionId: z.uuid(), startsAt: z.iso.datetime() })),
  checkIns: z.array(
    withWhomSchema.extend({
      checkInId: z.uuid(),
      /** A fit check after the first session, or a regular one. */
      checkInKind: z.enum(["fit", "regular"]),
      dueAt: z.iso.datetime(),
    }),
  ),
});

export const cockpitSchema = z.object({
  upcomingSessions: z.array(cockpitSessionSchema),
  openCommitments: z.array(cockpitCommitmentSchema),
  relationships: z.array(cockpitRelationshipSchema),
  toDo: cockpitToDoSchema,
});

export type Cockpit = z.infer<typeof cockpitSchema>;
