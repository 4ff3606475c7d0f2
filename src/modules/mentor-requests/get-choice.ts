import { and, asc, eq, inArray } from "drizzle-orm";
import { mentorRequests, relationships } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "../programs/load-program.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { loadChoiceContext } from "./choice-context.ts";
import { personCards } from "./person-cards.ts";
import { presentMentorRequest } from "./presenters.ts";
import { MAX_RANKED_CHOICES } from "./request-mentors.ts";

/** Why a person can't choose right now, in words for them; null when they can. */
type Blocker = "not_choice" | "not_open" | "not_mentee" | "matched" | "waiting" | null;

/**
 * The "choose a mentor" page for the acting mentee: their shortlist with reasons, their
 * requests and what became of them, and whether they can choose now.
 */
export async function getChoice(ctx: Ctx, slug: string) {
  const program = await loadProgram(ctx, slug);
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  const me = ctx.actor.personId;
  const open = settings.mode === "choice" && ["matching", "running"].includes(program.state);
  const context = open ? await loadChoiceContext(ctx.db, program) : null;
  const requests = await ctx.db
    .select()
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.organizationId, ctx.actor.organizationId),
        eq(mentorRequests.programId, program.id),
        eq(mentorRequests.menteeId, me),
      ),
    )
    .orderBy(asc(mentorRequests.createdAt), asc(mentorRequests.rank));
  const [relationship] = await ctx.db
    .select({ id: relationships.id, mentorId: relationships.mentorId })
    .from(relationships)
    .where(
      and(
        eq(relationships.programId, program.id),
        eq(relationships.menteeId, me),
        inArray(relationships.status, ["proposed", "active"]),
      ),
    );
  const shortlist = context?.shortlists.get(me) ?? [];
  const cards = await personCards(ctx.db, ctx.actor.organizationId, [
    me,
    ...shortlist.map((m) => m.personId),
    ...requests.map((r) => r.mentorId),
    ...(relationship ? [relationship.mentorId] : []),
  ]);
  const blocker: Blocker =
    settings.mode !== "choice"
      ? "not_choice"
      : !open
        ? "not_open"
        : relationship
          ? "matched"
          : !context?.mentees.has(me)
            ? "not_mentee"
            : requests.some((r) => r.status === "pending")
              ? "waiting"
              : null;
  return {
    program: { slug: program.slug, name: program.name, state: program.state },
    responseDays: settings.responseDays,
    maxChoices: MAX_RANKED_CHOICES,
    canChoose: blocker === null,
    blocker,
    shortlist: shortlist.map((m) => ({
      mentor: cards.get(m.personId) ?? {
        id: m.personId,
        name: "A mentor",
        title: null,
        department: null,
        location: null,
        photoUrl: null,
      },
      score: m.score,
      reasons: context?.reasons(me, m.personId) ?? [],
    })),
    requests: requests.map((r) => presentMentorRequest(r, program, cards)),
    relationshipId: relationship?.id ?? null,
  };
}
