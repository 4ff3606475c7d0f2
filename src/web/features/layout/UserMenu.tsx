import { Avatar, Box, Divider, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useClickOutside, useWindowEvent } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { errorMessage, post } from "../../api/client.ts";
import { roleLabels } from "../../api/types.ts";
import { applySignedOut, useMe } from "../auth/session.ts";
import classes from "./UserMenu.module.css";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

/**
 * The person's menu in the header: a button named after them that opens a small panel
 * with their details, a link to their profile and "Sign out". (A disclosure, not a
 * floating-ui menu, to keep the app small.)
 */
export function UserMenu() {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useClickOutside<HTMLDivElement>(() => setOpen(false));

  useWindowEvent("keydown", (event) => {
    if (open && event.key === "Escape") {
      setOpen(false);
      buttonRef.current?.focus();
    }
  });

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
    <Box ref={rootRef} pos="relative">
      <UnstyledButton
        ref={buttonRef}
        className={classes.trigger}
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar color="mutual" radius="xl" size={34} alt="" aria-hidden="true">
          {initials(me.name)}
        </Avatar>
        <Text component="span" fw={600} size="sm" maw={180} truncate className={classes.name}>
          {me.name}
        </Text>
        <IconChevronDown size={16} aria-hidden="true" />
      </UnstyledButton>
      <Paper id="user-menu" hidden={!open} className={classes.panel} shadow="md" withBorder p={6}>
        <Box px="sm" py={8}>
          <Text size="sm" fw={600} truncate>
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabels[me.role]} · {me.organization.name}
          </Text>
        </Box>
        <Divider my={4} />
        <Stack gap={2}>
          <UnstyledButton
            className={classes.item}
            onClick={() => {
              setOpen(false);
              void navigate({ to: "/profile" });
            }}
          >
            <IconUserCircle size={18} aria-hidden="true" />
            Your profile
          </UnstyledButton>
          <UnstyledButton
            className={classes.item}
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
          >
            <IconLogout size={18} aria-hidden="true" />
            Sign out
          </UnstyledButton>
        </Stack>
      </Paper>
    </Box>
  );
}
