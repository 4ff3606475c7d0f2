import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { mine } from "./list-notifications.ts";

/** Marks one of my notifications read (someone else's is simply not found). */
export async function markRead(ctx: Ctx, notificationId: string) {
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), eq(notifications.id, notificationId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (updated.length === 0) {
    const [exists] = await ctx.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(mine(ctx), eq(notifications.id, notificationId)));
    if (!exists) throw notFound("notification");
  }
}

export async function markAllRead(ctx: Ctx) {
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: updated.length };
}
