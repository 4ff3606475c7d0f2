import { Box, Center, Container, Stack, Text } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Outlet } from "@tanstack/react-router";
import { Logo } from "../../ui/Logo.tsx";
import { sessionQuery } from "../auth/session.ts";
import { AppFrame } from "./AppLayout.tsx";

/** A calm, centred frame for sign-in, setup and the other pages you see before signing in. */
export function PublicLayout() {
  const { data: session } = useSuspenseQuery(sessionQuery);
  // Someone signed in who opens an invitation or reset link stays inside their app.
  if (session.signedIn) {
    return (
      <AppFrame me={session.user}>
        <Container size={480} px={0}>
          <Outlet />
        </Container>
      </AppFrame>
    );
  }
  return (
    <Box
      mih="100vh"
      style={{
        background:
          "radial-gradient(circle at 15% 10%, var(--mantine-color-mutual-0), transparent 45%), radial-gradient(circle at 90% 90%, #fff4e6, transparent 40%), var(--mantine-color-gray-0)",
      }}
    >
      <Container size={480} py={{ base: "lg", sm: 48 }} px="md">
        <Stack gap="lg">
          <Center component="header">
            <Logo size={34} />
          </Center>
          <Box component="main">
            <Outlet />
          </Box>
          <Text component="footer" ta="center" size="sm" c="dimmed">
            Mutual — everyone learning, everyone teaching.
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
