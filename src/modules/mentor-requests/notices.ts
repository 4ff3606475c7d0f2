import { noticeEmail } from "../notifications/email.ts";
import type { Notice } from "../notifications/notify.ts";

/** Who a notice goes to and what it is about. */
export type NoticeParty = {
  organizationId: string;
  baseUrl: string;
  recipient: { id: string; name: string };
  otherName: string;
  program: { name: string; slug: string };
};

function notice(
  party: NoticeParty,
  kind: string,
  title: string,
  paragraphs: string[],
  link: string,
  linkLabel: string,
): Notice {
  return {
    organizationId: party.organizationId,
    personId: party.recipient.id,
    kind,
    title,
    body: paragraphs.join(" "),
    link,
    email: noticeEmail({
      subject: title,
      name: party.recipient.name,
      paragraphs,
      link: `${party.baseUrl}${link}`,
      linkLabel,
    }),
  };
}

const longDate = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });

export function requestReceivedNotice(party: NoticeParty, respondBy: Date): Notice {
  return notice(
    party,
    "mentor-request.received",
    `${party.otherName} would like you as their mentor`,
    [
      `${party.otherName} chose you as a mentor in ${party.program.name}.`,
      `Have a look at what they hope to learn and let them know by ${longDate(respondBy)}. Saying no is fine: they'll be introduced to their next choice.`,
    ],
    "/requests",
    "See the request",
  );
}

export function requestAcceptedNotice(party: NoticeParty): Notice {
  return notice(
    party,
    "mentor-request.accepted",
    `${party.otherName} will be your mentor`,
    [
      `Good news: ${party.otherName} said yes to mentoring you in ${party.program.name}.`,
      "A good first step is to write to each other and find a time for a first conversation.",
    ],
    "/matches",
    "See your match",
  );
}

export function mentorStartedNotice(party: NoticeParty): Notice {
  return {
    organizationId: party.organizationId,
    personId: party.recipient.id,
    kind: "mentor-request.started",
    title: `You're now mentoring ${party.otherName}`,
    body: `Thank you for saying yes. You'll find ${party.otherName} under My matches.`,
    link: "/matches",
  };
}

/** To the mentee when their choice declined, didn't answer in time or has no places left. */
export function requestMovedOnNotice(
  party: NoticeParty,
  why: "declined" | "expired" | "full",
  declineReason: string | null,
  next: string | null,
): Notice {
  const first =
    why === "declined"
      ? `${party.otherName} can't be your mentor in ${party.program.name} this time.`
      : why === "full"
        ? `${party.otherName}'s places in ${party.program.name} have just filled up.`
        : `${party.otherName} wasn't able to answer your request in time.`;
  const words = declineReason ? [`They wrote: “${declineReason}”`] : [];
  const then = next
    ? `We've sent your request on to your next choice, ${next}.`
    : "You can choose someone else from your shortlist whenever you're ready.";
  return notice(
    party,
    `mentor-request.${why}`,
    why === "declined" ? "About your mentor request" : "Your mentor request has moved on",
    [first, ...words, "This is about timing and fit, not about you.", then],
    `/programs/${party.program.slug}/choose`,
    next ? "See your requests" : "Choose a mentor",
  );
}

/** To the mentor whose time to answer ran out. */
export function requestExpiredForMentorNotice(party: NoticeParty): Notice {
  return {
    organizationId: party.organizationId,
    personId: party.recipient.id,
    kind: "mentor-request.expired-mentor",
    title: `${party.otherName}'s request has moved on`,
    body: `The time to answer ${party.otherName}'s request in ${party.program.name} has passed, so it went to their next choice. No need to do anything.`,
    link: "/requests",
  };
}
