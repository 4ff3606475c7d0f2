import { z } from "zod";
import { relationships } from "../../db/schema-programs.ts";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { activePeopleOf } from "./circle-people.ts";
import { notifyJoinedCircle } from "./notices.ts";
import {
  MAX_CIRCLE_MEMBERS,
  MAX_FACILITATORS,
  MIN_CIRCLE_MEMBERS,
  presentCircle,
} from "./presenters.ts";

const personIds = z.array(z.uuid("That isn't a valid person id."));

export const createCircleInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Give the circle a name.")
      .max(100, "Keep the name under 100 characters."),
    facilitatorIds: personIds
      .min(1, "A circle needs a facilitator.")
      .max(MAX_FACILITATORS, `A circle has one or two facilitators.`),
    memberIds: personIds
      .min(MIN_CIRCLE_MEMBERS, `A circle needs at least ${MIN_CIRCLE_MEMBERS} members.`)
      .max(MAX_CIRCLE_MEMBERS, `A circle has at most ${MAX_CIRCLE_MEMBERS} members.`),
  })
  .superRefine((input, check) => {
    if (new Set(input.facilitatorIds).size < input.facilitatorIds.length) {
      check.addIssue({
        code: "custom",
        path: ["facilitatorIds"],
        message: "Someone is picked twice as a facilitator.",
      });
    }
    if (new Set(input.memberIds).size < input.memberIds.length) {
      check.addIssue({
        code: "custom",
        path: ["memberIds"],
        message: "Someone is picked twice as a member.",
      });
    }
    if (input.memberIds.some((id) => input.facilitatorIds.includes(id))) {
      check.addIssue({
        code: "custom",
        path: ["memberIds"],
        message: "Someone can facilitate or be a member, not both.",
      });
    }
  });
export type CreateCircleInput = z.infer<typeof createCircleInput>;

/** States in which a program's managers can start circles. */
export const CIRCLE_PROGRAM_STATES = ["enrolling", "matching", "running"] as const;

/**
 * A program's managers start a group circle: one or two facilitators and a few members, active
 * at once (there is no matching to confirm). The lead facilitator is kept in mentor_id and the
 * first member in mentee_id; everyone is in relationship_members, which access reads. Everyone
 * is told, in the app and by email.
 */
export async function createCircle(
  ctx: Ctx,
  slug: string,
  input: CreateCircleInput,
  now = new Date(),
) {
  const organizationId = ctx.actor.organizationId;
  const { circle, emailIds } = await ctx.db.transaction(async (tx) => {
    const program = await loadManagedProgram(ctx, slug, tx);
    if (!(CIRCLE_PROGRAM_STATES as readonly string[]).includes(program.state)) {
      throw conflict(
        "program_not_open_for_circles",
        program.state === "draft"
          ? "Open the program for enrollment first; then you can start circles in it."
          : "This program is closing, so it can't start new circles.",
      );
    }
    const names = await activePeopleOf(tx, organizationId, [
      ...input.facilitatorIds,
      ...input.memberIds,
    ]);
    const [lead] = input.facilitatorIds;
    const [first] = input.memberIds;
    if (!lead || !first) throw new Error("the input schema lets no circle through without people");
    const [row] = await tx
      .insert(relationships)
      .values({
        organizationId,
        programId: program.id,
        kind: "circle",
        name: input.name,
        mentorId: lead,
        menteeId: first,
        status: "active",
        source: "manual",
        startedAt: now,
        mentorConfirmedAt: now,
        menteeConfirmedAt: now,
      })
      .returning({ id: relationships.id });
    if (!row) throw new Error("the circle insert returned nothing");
    const everyone = [
      ...input.facilitatorIds.map((id) => ({ id, role: "facilitator" as const })),
      ...input.memberIds.map((id) => ({ id, role: "member" as const })),
    ];
    await tx.insert(relationshipMembers).values(
      everyone.map((p) => ({
        relationshipId: row.id,
        personId: p.id,
        organizationId,
        role: p.role,
      })),
    );
    const emailIds = await notifyJoinedCircle(tx, {
      organizationId,
      relationshipId: row.id,
      circleName: input.name,
      programName: program.name,
      baseUrl: ctx.config.baseUrl,
      people: everyone.map((p) => ({ ...p, name: names.get(p.id) ?? "there" })),
    });
    const circle = await presentCircle(tx, { organizationId, programId: program.id, id: row.id });
    return { circle, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return circle;
}
