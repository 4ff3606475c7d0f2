import type { Executor } from "../../db/client.ts";
import { noticeEmail } from "../notifications/email.ts";
import { type Notice, notifyMany } from "../notifications/notify.ts";
import type { CircleRole } from "./presenters.ts";

/** "the Product leads circle", "the Readers circle", without saying "circle" twice. */
export function theCircle(name: string): string {
  return /\bcircle$/i.test(name.trim()) ? `the ${name.trim()}` : `the ${name.trim()} circle`;
}

/**
 * "You're in the … circle": in the app and by email, to each person added. Only the circle's
 * name, the program and the role: a circle's name is set by its managers, not its members.
 */
export async function notifyJoinedCircle(
  tx: Executor,
  input: {
    organizationId: string;
    relationshipId: string;
    circleName: string;
    programName: string;
    baseUrl: string;
    people: { id: string; name: string; role: CircleRole }[];
  },
): Promise<string[]> {
  const link = `/relationships/${input.relationshipId}`;
  const notices: Notice[] = input.people.map((person) => {
    const title = `You're in ${theCircle(input.circleName)}`;
    const paragraphs = [
      person.role === "facilitator"
        ? `You're facilitating ${theCircle(input.circleName)} in ${input.programName}: a small group that meets to learn together.`
        : `You've joined ${theCircle(input.circleName)} in ${input.programName}: a small group that meets to learn together.`,
      "Have a look at who's in it. Your sessions, agenda and commitments live on the circle's page, for the circle only.",
    ];
    return {
      organizationId: input.organizationId,
      personId: person.id,
      kind: "circle.joined",
      title,
      body: paragraphs.join(" "),
      link,
      email: noticeEmail({
        subject: title,
        name: person.name,
        paragraphs,
        link: `${input.baseUrl}${link}`,
        linkLabel: "Open the circle",
      }),
    };
  });
  return notifyMany(tx, notices);
}

/** A person taken out of a circle is told kindly, in the app only. */
export async function notifyLeftCircle(
  tx: Executor,
  input: { organizationId: string; personId: string; circleName: string },
) {
  await notifyMany(tx, [
    {
      organizationId: input.organizationId,
      personId: input.personId,
      kind: "circle.left",
      title: `You're no longer in ${theCircle(input.circleName)}`,
      body: "The program's managers changed who is in it. Thank you for the time you gave it.",
      link: "/matches",
    },
  ]);
}
