import { Avatar, Menu, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { errorMessage, post } from "../../api/client.ts";
import { roleLabels } from "../../api/types.ts";
import { applySignedOut, useMe } from "../auth/session.ts";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

export function UserMenu() {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const signOut = useMutation({
    mutationFn: () => post<void>("/auth/sign-out"),
    onSuccess: async () => {
      applySignedOut(queryClient);
      await navigate({ to: "/sign-in" });
      notifications.show({ message: "You're signed out. See you soon!" });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={me.name}
          style={{ display: "flex", alignItems: "center", gap: 8, borderRadius: 8, padding: 4 }}
        >
          <Avatar color="mutual" radius="xl" size={34} alt="">
            {initials(me.name)}
          </Avatar>
          <Text component="span" fw={600} size="sm" visibleFrom="sm" maw={180} truncate>
            {me.name}
          </Text>
          <IconChevronDown size={16} aria-hidden="true" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email} · {roleLabels[me.role]}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconUserCircle size={18} aria-hidden="true" />}
          onClick={() => void navigate({ to: "/profile" })}
        >
          Your profile
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={18} aria-hidden="true" />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
