import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { type MatchingRun, matchingRuns, matchProposals } from "../../db/schema-programs.ts";
import { describeForbidden } from "../../matching/explain.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict, notFound } from "../../server/errors.ts";
import { assertRunEditable, loadManagedRun } from "./load-run.ts";
import { topReasons } from "./reasons.ts";
import { pairsInReportingChain } from "./reporting-chain-pairs.ts";
import { solvedRunFor } from "./solved-run.ts";
import { UNMATCHED_TEXT } from "./unmatched-reasons.ts";

export const lockPairInput = z.object({ menteeId: z.uuid("That isn't a valid person id.") });
export const excludePairInput = z.object({
  menteeId: z.uuid("That isn't a valid person id."),
  mentorId: z.uuid("That isn't a valid person id."),
});
export const swapMentorsInput = z.object({
  menteeIds: z
    .tuple([z.uuid("That isn't a valid person id."), z.uuid("That isn't a valid person id.")])
    .refine(([a, b]) => a !== b, "Choose two different mentees."),
});

type PersonPair = [string, string];

export const reportingChainConflict = () =>
  conflict(
    "reporting_chain",
    "These two people are in the same reporting line. This is a career program, so they can't be paired: people speak freely only with someone outside their chain of managers.",
  );

/** The run, locked for this change, and its program. */
async function editableRun(ctx: Ctx, tx: Tx, slug: string, runId: string) {
  const { program } = await loadManagedRun(ctx, slug, runId, tx);
  const [run] = await tx
    .select()
    .from(matchingRuns)
    .where(eq(matchingRuns.id, runId))
    .for("update");
  if (!run) throw notFound("matching run", "run_not_found");
  assertRunEditable(run);
  return { program, run };
}

async function proposalOf(tx: Tx, run: MatchingRun, menteeId: string) {
  const [proposal] = await tx
    .select()
    .from(matchProposals)
    .where(and(eq(matchProposals.runId, run.id), eq(matchProposals.menteeId, menteeId)));
  if (!proposal) throw notFound("pair in this run", "pair_not_found");
  return proposal;
}

const withoutMentee = (pairs: PersonPair[], menteeIds: string[]) =>
  pairs.filter(([mentee]) => !menteeIds.includes(mentee));

/** Keeps a proposed pair in every re-run of this run. */
export async function lockPair(ctx: Ctx, slug: string, runId: string, menteeId: string) {
  await ctx.db.transaction(async (tx) => {
    const { program, run } = await editableRun(ctx, tx, slug, runId);
    const proposal = await proposalOf(tx, run, menteeId);
    if (program.kind === "career") {
      const chained = await pairsInReportingChain(tx, run.organizationId, [
        [proposal.menteeId, proposal.mentorId],
      ]);
      if (chained.size > 0) throw reportingChainConflict();
    }
    await tx.update(matchProposals).set({ locked: true }).where(eq(matchProposals.id, proposal.id));
    const locked = withoutMentee(run.locked as PersonPair[], [menteeId]);
    locked.push([proposal.menteeId, proposal.mentorId]);
    await tx.update(matchingRuns).set({ locked }).where(eq(matchingRuns.id, run.id));
  });
}

/** Lets a re-run move the mentee again. */
export async function unlockPair(ctx: Ctx, slug: string, runId: string, menteeId: string) {
  await ctx.db.transaction(async (tx) => {
    const { run } = await editableRun(ctx, tx, slug, runId);
    await tx
      .update(matchProposals)
      .set({ locked: false })
      .where(and(eq(matchProposals.runId, run.id), eq(matchProposals.menteeId, menteeId)));
    const locked = withoutMentee(run.locked as PersonPair[], [menteeId]);
    await tx.update(matchingRuns).set({ locked }).where(eq(matchingRuns.id, run.id));
  });
}

/**
 * Rules a pair out of this run and every re-run. When it is a proposed pair, the mentee is set
 * aside as unmatched until the next run finds them someone else.
 */
