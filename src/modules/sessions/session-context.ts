import type { Executor } from "../../db/client.ts";
import type { MentoringSession } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import type { LoadedSession } from "./load-session.ts";
import { sessionMembers } from "./members.ts";

/** The firewall's word on a loaded session, then what notices need to speak about it. */
export async function sessionContext(
  tx: Executor,
  ctx: Ctx,
  loaded: LoadedSession,
  session: MentoringSession = loaded.session,
) {
  authorize(ctx.actor, "relationship.content", {
    organizationId: loaded.relationship.organizationId,
    participantIds: loaded.members.map((m) => m.personId),
  });
  return {
    relationship: loaded.relationship,
    session,
    members: await sessionMembers(tx, loaded.relationship.organizationId, loaded.members),
    baseUrl: ctx.config.baseUrl,
    mailFrom: ctx.config.mailFrom,
  };
}

export const meOf = (ctx: Ctx, loaded: LoadedSession) => ({
  personId: ctx.actor.personId,
  role: loaded.myRole,
  kind: loaded.relationship.kind,
});
