import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { mentorRequests, type Program } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict, forbidden } from "../../server/errors.ts";
import { notify, sendQueuedEmails } from "../notifications/notify.ts";
import { loadProgram } from "../programs/load-program.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { loadChoiceContext } from "./choice-context.ts";
import { sendNextChoice } from "./send-next-choice.ts";

export const MAX_RANKED_CHOICES = 3;

export const requestMentorsInput = z.object({
  mentorIds: z
    .array(z.uuid("That isn't a valid person id."))
    .min(1, "Please choose a mentor.")
    .max(MAX_RANKED_CHOICES, `You can rank up to ${MAX_RANKED_CHOICES} mentors.`)
    .refine((ids) => new Set(ids).size === ids.length, "Each mentor can appear only once."),
  message: z.string().trim().max(1000, "Please keep your note under 1,000 characters.").nullish(),
});

/** Mentee choice is open: the program lets mentees choose, and it is matching or running. */
export function assertChoiceOpen(program: Program) {
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  if (settings.mode !== "choice") {
    throw conflict("not_a_choice_program", "In this program, matches are made for you.");
  }
  if (program.state !== "matching" && program.state !== "running") {
    throw conflict(
      "choice_not_open",
      "Choosing a mentor opens once the program starts matching. We'll let you know.",
    );
  }
}

/**
 * A mentee asks one mentor, or ranks up to three: the first choice goes to its mentor at once,
 * the next ones wait their turn. Mentors must come from the mentee's current shortlist.
 */
export async function requestMentors(
  ctx: Ctx,
  slug: string,
  input: z.infer<typeof requestMentorsInput>,
  now = new Date(),
) {
  const program = await loadProgram(ctx, slug);
  assertChoiceOpen(program);
  const context = await loadChoiceContext(ctx.db, program);
  const me = ctx.actor.personId;
  if (!context.mentees.has(me)) {
    throw forbidden("To choose a mentor, enrol in this program as a mentee first.");
  }
  if (context.matched.has(me)) {
    throw conflict("already_matched", "You already have a mentor in this program.");
  }
  const onShortlist = new Set((context.shortlists.get(me) ?? []).map((m) => m.personId));
  if (!input.mentorIds.every((id) => onShortlist.has(id))) {
    throw badRequest(
      "not_on_shortlist",
      "Please choose from the mentors on your shortlist (it may have changed: have a fresh look).",
    );
  }
  const emailIds = await ctx.db.transaction(async (tx) => {
    const pending = await tx
      .select({ id: mentorRequests.id })
      .from(mentorRequests)
      .where(
        and(
          eq(mentorRequests.programId, program.id),
          eq(mentorRequests.menteeId, me),
          eq(mentorRequests.status, "pending"),
        ),
      );
    if (pending.length > 0) {
      throw conflict(
        "requests_pending",
        "You already have requests waiting for an answer. Withdraw them first if you'd like to choose again.",
      );
    }
    await tx.insert(mentorRequests).values(
      input.mentorIds.map((mentorId, at) => ({
        organizationId: ctx.actor.organizationId,
        programId: program.id,
        menteeId: me,
        mentorId,
        rank: at + 1,
        message: input.message ?? null,
      })),
    );
    const sent = await sendNextChoice(tx, {
      program,
      menteeId: me,
      now,
      baseUrl: ctx.config.baseUrl,
    });
    await notify(tx, {
      organizationId: ctx.actor.organizationId,
      personId: me,
      kind: "mentor-request.sent",
      title: "Your request is on its way",
      body: sent.sentTo
        ? `We've asked ${sent.sentTo}. You'll hear back within ${context.responseDays} days.`
        : "We'll let you know as soon as there's an answer.",
      link: `/programs/${program.slug}/choose`,
    });
    return sent.emailIds;
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
}

/** Withdraws all of my waiting requests in a program (so I can choose again). */
export async function withdrawMentorRequests(ctx: Ctx, slug: string, now = new Date()) {
  const program = await loadProgram(ctx, slug);
  const withdrawn = await ctx.db
    .update(mentorRequests)
    .set({ status: "withdrawn", respondedAt: now })
    .where(
      and(
        eq(mentorRequests.organizationId, ctx.actor.organizationId),
        eq(mentorRequests.programId, program.id),
        eq(mentorRequests.menteeId, ctx.actor.personId),
        eq(mentorRequests.status, "pending"),
      ),
    )
    .returning({ id: mentorRequests.id });
  return { withdrawn: withdrawn.length };
}
