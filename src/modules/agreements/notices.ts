import type { Executor } from "../../db/client.ts";
import type { Program } from "../../db/schema-programs.ts";
import { renderEmail } from "../email/templates.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { notifyMany } from "../notifications/notify.ts";

/**
 * Notices about an agreement. They say who did what and link to it — never a word of the
 * agreement or its goals: administrators can read emails in the Outbox when SMTP is off.
 */
type Input = {
  tx: Executor;
  program: Program;
  relationshipId: string;
  members: { personId: string }[];
  baseUrl: string;
};

const pathOf = (relationshipId: string) => `/relationships/${relationshipId}?tab=agreement`;

/** Someone saved the agreement: the others are asked to review and accept it. */
export async function notifyAgreementSaved(
  input: Input & { by: string; first: boolean },
): Promise<string[]> {
  const names = await namesOf(
    input.tx,
    input.members.map((m) => m.personId),
  );
  const who = names.get(input.by) ?? "Someone";
  const verb = input.first ? "proposed" : "changed";
  const title = `${who} ${verb} your mentoring agreement — have a look`;
  const path = pathOf(input.relationshipId);
  return notifyMany(
    input.tx,
    input.members
      .filter((m) => m.personId !== input.by)
      .map((m) => ({
        organizationId: input.program.organizationId,
        personId: m.personId,
        kind: input.first ? "agreement.proposed" : "agreement.changed",
        title,
        body: "Read it through and accept it when it feels right, or suggest changes.",
        link: path,
        email: renderEmail(title, [
          { text: `Hi ${names.get(m.personId) ?? "there"},` },
          {
            text: input.first
              ? `${who} has proposed how you'll work together in ${input.program.name}: how often you meet, what stays confidential, your goals and what each of you brings.`
              : `${who} has changed your agreement in ${input.program.name}.`,
          },
          {
            text: "Have a look, and accept it when it feels right — or change it together until it does.",
          },
          { link: `${input.baseUrl}${path}`, label: "Review the agreement" },
        ]),
      })),
  );
}

/** Someone accepted (a first agreement not yet in place, or a later change): in the app only. */
export async function notifyAgreementAccepted(input: Input & { by: string; inForce: boolean }) {
  const names = await namesOf(input.tx, [input.by]);
  const who = names.get(input.by) ?? "Someone";
  await notifyMany(
    input.tx,
    input.members
      .filter((m) => m.personId !== input.by)
      .map((m) => ({
        organizationId: input.program.organizationId,
        personId: m.personId,
        kind: "agreement.accepted",
        title: `${who} accepted your agreement`,
        body: input.inForce
          ? "Everyone who has accepted the latest version is shown on the agreement."
          : "Once everyone has accepted it, it's in place.",
        link: pathOf(input.relationshipId),
      })),
  );
}

/** Everyone accepted: it's in place, and the first session can be planned. */
export async function notifyAgreementInPlace(input: Input): Promise<string[]> {
  const names = await namesOf(
    input.tx,
    input.members.map((m) => m.personId),
  );
  const title = "Your agreement is in place";
  const sessionsPath = `/relationships/${input.relationshipId}?tab=sessions`;
  return notifyMany(
    input.tx,
    input.members.map((m) => ({
      organizationId: input.program.organizationId,
      personId: m.personId,
      kind: "agreement.in-place",
      title,
      body: "Everyone has accepted it. A good next step: plan your first session.",
      link: sessionsPath,
      email: renderEmail(title, [
        { text: `Hi ${names.get(m.personId) ?? "there"},` },
        {
          text: `Everyone has accepted your agreement in ${input.program.name}, so it's in place. You can change it together at any time.`,
        },
        { text: "A good next step is to plan your first session." },
        { link: `${input.baseUrl}${sessionsPath}`, label: "Plan the first session" },
      ]),
    })),
  );
}
