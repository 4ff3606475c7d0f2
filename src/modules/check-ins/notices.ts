import type { Executor } from "../../db/client.ts";
import { renderEmail } from "../email/templates.ts";
import { namesOf } from "../mentor-requests/places.ts";
import type { Notice } from "../notifications/notify.ts";
import type { CheckInKind } from "./check-in-schedule.ts";

/**
 * What check-ins and inactivity tell people, in the app and by email. Never any content: no
 * answers, no comments, no notes — only that something is ready, with a link.
 */

type Relationship = {
  id: string;
  organizationId: string;
  kind: "pair" | "circle";
  name: string | null;
};

/** Each member with their name and how to speak of the relationship to them. */
export async function recipients(
  tx: Executor,
  relationship: Relationship,
  memberIds: readonly string[],
) {
  const names = await namesOf(tx, memberIds);
  return memberIds.map((id) => {
    const others = memberIds.filter((other) => other !== id).map((o) => names.get(o) ?? "");
    const together =
      relationship.kind === "circle"
        ? relationship.name
          ? `your circle, ${relationship.name}`
          : "your circle"
        : `your mentoring with ${others[0] || "your partner"}`;
    const nextSession =
      relationship.kind === "circle"
        ? "Time to plan your circle's next session?"
        : `Time to plan your next session with ${others[0] || "your partner"}?`;
    return { id, name: names.get(id) ?? "", together, nextSession };
  });
}

type Recipient = Awaited<ReturnType<typeof recipients>>[number];

export function checkInNotice(
  relationship: Relationship,
  to: Recipient,
  kind: CheckInKind,
  baseUrl: string,
): Notice {
  const path = `/relationships/${relationship.id}?tab=check-ins`;
  const title =
    kind === "fit"
      ? `A one-minute check-in on ${to.together} is ready`
      : `A two-minute check-in on ${to.together} is ready`;
  const paragraphs =
    kind === "fit"
      ? [
          "You've had your first session. One question: does this feel like a good fit?",
          "Your answer stays with you. If it isn't a fit, you can ask for a different match without anyone being at fault.",
        ]
      : [
          "Three quick questions on how it's going, and room for a thought if you like.",
          "Your answers stay with you: the program's managers only ever see averages across at least five people.",
        ];
  return {
    organizationId: relationship.organizationId,
    personId: to.id,
    kind: `check-in.${kind}`,
    title,
    body: paragraphs[0] ?? null,
    link: path,
    email: renderEmail(title, [
      { text: `Hi ${to.name},` },
      ...paragraphs.map((text) => ({ text })),
      { link: `${baseUrl}${path}`, label: "Open the check-in" },
    ]),
  };
}

export function nudgeNotice(relationship: Relationship, to: Recipient, baseUrl: string): Notice {
  const path = `/relationships/${relationship.id}?tab=sessions`;
  const title = to.nextSession;
  const paragraphs = [
    "It's been a little while since you last met. Life gets busy — that's normal.",
    "When you're ready, pick a time that suits you both. Even a short conversation keeps things moving.",
  ];
  return {
    organizationId: relationship.organizationId,
    personId: to.id,
    kind: "relationship.nudge",
    title,
    body: paragraphs.join(" "),
    link: path,
    email: renderEmail(title, [
      { text: `Hi ${to.name},` },
      ...paragraphs.map((text) => ({ text })),
      { link: `${baseUrl}${path}`, label: "Plan a session" },
    ]),
  };
}
