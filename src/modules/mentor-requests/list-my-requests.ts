import { and, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { enrollments, mentorRequests, programs } from "../../db/schema-programs.ts";
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
  return { incoming, outgoing, canChooseIn: await programsToChooseIn(ctx) };
}

/**
 * Programs where I could choose a mentor now: mentees choose, it is matching or running, I'm
 * enrolled as a mentee, and I have neither a match nor a request waiting there.
 */
async function programsToChooseIn(ctx: Ctx) {
  const me = ctx.actor.personId;
  return ctx.db
    .select({ slug: programs.slug, name: programs.name })
    .from(programs)
    .innerJoin(
      enrollments,
      and(
        eq(enrollments.programId, programs.id),
        eq(enrollments.personId, me),
        eq(enrollments.status, "submitted"),
      ),
    )
    .where(
      and(
        eq(programs.organizationId, ctx.actor.organizationId),
        inArray(programs.state, ["matching", "running"]),
        sql`${programs.matching}->>'mode' = 'choice'`,
        sql`(${enrollments.asMentee} or ${programs.roles} = 'everyone_both')`,
        sql`not exists (select 1 from relationships r where r.program_id = ${programs.id}
          and r.mentee_id = ${me} and r.status in ('proposed', 'active'))`,
        sql`not exists (select 1 from mentor_requests q where q.program_id = ${programs.id}
          and q.mentee_id = ${me} and q.status = 'pending')`,
      ),
    )
    .orderBy(programs.name)
    .limit(20);
}
