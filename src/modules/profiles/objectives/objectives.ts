import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { objectives } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { notFound } from "../../../server/errors.ts";
import { optionalText } from "../profile-fields.ts";

export const objectiveSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  archived: z.boolean(),
});
export type ObjectiveView = z.infer<typeof objectiveSchema>;

const titleField = z
  .string()
  .trim()
  .min(1, "Please give the objective a title.")
  .max(160, "A title can be at most 160 characters.");

export const createObjectiveInput = z.object({
  title: titleField,
  description: optionalText(1000, "A description"),
});
export const updateObjectiveInput = z.object({
  title: titleField.optional(),
  description: optionalText(1000, "A description"),
  /** Archived objectives stay on the goals already linked to them but can't be chosen anew. */
  archived: z.boolean().optional(),
});

function presentObjective(row: typeof objectives.$inferSelect): ObjectiveView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    archived: row.archivedAt !== null,
  };
}

/** The organization's objectives; archived ones only when an administrator asks for them. */
export async function listObjectives(ctx: Ctx, options: { includeArchived: boolean }) {
  const withArchived = options.includeArchived && ctx.actor.role === "admin";
  const rows = await ctx.db
    .select()
    .from(objectives)
    .where(
      and(
        eq(objectives.organizationId, ctx.actor.organizationId),
        withArchived ? undefined : isNull(objectives.archivedAt),
      ),
    )
    .orderBy(sql`${objectives.archivedAt} is not null`, asc(objectives.title));
  return rows.map(presentObjective);
}

export async function createObjective(ctx: Ctx, input: z.infer<typeof createObjectiveInput>) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "objectives.manage", { organizationId });
  const [row] = await ctx.db
    .insert(objectives)
    .values({ organizationId, title: input.title, description: input.description ?? null })
    .returning();
  if (!row) throw new Error("objective insert returned no row");
  return presentObjective(row);
}

export async function updateObjective(
  ctx: Ctx,
  objectiveId: string,
  input: z.infer<typeof updateObjectiveInput>,
) {
  const organizationId = ctx.actor.organizationId;
  authorize(ctx.actor, "objectives.manage", { organizationId });
  const { archived, ...text } = input;
  const changes = {
    ...Object.fromEntries(Object.entries(text).filter(([, value]) => value !== undefined)),
    ...(archived === undefined
      ? {}
      : { archivedAt: archived ? sql`coalesce(${objectives.archivedAt}, now())` : null }),
  };
  const where = and(eq(objectives.id, objectiveId), eq(objectives.organizationId, organizationId));
  const [row] =
    Object.keys(changes).length > 0
      ? await ctx.db.update(objectives).set(changes).where(where).returning()
      : await ctx.db.select().from(objectives).where(where);
  if (!row) throw notFound("objective");
  return presentObjective(row);
}
