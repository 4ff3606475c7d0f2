import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { enrollments, preparationCompletions, preparationPages } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadProgram } from "../programs/load-program.ts";
import type { EnrollmentRow } from "./enrollments-csv.ts";
import { enrollmentStatusSchema } from "./presenters.ts";

export const enrollmentFiltersSchema = z.object({
  status: enrollmentStatusSchema.optional(),
  role: z.enum(["mentee", "mentor"]).optional(),
});
export type EnrollmentFilters = z.infer<typeof enrollmentFiltersSchema>;

export const enrollmentCountsSchema = z.object({
  started: z.number().int(),
  submitted: z.number().int(),
  withdrawn: z.number().int(),
  /** Among submitted enrollments: people who enrolled as mentees, as mentors. */
  mentees: z.number().int(),
  mentors: z.number().int(),
});
export type EnrollmentCounts = z.infer<typeof enrollmentCountsSchema>;

export const enrollmentListItemSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  asMentee: z.boolean(),
  asMentor: z.boolean(),
  mentorCapacity: z.number().int(),
  status: enrollmentStatusSchema,
  submittedAt: z.iso.datetime().nullable(),
  preparationDone: z.number().int(),
  preparationTotal: z.number().int(),
});

const LIST_LIMIT = 2000;
const EMPTY: EnrollmentCounts = { started: 0, submitted: 0, withdrawn: 0, mentees: 0, mentors: 0 };

/** Enrollment counts per program, for program pages and lists (no access check: callers do it). */
export async function countEnrollments(
  db: Executor,
  organizationId: string,
  programIds: string[],
): Promise<Map<string, EnrollmentCounts>> {
  const counts = new Map(programIds.map((id) => [id, { ...EMPTY }]));
  if (programIds.length === 0) return counts;
  const rows = await db
    .select({
      programId: enrollments.programId,
      started: sql<number>`count(*) filter (where ${enrollments.status} = 'started')`.mapWith(
        Number,
      ),
      submitted: sql<number>`count(*) filter (where ${enrollments.status} = 'submitted')`.mapWith(
        Number,
      ),
      withdrawn: sql<number>`count(*) filter (where ${enrollments.status} = 'withdrawn')`.mapWith(
        Number,
      ),
      mentees:
        sql<number>`count(*) filter (where ${enrollments.status} = 'submitted' and ${enrollments.asMentee})`.mapWith(
          Number,
        ),
      mentors:
        sql<number>`count(*) filter (where ${enrollments.status} = 'submitted' and ${enrollments.asMentor})`.mapWith(
          Number,
        ),
    })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, organizationId),
        inArray(enrollments.programId, programIds),
      ),
    )
    .groupBy(enrollments.programId);
  for (const { programId, ...row } of rows) counts.set(programId, row);
  return counts;
}

/** The pages an enrollment's roles call for: everyone's, plus mentors' and mentees' as enrolled. */
const pagesFor = sql`${preparationPages.programId} = ${enrollments.programId}
  and (${preparationPages.audience} = 'everyone'
    or (${preparationPages.audience} = 'mentors' and ${enrollments.asMentor})
    or (${preparationPages.audience} = 'mentees' and ${enrollments.asMentee}))`;

/** A program's enrollments as its managers see them: no answers, nothing private. */
export async function enrollmentRows(
  db: Executor,
  organizationId: string,
  programId: string,
  filters: EnrollmentFilters,
  limit?: number,
) {
  const conditions: SQL[] = [
    eq(enrollments.organizationId, organizationId),
    eq(enrollments.programId, programId),
  ];
  if (filters.status) conditions.push(eq(enrollments.status, filters.status));
  if (filters.role === "mentee") conditions.push(eq(enrollments.asMentee, true));
  if (filters.role === "mentor") conditions.push(eq(enrollments.asMentor, true));
  const query = db
    .select({
      id: enrollments.id,
      personId: enrollments.personId,
      personName: people.name,
      asMentee: enrollments.asMentee,
      asMentor: enrollments.asMentor,
      mentorCapacity: enrollments.mentorCapacity,
      status: enrollments.status,
      submittedAt: enrollments.submittedAt,
      preparationTotal:
        sql<number>`(select count(*) from ${preparationPages} where ${pagesFor})`.mapWith(Number),
      preparationDone: sql<number>`(select count(*) from ${preparationPages}
        join ${preparationCompletions} on ${preparationCompletions.pageId} = ${preparationPages.id}
          and ${preparationCompletions.personId} = ${enrollments.personId}
        where ${pagesFor})`.mapWith(Number),
    })
    .from(enrollments)
    .innerJoin(
      people,
      and(eq(people.id, enrollments.personId), eq(people.organizationId, organizationId)),
    )
    .where(and(...conditions))
    .orderBy(asc(people.name), asc(enrollments.id));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map((row): EnrollmentRow & { id: string; personId: string } => ({
    ...row,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
}

/** Loads a program whose enrollments the actor may see (its managers and administrators). */
export async function loadProgramForEnrollments(ctx: Ctx, slug: string) {
  const program = await loadProgram(ctx, slug);
  authorize(ctx.actor, "enrollments.read", {
    organizationId: program.organizationId,
    isManager: program.isManager,
  });
  return program;
}

/** The enrollment list for a program's managers, filtered, with the program's counts. */
export async function listEnrollments(ctx: Ctx, slug: string, filters: EnrollmentFilters) {
  const program = await loadProgramForEnrollments(ctx, slug);
  const organizationId = ctx.actor.organizationId;
  const [rows, counts] = await Promise.all([
    enrollmentRows(ctx.db, organizationId, program.id, filters, LIST_LIMIT + 1),
    countEnrollments(ctx.db, organizationId, [program.id]),
  ]);
  return {
    enrollments: rows.slice(0, LIST_LIMIT),
    truncated: rows.length > LIST_LIMIT,
    counts: counts.get(program.id) ?? { ...EMPTY },
  };
}
