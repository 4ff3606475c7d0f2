import { AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { type ReactNode, useEffect } from "react";
import type { Me } from "../../api/types.ts";
import { Logo } from "../../ui/Logo.tsx";
import { sessionQuery } from "../auth/session.ts";
import { NotificationBell } from "../notifications/NotificationBell.tsx";
import { AppNav } from "./AppNav.tsx";
import { UserMenu } from "./UserMenu.tsx";

/** The frame around every signed-in page: header, navigation and the page itself. */
export function AppLayout() {
  const { data: session } = useSuspenseQuery(sessionQuery);
  // Right after signing out, render nothing while the router moves to the sign-in page.
  if (!session.signedIn) return null;
  return (
    <AppFrame me={session.user}>
      <Outlet />
    </AppFrame>
  );
}

/** The app shell itself; public pages use it too when someone signed in opens them. */
export function AppFrame({ me, children }: { me: Me; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  // On phones, close the menu after moving to another page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run when the page changes
  useEffect(() => {
    close();
  }, [pathname, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <a href="#main-content" className="mutual-skip-link">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? "Close navigation" : "Open navigation"}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Link to="/" aria-label="Mutual home" style={{ textDecoration: "none" }}>
              <Logo size={26} />
            </Link>
            <Text
              component="span"
              c="dimmed"
              fw={500}
              truncate
              visibleFrom="xs"
              className="mutual-org-name"
            >
              {me.organization.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="app-navigation" aria-label="Main navigation" component="nav">
        <AppNav />
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
