import type { QueryClient } from "@tanstack/react-query";
import { queryOptions } from "@tanstack/react-query";
import { ApiError, del, get, post } from "../../api/client.ts";
import type { Session } from "../../api/types.ts";
import { sessionQuery } from "../auth/session.ts";

export type ImportField =
  | "employeeId"
  | "email"
  | "firstName"
  | "lastName"
  | "fullName"
  | "preferredName"
  | "title"
  | "department"
  | "location"
  | "timeZone"
  | "languages"
  | "hireDate"
  | "managerEmail"
  | "managerEmployeeId";

export type DateOrder = "auto" | "dmy" | "mdy";

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  rejected: number;
  rejectedRows: { line: number; reason: string }[];
  updatedRows: {
    line: number;
    name: string;
    email: string;
    changes: { field: string; from: string | null; to: string | null }[];
  }[];
  createdRows: { line: number; name: string; email: string }[];
  deactivatedPeople: { name: string; email: string }[];
  keptAdmins: string[];
  warnings: string[];
  dayMonthOrder: "dmy" | "mdy" | null;
}

export interface PeopleImport {
  id: string;
  fileName: string;
  status: "uploaded" | "planned" | "applied";
  rowCount: number;
  headers: string[];
  mapping: (ImportField | null)[];
  sample: string[][];
  options: { fullSync: boolean; dateOrder: DateOrder };
  report: ImportReport | null;
  newPeopleToInvite: number;
  createdAt: string;
  appliedAt: string | null;
  invitedAt: string | null;
}

export interface ImportSummary {
  id: string;
  fileName: string;
  status: PeopleImport["status"];
  rowCount: number;
  created: number;
  updated: number;
  deactivated: number;
  rejected: number;
  createdAt: string;
  appliedAt: string | null;
}

export type DryRunChoices = {
  mapping: (ImportField | null)[];
  fullSync: boolean;
  dateOrder: DateOrder;
};

export const importQuery = (id: string) =>
  queryOptions({
    queryKey: ["people-imports", id],
    queryFn: () => get<PeopleImport>(`/people-imports/${id}`),
    // This page is the only writer and keeps the cache up to date from every answer.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const recentImportsQuery = queryOptions({
  queryKey: ["people-imports"],
  queryFn: () => get<{ imports: ImportSummary[] }>("/people-imports"),
  select: (data) => data.imports,
});

export const dryRun = (id: string, choices: DryRunChoices) =>
  post<PeopleImport>(`/people-imports/${id}/dry-run`, choices);
export const applyImport = (id: string) => post<PeopleImport>(`/people-imports/${id}/apply`);
export const inviteNewPeople = (id: string) =>
  post<{ invited: number }>(`/people-imports/${id}/invitations`);
export const discardImport = (id: string) => del(`/people-imports/${id}`);

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Sends the file itself as the request body (streamed by the browser), not as JSON. */
export async function uploadFile(queryClient: QueryClient, file: File): Promise<PeopleImport> {
  const session = queryClient.getQueryData<Session>(sessionQuery.queryKey);
  const csrf = session?.signedIn ? session.csrfToken : "";
  let response: Response;
  try {
    response = await fetch(`/api/people-imports?fileName=${encodeURIComponent(file.name)}`, {
      method: "POST",
      headers: { "content-type": "text/csv", "x-csrf-token": csrf, accept: "application/json" },
      credentials: "same-origin",
      body: file,
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "We couldn't reach the Mutual server. Check your connection and try again.",
    );
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? "http_error",
      error?.message ?? "We couldn't read that file. Please try again.",
    );
  }
  return data as PeopleImport;
}
