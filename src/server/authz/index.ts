import type { Actor } from "../context.ts";
import { forbidden } from "../errors.ts";

/**
 * The one place that decides who may do what. Every domain function calls `authorize` first.
 * Later features add their rules here, including the firewall for private content.
 */
export type Action =
  | "people.list"
  | "people.manage"
  | "invitations.manage"
  | "outbox.read"
  | "profile.update";

type Resource = { organizationId: string; personId?: string } | undefined;

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (resource && resource.organizationId !== actor.organizationId) return false;
  switch (action) {
    case "people.list":
      return true;
    case "people.manage":
    case "invitations.manage":
    case "outbox.read":
      return actor.role === "admin";
    case "profile.update":
      return resource?.personId === actor.personId;
  }
}

export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (!can(actor, action, resource)) {
    throw forbidden(
      action === "profile.update"
        ? "You can only edit your own profile."
        : "This is for administrators of your organization.",
    );
  }
}
