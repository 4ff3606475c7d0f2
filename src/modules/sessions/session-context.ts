import type { Executor } from "../../db/client.ts";
import type { MentoringSession } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import type { LoadedRelationship } from "../relationships/load-relationship.ts";
import { sessionMembers } from "./members.ts";

/** What notices need to speak about a session of a relationship already loaded for a member. */
export async function sessionContext(
  tx: Executor,
  ctx: Ctx,
  loaded: LoadedRelationship,
  session: MentoringSession,
) {
  return {
    relationship: loaded.relationship,
    session,
    members: await sessionMembers(tx, loaded.relationship.organizationId, loaded.members),
    baseUrl: ctx.config.baseUrl,
    mailFrom: ctx.config.mailFrom,
  };
}

export const meOf = (ctx: Ctx, loaded: LoadedRelationship) => ({
  personId: ctx.actor.personId,
  role: loaded.myRole,
  kind: loaded.relationship.kind,
});

export type SessionContext = Awaited<ReturnType<typeof sessionContext>>;
