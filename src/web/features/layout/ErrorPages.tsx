import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { IconMapQuestion, IconMoodSad } from "@tabler/icons-react";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { errorMessage } from "../../api/client.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <Center mih="60vh" p="md" component="main">
      <Paper withBorder p="xl" maw={460} w="100%">
        <Stack align="center" ta="center">
          <IconMapQuestion size={44} stroke={1.5} aria-hidden="true" />
          <Title order={1} size="h2">
            We couldn't find that page
          </Title>
          <Text c="dimmed">
            The link may be old, or the page may have moved. Let's get you back on track.
          </Text>
          <ButtonLink to="/">Go to your home page</ButtonLink>
        </Stack>
      </Paper>
    </Center>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  usePageTitle("Something went wrong");
  const router = useRouter();
  return (
    <Center mih="60vh" p="md" component="main">
      <Paper withBorder p="xl" maw={460} w="100%">
        <Stack align="center" ta="center">
          <IconMoodSad size={44} stroke={1.5} aria-hidden="true" />
          <Title order={1} size="h2">
            Something went wrong
          </Title>
          <Text c="dimmed">{errorMessage(error)}</Text>
          <Button
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            Try again
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
