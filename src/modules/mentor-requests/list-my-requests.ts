import { and, desc, eq, isNotNull, or } from "drizzle-orm";
import { mentorRequests, programs } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { personCards } from "./person-cards.ts";
import { presentMentorRequest } from "./presenters.ts";

const RECENT = 50;

/**
 * Requests that concern me: `incoming` are those in front of me as a mentor (waiting ones
 * first), `outgoing` those I sent as a mentee. A later choice not yet sent to its mentor is
 * never shown to that mentor.
 */
export async function listMyRequests(ctx: Ctx) {
  const me = ctx.actor.personId;
  const rows = await ctx.db
    .select({ request: mentorRequests, program: { slug: programs.slug, name: programs.name } })
    .from(mentorRequests)
    .innerJoin(programs, eq(programs.id, mentorRequests.programId))
    .where(
      and(
        eq(mentorRequests.organizationId, ctx.actor.organizationId),
        or(
          and(eq(mentorRequests.mentorId, me), isNotNull(mentorRequests.sentAt)),
          eq(mentorRequests.menteeId, me),
        ),
      ),
    )
    .orderBy(desc(mentorRequests.createdAt))
    .limit(RECENT * 2);
  const cards = await personCards(
    ctx.db,
    ctx.actor.organizationId,
    rows.flatMap((r) => [r.request.menteeId, r.request.mentorId]),
  );
  const present = (r: (typeof rows)[number]) => presentMentorRequest(r.request, r.program, cards);
  const incoming = rows
    .filter((r) => r.request.mentorId === me)
    .sort((a, b) => Number(b.request.status === "pending") - Number(a.request.status === "pending"))
    .slice(0, RECENT)
    .map(present);
  const outgoing = rows
    .filter((r) => r.request.menteeId === me)
    .slice(0, RECENT)
    .map(present);
  return { incoming, outgoing };
}
