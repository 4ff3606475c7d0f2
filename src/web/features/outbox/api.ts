import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export type EmailStatus = "queued" | "sent" | "failed";

export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** A calendar invite (.ics) goes with it. */
  hasCalendarInvite: boolean;
}

export interface OutboxEmailDetail extends OutboxEmail {
  text: string;
  html: string | null;
}

export interface Outbox {
  mode: "outbox" | "smtp";
  emails: OutboxEmail[];
}

export const outboxQuery = queryOptions({
  queryKey: ["outbox"],
  queryFn: () => get<Outbox>("/outbox"),
  // While something is waiting to go out, check again every few seconds.
  refetchInterval: (query) =>
    query.state.data?.emails.some((email) => email.status === "queued") ? 3000 : false,
});

export const outboxEmailQuery = (emailId: string) =>
  queryOptions({
    queryKey: ["outbox", emailId],
    queryFn: () => get<OutboxEmailDetail>(`/outbox/${encodeURIComponent(emailId)}`),
  });

export const statusColors: Record<EmailStatus, string> = {
  queued: "blue",
  sent: "mutual",
  failed: "red",
};

export const statusLabels: Record<EmailStatus, string> = {
  queued: "Queued",
  sent: "Sent",
  failed: "Failed",
};
