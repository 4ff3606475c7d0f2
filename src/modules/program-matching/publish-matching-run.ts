import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { matchingRuns, matchProposals, programs } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { insertMany } from "../demo/bulk-insert.ts";
import { type Notice, notifyMany, sendQueuedEmails } from "../notifications/notify.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { reportingChainConflict } from "./edit-matching-run.ts";
import { assertRunEditable, loadManagedRun } from "./load-run.ts";
import { matchEmail } from "./match-emails.ts";
import { pairsInReportingChain } from "./reporting-chain-pairs.ts";

export const publishMatchingRunInput = z.object({
  /** Also move the program from "matching" to "running". */
  startProgram: z.boolean().default(false),
});

export const publishResultSchema = z.object({
  relationships: z.number(),
  status: z.enum(["active", "proposed"]),
  programState: z.string(),
});

/**
 * Turns a run's pairs into mentoring relationships, in one transaction: `active` at once in
 * bulk mode, `proposed` in hybrid mode (both people confirm). The run becomes published and the
 * program's other finished runs are set aside. Both people are told, in the app and by email.
 * Career programs are checked once more against the org chart as it is now: a pair in the same
 * reporting line stops the whole publish with a 409.
 */
export async function publishMatchingRun(
  ctx: Ctx,
  slug: string,
  runId: string,
  input: z.infer<typeof publishMatchingRunInput>,
) {
  const emailIds: string[] = [];
  const answer = await ctx.db.transaction(async (tx) => {
    const { program } = await loadManagedRun(ctx, slug, runId, tx);
    const [run] = await tx
      .select()
      .from(matchingRuns)
      .where(eq(matchingRuns.id, runId))
      .for("update");
    if (!run) throw conflict("run_not_editable", "This run is gone.");
    assertRunEditable(run);
    const org = ctx.actor.organizationId;
    const pairs = await tx
      .select({
        menteeId: matchProposals.menteeId,
        mentorId: matchProposals.mentorId,
        reasons: matchProposals.reasons,
      })
      .from(matchProposals)
      .where(and(eq(matchProposals.runId, run.id), eq(matchProposals.organizationId, org)));
    if (pairs.length === 0) {
      throw conflict("nothing_to_publish", "This run has no pairs to publish.");
    }
    if (program.kind === "career") {
      const chained = await pairsInReportingChain(
        tx,
        org,
        pairs.map((p) => [p.menteeId, p.mentorId] as const),
      );
      if (chained.size > 0) throw reportingChainConflict();
    }
    const [taken] = await rowsOf<{ n: number }>(
      tx,
      sql`select count(*)::int as n from relationships
        where organization_id = ${org} and program_id = ${program.id}
          and status in ('proposed', 'active')
          and mentee_id = any(${`{${pairs.map((p) => p.menteeId).join(",")}}`}::uuid[])`,
    );
    if (Number(taken?.n ?? 0) > 0) {
      throw conflict(
        "already_matched",
        `${taken?.n} of these mentees already have a mentor in this program. Run matching again to leave them out.`,
      );
    }
    const settings = parseMatchingSettings(run.settings, program.purpose, program.kind);
    const proposed = settings.mode === "hybrid";
    const now = new Date();
    await insertMany(tx, "relationships", pairs, {
      organization_id: { type: "uuid", value: () => org },
      program_id: { type: "uuid", value: () => program.id },
      mentee_id: { type: "uuid", value: (p) => p.menteeId },
      mentor_id: { type: "uuid", value: (p) => p.mentorId },
      status: { type: "relationship_status", value: () => (proposed ? "proposed" : "active") },
      source: { type: "relationship_source", value: () => (proposed ? "hybrid" : "bulk") },
      run_id: { type: "uuid", value: () => run.id },
      reasons: {
        type: "text",
        value: (p) => JSON.stringify(p.reasons),
        as: (v) => sql`${v}::jsonb`,
      },
      started_at: { type: "timestamptz", value: () => (proposed ? null : now.toISOString()) },
    });
    await tx.update(matchingRuns).set({ status: "published" }).where(eq(matchingRuns.id, run.id));
    await tx
      .update(matchingRuns)
      .set({ status: "discarded" })
      .where(
        and(
          eq(matchingRuns.programId, program.id),
          inArray(matchingRuns.status, ["done", "failed"]),
        ),
      );
    let programState: string = program.state;
    if (input.startProgram && program.state === "matching") {
      await tx
        .update(programs)
        .set({ state: "running", updatedAt: now })
        .where(and(eq(programs.id, program.id), eq(programs.organizationId, org)));
      programState = "running";
    }
    const names = new Map(
      (
        await rowsOf<{ id: string; name: string }>(
          tx,
          sql`select id, name from people where organization_id = ${org}
            and id = any(${`{${[...new Set(pairs.flatMap((p) => [p.menteeId, p.mentorId]))].join(",")}}`}::uuid[])`,
        )
      ).map((r) => [r.id, r.name]),
    );
    const link = `${ctx.config.baseUrl}/matches`;
    const notices: Notice[] = [];
    for (const pair of pairs) {
      for (const role of ["mentee", "mentor"] as const) {
        const personId = role === "mentee" ? pair.menteeId : pair.mentorId;
        const otherName =
          names.get(role === "mentee" ? pair.mentorId : pair.menteeId) ?? "a colleague";
        const email = matchEmail({
          programName: program.name,
          otherName,
          role,
          // The reasons speak to the mentee ("you want to grow in…"), so only they get them.
          reasons: role === "mentee" ? (pair.reasons as string[]) : [],
          proposed,
          link,
        });
        notices.push({
          organizationId: org,
          personId,
          kind: proposed ? "match.proposed" : "match.confirmed",
          title: email.subject,
          body:
            role === "mentee"
              ? `${otherName} ${proposed ? "is suggested as" : "is"} your mentor.`
              : `${proposed ? "You're suggested as" : "You're"} ${otherName}'s mentor.`,
          link: "/matches",
          email,
        });
      }
    }
    emailIds.push(...(await notifyMany(tx, notices)));
    return {
      relationships: pairs.length,
      status: proposed ? ("proposed" as const) : ("active" as const),
      programState,
    };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return answer;
}
