import { Button, Card, Group, Pagination, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { post } from "../../api/client.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { notificationsQuery } from "./api.ts";
import { NotificationList } from "./NotificationList.tsx";

const PAGE_SIZE = 20;

export function NotificationsPage() {
  usePageTitle("Notifications");
  const [page, setPage] = useState(1);
  const list = useQuery(notificationsQuery(page, PAGE_SIZE));
  const queryClient = useQueryClient();
  const markAll = useMutation({
    mutationFn: () => post<{ marked: number }>("/notifications/read-all"),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack maw={720} gap="lg">
      <Group justify="space-between">
        <div>
          <Title order={1}>Notifications</Title>
          <Text c="dimmed" mt={4}>
            What's happened in your programs, newest unread first.
          </Text>
        </div>
        {(list.data?.unread ?? 0) > 0 && (
          <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            Mark all read
          </Button>
        )}
      </Group>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <Card padding="xs" radius="md" withBorder>
          <NotificationList notifications={list.data.notifications} />
        </Card>
      )}
      {pages > 1 && <Pagination value={page} onChange={setPage} total={pages} />}
    </Stack>
  );
}
