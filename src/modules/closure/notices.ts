import type { Executor } from "../../db/client.ts";
import type { Program, Relationship } from "../../db/schema-programs.ts";
import { renderEmail } from "../email/templates.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { type Notice, notifyMany } from "../notifications/notify.ts";
import { REVIEW_DAYS_AFTER_CLOSE } from "./rules.ts";

/*
 * Closure notices. None of them carries a reason for ending or a word of anyone's review: they
 * say that something happened and link to the relationship, where its members read the rest.
 */

type Recipient = { id: string; name: string; withWhom: string };

const closePath = (relationshipId: string) => `/relationships/${relationshipId}?tab=close`;

/**
 * Each member to tell (all but `except`), with how to name the relationship for them; and every
 * member's name, the sender's among them.
 */
async function recipientsOf(
  tx: Executor,
  relationship: Relationship,
  memberIds: readonly string[],
  except?: string | null,
): Promise<{ recipients: Recipient[]; names: Map<string, string> }> {
  const names = await namesOf(tx, memberIds);
  const recipients = memberIds
    .filter((id) => id !== except)
    .map((id) => {
      const others = memberIds.filter((other) => other !== id).map((o) => names.get(o) ?? "");
      const withWhom =
        relationship.kind === "circle"
          ? `the circle ${relationship.name ?? ""}`.trim()
          : `your relationship with ${others[0] ?? "your partner"}`;
      return { id, name: names.get(id) ?? "", withWhom };
    });
  return { recipients, names };
}

function notice(
  program: Program,
  relationship: Relationship,
  to: Recipient,
  input: { kind: string; title: string; paragraphs: string[]; linkLabel: string; baseUrl: string },
): Notice {
  return {
    organizationId: program.organizationId,
    personId: to.id,
    kind: input.kind,
    title: input.title,
    body: input.paragraphs.join(" "),
    link: closePath(relationship.id),
    email: renderEmail(input.title, [
      { text: `Hi ${to.name},` },
      ...input.paragraphs.map((text) => ({ text })),
      { link: `${input.baseUrl}${closePath(relationship.id)}`, label: input.linkLabel },
      { text: "You're getting this because you take part in a program on Mutual." },
    ]),
  };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const reviewInvitation = () =>
  `When you're ready, take a few minutes for a closing review: the goals you reached, what you learned, and, if you like, a note of thanks. It stays open for ${REVIEW_DAYS_AFTER_CLOSE} days, and everything you wrote together stays here for you to look back on.`;

/**
 * A member closed the relationship early: everyone else hears that it has come to a close
 * (not who chose which reason, and not why).
 */
export async function notifyClosedEarly(
  tx: Executor,
  input: {
    program: Program;
    relationship: Relationship;
    memberIds: readonly string[];
    closedById: string;
    withThanks: boolean;
    baseUrl: string;
  },
): Promise<string[]> {
  const { recipients, names } = await recipientsOf(
    tx,
    input.relationship,
    input.memberIds,
    input.closedById,
  );
  const closer = names.get(input.closedById) ?? "Your partner";
  return notifyMany(
    tx,
    recipients.map((to) =>
      notice(input.program, input.relationship, to, {
        kind: "closure.closed",
        title: `${capitalized(to.withWhom)} has come to a close`,
        paragraphs: [
          `${capitalized(to.withWhom)} in ${input.program.name} has come to a close. Relationships end for all kinds of reasons, and nobody is at fault: thank you for the time you gave each other.`,
          ...(input.withThanks ? [`${closer} has left you a note of thanks to read.`] : []),
          reviewInvitation(),
        ],
        linkLabel: "Write your closing review",
        baseUrl: input.baseUrl,
      }),
    ),
  );
}

/** The agreed end date came: everyone is told and invited to a closing review. */
export async function notifyEndDateReached(
  tx: Executor,
  input: {
    program: Program;
    relationship: Relationship;
    memberIds: readonly string[];
    baseUrl: string;
  },
): Promise<string[]> {
  const { recipients } = await recipientsOf(tx, input.relationship, input.memberIds);
  return notifyMany(
    tx,
    recipients.map((to) =>
      notice(input.program, input.relationship, to, {
        kind: "closure.end-date",
        title: `${capitalized(to.withWhom)} has reached its end date`,
        paragraphs: [
          `${capitalized(to.withWhom)} in ${input.program.name} has reached the end date you agreed on. Well done on the time and care you've given it.`,
          reviewInvitation(),
        ],
        linkLabel: "Write your closing review",
        baseUrl: input.baseUrl,
      }),
    ),
  );
}

/** Someone wrote a note of thanks: the others hear that it is waiting (never its words). */
export async function notifyThanksWaiting(
  tx: Executor,
  input: {
    program: Program;
    relationship: Relationship;
    memberIds: readonly string[];
    fromId: string;
    baseUrl: string;
  },
): Promise<string[]> {
  const { recipients, names } = await recipientsOf(
    tx,
    input.relationship,
    input.memberIds,
    input.fromId,
  );
  const from = names.get(input.fromId) ?? "Someone";
  return notifyMany(
    tx,
    recipients.map((to) =>
      notice(input.program, input.relationship, to, {
        kind: "closure.thanks",
        title: `${from} left you a note of thanks`,
        paragraphs: [
          `${from} wrote you a note of thanks as your time together in ${input.program.name} came to a close. It's waiting for you on the Closing tab.`,
        ],
        linkLabel: "Read it",
        baseUrl: input.baseUrl,
      }),
    ),
  );
}

/** The kind of the two-weeks heads-up; the job looks for it so nobody gets it twice. */
export const HEADS_UP_KIND = "closure.end-date-near";

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** Two weeks before the end date: time to plan the closing conversation. */
export async function notifyEndDateNear(
  tx: Executor,
  input: {
    program: Program;
    relationship: Relationship;
    memberIds: readonly string[];
    endsOn: string;
    daysLeft: number;
    baseUrl: string;
  },
): Promise<string[]> {
  const { recipients } = await recipientsOf(tx, input.relationship, input.memberIds);
  const when = input.daysLeft === 14 ? "Two weeks left" : `${input.daysLeft} days left`;
  return notifyMany(
    tx,
    recipients.map((to) =>
      notice(input.program, input.relationship, to, {
        kind: HEADS_UP_KIND,
        title: `${when}: time to plan your closing conversation`,
        paragraphs: [
          `${capitalized(to.withWhom)} in ${input.program.name} is planned to end on ${longDate(input.endsOn)}.`,
          "It's a good moment to plan a closing conversation together: look back at your goals, name what you've learned, and decide whether you'd like to stay in touch.",
        ],
        linkLabel: "See what closing looks like",
        baseUrl: input.baseUrl,
      }),
    ),
  );
}

export const headsUpLink = closePath;
