import { Center, Paper, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { Outlet } from "@tanstack/react-router";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useMe } from "../auth/session.ts";

/** Wraps the admin pages: everyone else gets a friendly explanation instead. */
export function AdminGate() {
  const me = useMe();
  if (me.role === "admin") return <Outlet />;
  return <AdminsOnly />;
}

function AdminsOnly() {
  usePageTitle("For administrators");
  return (
    <Center mih="50vh">
      <Paper withBorder p="xl" maw={480} w="100%">
        <Stack align="center" ta="center">
          <IconLock size={40} stroke={1.5} aria-hidden="true" />
          <Title order={1} size="h2">
            This page is for administrators
          </Title>
          <Text c="dimmed">
            It helps the people who look after Mutual for your organization. If you think you need
            it, ask one of your administrators.
          </Text>
          <ButtonLink to="/">Back to your home page</ButtonLink>
        </Stack>
      </Paper>
    </Center>
  );
}
