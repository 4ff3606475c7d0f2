import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  notifications: AppNotification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export const unreadCountQuery = queryOptions({
  queryKey: ["notifications", "unread"],
  queryFn: () => get<{ unread: number }>("/notifications/unread-count"),
  select: (data) => data.unread,
  refetchInterval: 60_000,
});

export const notificationsQuery = (page: number, pageSize = 20) =>
  queryOptions({
    queryKey: ["notifications", "list", page, pageSize],
    queryFn: () => get<NotificationPage>(`/notifications?page=${page}&pageSize=${pageSize}`),
  });
