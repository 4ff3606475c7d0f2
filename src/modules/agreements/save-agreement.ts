import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { agreements, agreementVersions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { recordAcceptance } from "./accept-agreement.ts";
import { CADENCE_WEEKS, endDateProblem, SESSION_MINUTES } from "./defaults.ts";
import { parseSnapshot, sameAgreement } from "./diff.ts";
import { presentAgreement } from "./get-agreement.ts";
import { notifyAgreementSaved } from "./notices.ts";
import { snapshotOf } from "./snapshot.ts";

const text = (what: string, min: number, max: number) =>
  z
    .string(`Write ${what}.`)
    .trim()
    .min(min, `Write ${what} in a sentence or two.`)
    .max(max, `Keep ${what} to ${max.toLocaleString("en")} characters or fewer.`);

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

export const saveAgreementInput = z
  .object({
    cadenceWeeks: z
      .number("Say how many weeks apart you'll meet.")
      .int("Use a whole number of weeks.")
      .min(CADENCE_WEEKS.min, "Meet at most once a week.")
      .max(CADENCE_WEEKS.max, `Meet at least every ${CADENCE_WEEKS.max} weeks.`),
    sessionMinutes: z
      .number("Say how long a session lasts, in minutes.")
      .int("Use a whole number of minutes.")
      .min(SESSION_MINUTES.min, `A session lasts at least ${SESSION_MINUTES.min} minutes.`)
      .max(SESSION_MINUTES.max, `A session lasts at most ${SESSION_MINUTES.max} minutes.`),
    channel: z.enum(["in_person", "video", "phone"], {
      error: "Choose in person, video or phone.",
    }),
    channelDetail: z
      .string("Write the link, place or number as text.")
      .trim()
      .max(500, "Keep the link, place or number to 500 characters or fewer.")
      .nullable()
      .optional(),
    confidentiality: text("what stays confidential", 10, 4000),
    mentorResponsibilities: text("what the mentor takes on", 10, 4000),
    menteeResponsibilities: text("what the mentee takes on", 10, 4000),
    endsOn: z.iso.date("Use a date like 2027-06-30 for the end date."),
    earlyEnding: text("how either of you can end early", 10, 4000),
  })
  .superRefine((value, issue) => {
    if (value.channel === "video" && value.channelDetail && !isWebAddress(value.channelDetail)) {
      issue.addIssue({
        code: "custom",
        path: ["channelDetail"],
        message: "For video, paste the meeting link, starting with https://.",
      });
    }
  });
export type SaveAgreementInput = z.infer<typeof saveAgreementInput>;

/**
 * A member proposes or changes the agreement. Every change is a new version with a snapshot
 * (the terms and the goals as they are now); the editor accepts their own version, and the
 * others are asked to review it. Saving what is already there changes nothing.
 */
export async function saveAgreement(
  ctx: Ctx,
  relationshipId: string,
  input: SaveAgreementInput,
  now = new Date(),
) {
  const problem = endDateProblem(input.endsOn, now);
  if (problem) throw badRequest("invalid_end_date", problem, { fields: { endsOn: problem } });
  const { answer, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRelationshipForWork(tx, ctx, relationshipId, { lock: true });
    const { relationship, program, members } = loaded;
    const [current] = await tx
      .select()
      .from(agreements)
      .where(eq(agreements.relationshipId, relationship.id));
    const terms = {
      cadenceWeeks: input.cadenceWeeks,
      sessionMinutes: input.sessionMinutes,
      channel: input.channel,
      channelDetail: input.channelDetail || null,
      confidentiality: input.confidentiality,
      mentorResponsibilities: input.mentorResponsibilities,
      menteeResponsibilities: input.menteeResponsibilities,
      endsOn: input.endsOn,
      earlyEnding: input.earlyEnding,
    };
    const snapshot = await snapshotOf(tx, relationship.id, terms);
    if (current) {
      const [last] = await tx
        .select({ snapshot: agreementVersions.snapshot })
        .from(agreementVersions)
        .where(
          and(
            eq(agreementVersions.relationshipId, relationship.id),
            eq(agreementVersions.version, current.version),
          ),
        );
      const previous = parseSnapshot(last?.snapshot);
      if (previous && sameAgreement(previous, snapshot)) {
        return { answer: await presentAgreement(tx, ctx, loaded), emailIds: [] };
      }
    }
    const version = (current?.version ?? 0) + 1;
    if (current) {
      await tx
        .update(agreements)
        .set({ ...terms, version, updatedById: ctx.actor.personId, updatedAt: now })
        .where(eq(agreements.relationshipId, relationship.id));
    } else {
      await tx.insert(agreements).values({
        relationshipId: relationship.id,
        organizationId: relationship.organizationId,
        ...terms,
        version,
        updatedById: ctx.actor.personId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await tx.insert(agreementVersions).values({
      relationshipId: relationship.id,
      organizationId: relationship.organizationId,
      version,
      snapshot,
      editedById: ctx.actor.personId,
      createdAt: now,
    });
    // Whoever writes a version accepts it.
    await recordAcceptance(tx, { relationship, personId: ctx.actor.personId, version, now });
    const emailIds = await notifyAgreementSaved({
      tx,
      program,
      relationshipId: relationship.id,
      members,
      baseUrl: ctx.config.baseUrl,
      by: ctx.actor.personId,
      first: !current,
    });
    return { answer: await presentAgreement(tx, ctx, loaded), emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return answer;
}