export async function excludePair(
  ctx: Ctx,
  slug: string,
  runId: string,
  input: z.infer<typeof excludePairInput>,
) {
  await ctx.db.transaction(async (tx) => {
    const { run } = await editableRun(ctx, tx, slug, runId);
    const known = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.organizationId, ctx.actor.organizationId),
          inArray(people.id, [input.menteeId, input.mentorId]),
        ),
      );
    if (known.length < (input.menteeId === input.mentorId ? 1 : 2)) {
      throw notFound("person in your organization", "person_not_found");
    }
    const excluded = (run.excluded as PersonPair[]).filter(
      ([a, b]) => a !== input.menteeId || b !== input.mentorId,
    );
    excluded.push([input.menteeId, input.mentorId]);
    const locked = (run.locked as PersonPair[]).filter(
      ([a, b]) => a !== input.menteeId || b !== input.mentorId,
    );
    const removed = await tx
      .delete(matchProposals)
      .where(
        and(
          eq(matchProposals.runId, run.id),
          eq(matchProposals.menteeId, input.menteeId),
          eq(matchProposals.mentorId, input.mentorId),
        ),
      )
      .returning({ id: matchProposals.id });
    const unmatched = (run.unmatched ?? []) as { personId: string; reason: string; text: string }[];
    if (removed.length > 0) {
      unmatched.unshift({
        personId: input.menteeId,
        reason: "excluded-after-run",
        text: UNMATCHED_TEXT["excluded-after-run"],
      });
    }
    await tx
      .update(matchingRuns)
      .set({ excluded, locked, unmatched })
      .where(eq(matchingRuns.id, run.id));
  });
}

/**
 * Gives two mentees each other's mentors, after checking every hard rule for both new pairs
 * (a 409 names the rule); both pairs are then locked, so a re-run keeps the manager's choice.
 */
export async function swapMentors(
  ctx: Ctx,
  slug: string,
  runId: string,
  menteeIds: [string, string],
) {
  await ctx.db.transaction(async (tx) => {
    const { program, run } = await editableRun(ctx, tx, slug, runId);
    const [a, b] = await Promise.all(menteeIds.map((id) => proposalOf(tx, run, id)));
    if (!a || !b) throw notFound("pair in this run", "pair_not_found");
    if (a.mentorId === b.mentorId) {
      throw badRequest(
        "same_mentor",
        "Both mentees already have the same mentor: there is nothing to swap.",
      );
    }
    const next: PersonPair[] = [
      [a.menteeId, b.mentorId],
      [b.menteeId, a.mentorId],
    ];
    if (next.some(([mentee, mentor]) => mentee === mentor)) {
      throw conflict("self_pair", "That swap would pair someone with themself.");
    }
    if (program.kind === "career") {
      const chained = await pairsInReportingChain(tx, run.organizationId, next);
      if (chained.size > 0) throw reportingChainConflict();
    }
    const solved = await solvedRunFor(tx, program, run);
    const { scorer, loaded, menteeRow, mentorCol } = solved;
    const updates = next.map(([mentee, mentor]) => {
      const p = loaded.indexOf.get(mentee);
      const q = loaded.indexOf.get(mentor);
      const i = p === undefined ? undefined : menteeRow.get(p);
      const j = q === undefined ? undefined : mentorCol.get(q);
      if (i === undefined || j === undefined) {
        throw conflict(
          "not_enrolled",
          "One of these people is no longer enrolled in the program. Run matching again.",
        );
      }
      const rule = scorer.forbiddenRule(i, j);
      if (rule) {
        if (rule.rule === "reporting-chain") throw reportingChainConflict();
        throw conflict(
          `rule_${rule.rule.replaceAll("-", "_")}`,
          describeForbidden(scorer, j, rule),
        );
      }
      return { mentee, mentor, score: scorer.score(i, j), reasons: topReasons(scorer, i, j) };
    });
    for (const u of updates) {
      await tx
        .update(matchProposals)
        .set({
          mentorId: u.mentor,
          score: u.score,
          reasons: sql`${JSON.stringify(u.reasons)}::jsonb`,
          locked: true,
        })
        .where(and(eq(matchProposals.runId, run.id), eq(matchProposals.menteeId, u.mentee)));
    }
    const locked = withoutMentee(run.locked as PersonPair[], menteeIds);
    locked.push(...next);
    await tx.update(matchingRuns).set({ locked }).where(eq(matchingRuns.id, run.id));
  });
}
