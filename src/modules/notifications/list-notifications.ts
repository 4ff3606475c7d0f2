import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { presentNotification } from "./presenters.ts";

export const listNotificationsInput = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const mine = (ctx: Ctx) =>
  and(
    eq(notifications.organizationId, ctx.actor.organizationId),
    eq(notifications.personId, ctx.actor.personId),
  );

/** My notifications: unread first, then newest first, a page at a time. */
export async function listNotifications(ctx: Ctx, input: z.infer<typeof listNotificationsInput>) {
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(mine(ctx))
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [totals] = await ctx.db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`,
    })
    .from(notifications)
    .where(mine(ctx));
  return {
    notifications: rows.map(presentNotification),
    total: totals?.total ?? 0,
    unread: totals?.unread ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function countUnread(ctx: Ctx) {
  const [row] = await ctx.db
    .select({ unread: count() })
    .from(notifications)
    .where(and(mine(ctx), isNull(notifications.readAt)));
  return { unread: row?.unread ?? 0 };
}
