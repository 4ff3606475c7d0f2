import type { Actor } from "../context.ts";
import { forbidden } from "../errors.ts";

/**
 * The one place that decides who may do what. Every domain function calls `authorize` first.
 * The firewall for a relationship's private content is here too (the `relationship.*` rules).
 */
export type Action =
  | "people.list"
  | "people.manage"
  | "people.import"
  | "invitations.manage"
  | "outbox.read"
  | "profile.update"
  | "profile.read"
  | "profile.work.update"
  | "questionnaire.answer"
  | "objectives.manage"
  | "questionnaire.manage"
  | "org-chart.read"
  | "skills.read"
  | "skills.propose"
  | "skills.manage"
  | "personSkills.update"
  | "programs.create"
  | "programs.manage"
  | "enrollments.read"
  | "enrollment.update"
  | "relationship.read"
  | "relationship.readMetadata"
  | "relationship.respond"
  | "relationship.readDeclineReason"
  | "relationship.content"
  | "relationship.ownContent"
  | "program.insights"
  | "rematches.manage";

/**
 * Scores about people reach managers only as aggregates over at least this many people, so no
 * one's answers can be read back from an average.
 */
export const MIN_AGGREGATE_PEOPLE = 5;

/**
 * `isManager`: the actor is one of this program's managers (programs.manage).
 * `participantIds`: a relationship's members (a pair's mentor and mentee, or a circle).
 * `personId`: whose item it is (`relationship.ownContent`), or who declined
 * (`relationship.readDeclineReason`).
 */
type Resource =
  | {
      organizationId: string;
      personId?: string;
      isManager?: boolean;
      participantIds?: readonly string[];
    }
  | undefined;

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (resource && resource.organizationId !== actor.organizationId) return false;
  switch (action) {
    case "people.list":
    case "profile.read":
    case "org-chart.read":
    case "skills.read":
    case "skills.propose":
      return true;
    case "people.manage":
    case "people.import":
    case "invitations.manage":
    case "outbox.read":
    case "profile.work.update":
    case "objectives.manage":
    case "questionnaire.manage":
    case "skills.manage":
      return actor.role === "admin";
    case "profile.update":
    case "questionnaire.answer":
      return resource?.personId === actor.personId;
    case "personSkills.update":
      return actor.role === "admin" || resource?.personId === actor.personId;
    case "programs.create":
      return actor.role === "admin" || actor.role === "program_manager";
    case "programs.manage":
    case "enrollments.read":
      return actor.role === "admin" || resource?.isManager === true;
    case "enrollment.update":
      return resource?.personId === actor.personId;
    // The firewall. A relationship's content (agreement, goals, agenda, shared notes,
    // commitments) is for its members only. Program managers and administrators see that it
    // exists, its status and dates, flags, and scores in aggregates (program.insights); never
    // content. A person's manager or skip-level manager has no rule here at all.
    case "relationship.read":
    case "relationship.respond":
    case "relationship.content":
      return resource?.participantIds?.includes(actor.personId) === true;
    // Personal notes, check-in answers, private debriefs and closure reviews: the person only,
    // not even the other member.
    case "relationship.ownContent":
      return resource?.personId === actor.personId;
    case "program.insights":
      return actor.role === "admin" || resource?.isManager === true;
    case "relationship.readMetadata":
      return (
        resource?.participantIds?.includes(actor.personId) === true ||
        actor.role === "admin" ||
        resource?.isManager === true
      );
    // Why someone declined stays with them: not the other person, not a manager, not an admin.
    case "relationship.readDeclineReason":
      return resource?.personId === actor.personId;
    case "rematches.manage":
      return actor.role === "admin" || resource?.isManager === true;
  }
}

const MEMBERS_ONLY = "Only the people in this relationship can see or change it.";

/** What a refused person is told, by action; anything not listed is for administrators. */
const REFUSALS: Partial<Record<Action, string>> = {
  "profile.update": "You can only edit your own profile.",
  "questionnaire.answer": "Only the person themself can answer their questionnaire.",
  "personSkills.update": "You can only change your own skills.",
  "programs.create": "Only administrators and program managers can create programs.",
  "enrollments.read": "Only this program's managers and administrators can see who enrolled.",
  "enrollment.update": "You can only change your own enrollment.",
  "relationship.read": MEMBERS_ONLY,
  "relationship.respond": MEMBERS_ONLY,
  "relationship.content": MEMBERS_ONLY,
  "relationship.ownContent": "This is private to the person who wrote it.",
  "programs.manage": "Only this program's managers and administrators can change it.",
  "program.insights": "Only this program's managers and administrators can see how it's going.",
};

export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (!can(actor, action, resource)) {
    throw forbidden(REFUSALS[action] ?? "This is for administrators of your organization.");
  }
}
