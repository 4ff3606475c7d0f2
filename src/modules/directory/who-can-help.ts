import { sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { cappedCount, rowsOf, withCards } from "./directory-sql.ts";
import { type DirectoryRow, presentHelper } from "./presenters.ts";
import { resolveSkill } from "./resolve-skill.ts";
import { offsetOf, pageFields } from "./search-directory.ts";

export const whoCanHelpInput = z.object({
  /** A skill id, name or synonym; without one, the answer is empty (nothing asked yet). */
  skill: z
    .string("Name the skill you'd like help with.")
    .trim()
    .max(200, "A skill's name can be at most 200 characters.")
    .default(""),
  ...pageFields,
  pageSize: pageFields.pageSize.default(12),
});

/**
 * "Who can help me with X?": active people in the organization who offer skill X (found by id,
 * name or synonym), the asker left out. People who can teach it and have a mentoring place free
 * come first, then by level (5 to 1), then those who can teach, then by name.
 *
 * Places left = mentoring capacity − active mentoring relationships. Relationships don't exist
 * yet, so for now it is the capacity of anyone open to mentor, and 0 for everyone else.
 */
export async function findWhoCanHelp(ctx: Ctx, input: z.output<typeof whoCanHelpInput>) {
  authorize(ctx.actor, "people.list");
  const offset = offsetOf(input.page, input.pageSize);
  const org = ctx.actor.organizationId;
  const { skill, suggestions } = await resolveSkill(ctx.db, org, input.skill);
  const empty = { people: [], total: 0, totalIsExact: true };
  const paging = { page: input.page, pageSize: input.pageSize };
  if (!skill) return { skill: null, suggestions, ...empty, ...paging };

  const from = sql`person_skills_offered o join people p on p.id = o.person_id
    where o.organization_id = ${org} and o.skill_id = ${skill.id}
      and p.organization_id = ${org} and p.status = 'active' and p.id <> ${ctx.actor.personId}`;
  const placesLeft = sql`(case when p.open_to_mentor then p.mentor_capacity else 0 end)`;
  const page = sql`select p.id, p.name, o.level, o.can_teach, ${placesLeft} as places_left,
      (o.can_teach and ${placesLeft} > 0) as ready
    from ${from}
    order by ready desc, o.level desc, o.can_teach desc, p.name, p.id
    limit ${input.pageSize} offset ${offset}`;
  const [rows, count] = await Promise.all([
    rowsOf<DirectoryRow & { level: number; can_teach: boolean; places_left: number }>(
      ctx.db,
      withCards(
        page,
        sql`r.ready desc, r.level desc, r.can_teach desc, r.name, r.id`,
        sql`r.level, r.can_teach, r.places_left,`,
      ),
    ),
    cappedCount(ctx.db, sql`select p.id from ${from}`),
  ]);
  return { skill, suggestions: [], people: rows.map(presentHelper), ...count, ...paging };
}
