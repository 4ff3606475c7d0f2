import type { Executor } from "../../db/client.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { notifyMany } from "../notifications/notify.ts";

/**
 * Tells the other members, in the app only, that something happened to their goals. Never the
 * goal's words: who did what, and a link.
 */
export async function notifyGoalActivity(
  tx: Executor,
  input: {
    organizationId: string;
    relationshipId: string;
    members: { personId: string }[];
    by: string;
    what: "added a goal" | "noted progress on a goal";
  },
) {
  const names = await namesOf(tx, [input.by]);
  const who = names.get(input.by) ?? "Someone";
  await notifyMany(
    tx,
    input.members
      .filter((m) => m.personId !== input.by)
      .map((m) => ({
        organizationId: input.organizationId,
        personId: m.personId,
        kind: input.what === "added a goal" ? "goal.added" : "goal.progress",
        title: `${who} ${input.what}`,
        body: "Have a look at your goals together.",
        link: `/relationships/${input.relationshipId}?tab=goals`,
      })),
  );
}
