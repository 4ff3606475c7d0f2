import { z } from "zod";
import { goalSchema } from "../relationship-goals/presenters.ts";

export const channelSchema = z.enum(["in_person", "video", "phone"]);

export const acceptanceSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  role: z.enum(["mentor", "mentee", "facilitator", "member"]),
  /** The version they last accepted, or null if they haven't yet. */
  version: z.number().int().nullable(),
  acceptedAt: z.iso.datetime().nullable(),
  /** Their acceptance is of the version in front of everyone now. */
  ofCurrentVersion: z.boolean(),
});

export const agreementViewSchema = z.object({
  /** Nobody has saved an agreement yet: this is our suggestion from the program's defaults. */
  isDraft: z.boolean(),
  /** 0 for a draft. */
  version: z.number().int(),
  cadenceWeeks: z.number().int(),
  sessionMinutes: z.number().int(),
  channel: channelSchema,
  channelDetail: z.string().nullable(),
  confidentiality: z.string(),
  mentorResponsibilities: z.string(),
  menteeResponsibilities: z.string(),
  endsOn: z.iso.date(),
  earlyEnding: z.string(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const agreementAnswerSchema = z.object({
  agreement: agreementViewSchema,
  goals: z.array(goalSchema),
  acceptances: z.array(acceptanceSchema),
  /** I accepted the current version. */
  acceptedByMe: z.boolean(),
  /** I accepted an earlier version, and it has changed since. */
  changedSinceIAccepted: z.boolean(),
  /** Everyone has accepted (relationships.agreedAt). */
  inForce: z.boolean(),
  agreedAt: z.iso.datetime().nullable(),
  /** The relationship is running, so the agreement can change and be accepted. */
  canEdit: z.boolean(),
});
export type AgreementAnswer = z.infer<typeof agreementAnswerSchema>;

export const historyEntrySchema = z.object({
  version: z.number().int(),
  editedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  editedAt: z.iso.datetime(),
  /** What changed from the version before, in plain sentences. */
  changes: z.array(z.string()),
});
