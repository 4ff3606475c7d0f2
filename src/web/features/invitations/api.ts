import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { Role } from "../../api/types.ts";

export interface InvitationPreview {
  email: string;
  organizationName: string;
  invitedByName: string;
  role: Role;
}

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  invitedByName: string;
  createdAt: string;
  expiresAt: string;
}

export interface InviteResult {
  invited: { id: string; email: string }[];
  skipped: { email: string; reason: string }[];
}

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitation-preview", token],
    queryFn: () => get<InvitationPreview>(`/invitations/by-token/${encodeURIComponent(token)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const invitationsQuery = queryOptions({
  queryKey: ["invitations"],
  queryFn: () => get<{ invitations: Invitation[] }>("/invitations"),
  select: (data) => data.invitations,
});
