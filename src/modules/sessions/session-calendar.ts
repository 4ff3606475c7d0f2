import type { Ctx } from "../../server/context.ts";
import { loadSession } from "../session-work/load-session.ts";
import { calendarFor } from "./notices.ts";
import { sessionContext } from "./session-context.ts";

/** The session's calendar event for one of its members ("add to calendar"). */
export async function sessionCalendar(ctx: Ctx, sessionId: string) {
  const loaded = await loadSession(ctx.db, ctx, sessionId, "read");
  const context = await sessionContext(ctx.db, ctx, loaded, loaded.session);
  return {
    fileName: `mutual-session-${loaded.session.startsAt.toISOString().slice(0, 10)}.ics`,
    calendar: calendarFor(context, loaded.session.status === "cancelled" ? "CANCEL" : "REQUEST"),
  };
}
