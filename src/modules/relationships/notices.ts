import type { Executor } from "../../db/client.ts";
import type { Program, Relationship } from "../../db/schema-programs.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { noticeEmail } from "../notifications/email.ts";
import { notify } from "../notifications/notify.ts";

type Recipient = { id: string; name: string; otherName: string; role: "mentee" | "mentor" };

async function bothOf(tx: Executor, relationship: Relationship): Promise<Recipient[]> {
  const names = await namesOf(tx, [relationship.menteeId, relationship.mentorId]);
  const mentee = names.get(relationship.menteeId) ?? "";
  const mentor = names.get(relationship.mentorId) ?? "";
  return [
    { id: relationship.menteeId, name: mentee, otherName: mentor, role: "mentee" },
    { id: relationship.mentorId, name: mentor, otherName: mentee, role: "mentor" },
  ];
}

function message(
  program: Program,
  baseUrl: string,
  to: Recipient,
  kind: string,
  title: string,
  paragraphs: string[],
  linkLabel: string,
  withEmail: boolean,
) {
  return {
    organizationId: program.organizationId,
    personId: to.id,
    kind,
    title,
    body: paragraphs.join(" "),
    link: "/matches",
    ...(withEmail
      ? {
          email: noticeEmail({
            subject: title,
            name: to.name,
            paragraphs,
            link: `${baseUrl}/matches`,
            linkLabel,
          }),
        }
      : {}),
  };
}

/** Both confirmed: the match starts. */
export async function notifyMatchConfirmed(
  tx: Executor,
  input: { program: Program; relationship: Relationship; baseUrl: string },
): Promise<string[]> {
  const emailIds: string[] = [];
  for (const to of await bothOf(tx, input.relationship)) {
    emailIds.push(
      ...(await notify(
        tx,
        message(
          input.program,
          input.baseUrl,
          to,
          "match.confirmed",
          `You and ${to.otherName} are matched`,
          [
            `You've both said yes: you and ${to.otherName} are now working together in ${input.program.name}.`,
            "A good first step is to write to each other and find a time for a first conversation.",
          ],
          "See your match",
          true,
        ),
      )),
    );
  }
  return emailIds;
}

/** One confirmed: a gentle nudge to the other, in the app only. */
export async function notifyConfirmedByOne(
  tx: Executor,
  input: { program: Program; relationship: Relationship; by: string; baseUrl: string },
) {
  const to = (await bothOf(tx, input.relationship)).find((r) => r.id !== input.by);
  if (!to) return;
  await notify(
    tx,
    message(
      input.program,
      input.baseUrl,
      to,
      "match.confirmed-by-other",
      `${to.otherName} is looking forward to it`,
      [`${to.otherName} confirmed your match in ${input.program.name}. Confirm when you're ready.`],
      "See your match",
      false,
    ),
  );
}

/** The other person learns that the match won't go ahead, never why. */
export async function notifyMatchWontGoAhead(
  tx: Executor,
  input: {
    program: Program;
    relationship: Relationship;
    by: string;
    baseUrl: string;
    ended: boolean;
  },
): Promise<string[]> {
  const to = (await bothOf(tx, input.relationship)).find((r) => r.id !== input.by);
  if (!to) return [];
  const next =
    to.role === "mentee"
      ? "You're back in the pool, and we'll help you find another match."
      : "Your place is free again for someone else.";
  const title = input.ended
    ? `Your match with ${to.otherName} has come to an end`
    : `Your match with ${to.otherName} won't go ahead`;
  const first = input.ended
    ? `${to.otherName} has asked for a different match in ${input.program.name}, so your time together ends here.`
    : `Your match with ${to.otherName} in ${input.program.name} won't go ahead.`;
  return notify(
    tx,
    message(
      input.program,
      input.baseUrl,
      to,
      input.ended ? "match.ended" : "match.declined",
      title,
      [first, "This happens, and nobody is at fault: it's about timing and fit.", next],
      "See your matches",
      true,
    ),
  );
}
