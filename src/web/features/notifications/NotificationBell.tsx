import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
} from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { post } from "../../api/client.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { notificationsQuery, unreadCountQuery } from "./api.ts";
import { NotificationList } from "./NotificationList.tsx";

/** The bell in the header: how many notifications are unread, and the latest in a popover. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const unread = useQuery(unreadCountQuery).data ?? 0;
  const latest = useQuery({ ...notificationsQuery(1, 8), enabled: opened });
  const queryClient = useQueryClient();
  const markAll = useMutation({
    mutationFn: () => post<{ marked: number }>("/notifications/read-all"),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const label = unread === 0 ? "Notifications" : `Notifications: ${unread} unread`;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={label}
          onClick={() => setOpened((o) => !o)}
        >
          <Indicator
            label={unread > 99 ? "99+" : unread}
            size={16}
            disabled={unread === 0}
            offset={2}
          >
            <IconBell size={22} stroke={1.6} aria-hidden="true" />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" p="sm">
          <Text fw={600}>Notifications</Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()}>
              Mark all read
            </Button>
          )}
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={400} p={4}>
          {latest.data && (
            <NotificationList
              notifications={latest.data.notifications}
              onOpen={() => setOpened(false)}
            />
          )}
          {latest.isPending && (
            <Text size="sm" c="dimmed" p="sm">
              Loading…
            </Text>
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" p="xs">
          <AnchorLink to="/notifications" size="sm" onClick={() => setOpened(false)}>
            See all notifications
          </AnchorLink>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
