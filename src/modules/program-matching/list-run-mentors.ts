import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Ctx } from "../../server/context.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";
import { loadManagedRun } from "./load-run.ts";

export const runMentorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  capacity: z.number(),
  assigned: z.number(),
});

/** The program's mentors with their places and how many this run gives them, by name. */
export async function listRunMentors(ctx: Ctx, slug: string, runId: string) {
  const { program, run } = await loadManagedRun(ctx, slug, runId);
  const everyoneBoth = program.roles === "everyone_both";
  const rows = await rowsOf<{
    id: string;
    name: string;
    email: string;
    capacity: number;
    assigned: number;
  }>(
    ctx.db,
    sql`select p.id, p.name, p.email, e.mentor_capacity as capacity,
        (select count(*)::int from match_proposals mp
          where mp.run_id = ${run.id} and mp.mentor_id = p.id) as assigned
      from enrollments e join people p on p.id = e.person_id and p.status = 'active'
      where e.organization_id = ${ctx.actor.organizationId} and e.program_id = ${program.id}
        and e.status = 'submitted' and (e.as_mentor or ${everyoneBoth}) and e.mentor_capacity > 0
      order by p.name, p.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    capacity: Number(r.capacity),
    assigned: Number(r.assigned),
  }));
}
