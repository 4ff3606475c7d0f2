import { Badge, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { post } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import type { AppNotification } from "./api.ts";

/** Notifications as a list; opening one marks it read and follows its link. */
export function NotificationList({
  notifications,
  onOpen,
}: {
  notifications: AppNotification[];
  onOpen?: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const markRead = useMutation({
    mutationFn: (id: string) => post<void>(`/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  if (notifications.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        Nothing new. We'll let you know here when something needs you.
      </Text>
    );
  }
  return (
    <Stack gap={2} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {notifications.map((n) => (
        <li key={n.id}>
          <UnstyledButton
            w="100%"
            p="sm"
            style={{
              borderRadius: 8,
              background: n.read ? undefined : "var(--mantine-color-mutual-light)",
            }}
            onClick={() => {
              if (!n.read) markRead.mutate(n.id);
              onOpen?.();
              if (n.link) void navigate({ href: n.link });
            }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text size="sm" fw={n.read ? 400 : 600}>
                {n.title}
              </Text>
              {!n.read && (
                <Badge size="xs" variant="filled">
                  New
                </Badge>
              )}
            </Group>
            {n.body && (
              <Text size="xs" c="dimmed" mt={2} lineClamp={3}>
                {n.body}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {formatDateTime(n.createdAt)}
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
