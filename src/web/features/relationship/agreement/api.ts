import { queryOptions } from "@tanstack/react-query";
import { api, get, post } from "../../../api/client.ts";
import type { MemberRole } from "../../relationships/api.ts";
import type { Goal } from "../goals/api.ts";

export type Channel = "in_person" | "video" | "phone";

export interface AgreementTerms {
  cadenceWeeks: number;
  sessionMinutes: number;
  channel: Channel;
  channelDetail: string | null;
  confidentiality: string;
  mentorResponsibilities: string;
  menteeResponsibilities: string;
  /** YYYY-MM-DD */
  endsOn: string;
  earlyEnding: string;
}

export interface Agreement extends AgreementTerms {
  /** Nobody has saved one yet: a suggestion from the program's defaults. */
  isDraft: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

export interface Acceptance {
  personId: string;
  name: string;
  role: MemberRole;
  version: number | null;
  acceptedAt: string | null;
  ofCurrentVersion: boolean;
}

export interface AgreementAnswer {
  agreement: Agreement;
  goals: Goal[];
  acceptances: Acceptance[];
  acceptedByMe: boolean;
  changedSinceIAccepted: boolean;
  inForce: boolean;
  agreedAt: string | null;
  canEdit: boolean;
}

export interface AgreementVersion {
  version: number;
  editedBy: { id: string; name: string } | null;
  editedAt: string;
  changes: string[];
}

export const channelLabels: Record<Channel, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone",
};

export const agreementKey = (relationshipId: string) => [
  "relationships",
  relationshipId,
  "agreement",
];

export const agreementQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: agreementKey(relationshipId),
    queryFn: () => get<AgreementAnswer>(`/relationships/${relationshipId}/agreement`),
  });

export const agreementHistoryQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: [...agreementKey(relationshipId), "history"],
    queryFn: () =>
      get<{ versions: AgreementVersion[] }>(`/relationships/${relationshipId}/agreement/history`),
    select: (data) => data.versions,
  });

export const saveAgreement = (relationshipId: string, terms: AgreementTerms) =>
  api<AgreementAnswer>("PUT", `/relationships/${relationshipId}/agreement`, terms);

export const acceptAgreement = (relationshipId: string, version: number) =>
  post<AgreementAnswer>(`/relationships/${relationshipId}/agreement/accept`, { version });
