import {
  Badge,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconArrowRight, IconCircleCheck, IconUserEdit, IconUserPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useMe } from "../auth/session.ts";
import { MatchesCard } from "../relationships/MatchesCard.tsx";
import { ComingUp, WaitingForYou, YourCommitments, YourRelationships } from "./CockpitSections.tsx";
import { cockpitQuery } from "./cockpit-api.ts";
import { greetingFor, greetingName } from "./greeting.ts";

export function HomePage() {
  usePageTitle("Home");
  const me = useMe();
  const profileComplete = Boolean(me.title?.trim() && me.bio?.trim());
  const cockpit = useQuery(cockpitQuery);

  return (
    <Stack gap="xl" maw={960}>
      <div>
        <Title order={1}>
          {greetingFor(new Date())}, {greetingName(me)}
        </Title>
        <Text c="dimmed" size="lg" mt={6}>
          At {me.organization.name}, everyone has something to learn and something to teach. Here's
          where your learning stands, and what you can do next.
        </Text>
      </div>

      <MatchesCard />

      {cockpit.isPending && <Skeleton h={160} radius="md" />}
      {cockpit.isError && <ErrorAlert error={cockpit.error} />}
      {cockpit.data && (
        <>
          <WaitingForYou cockpit={cockpit.data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ComingUp cockpit={cockpit.data} />
            <YourCommitments cockpit={cockpit.data} />
          </SimpleGrid>
          <YourRelationships cockpit={cockpit.data} />
        </>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {profileComplete ? (
          <NextStep
            icon={<IconCircleCheck size={22} aria-hidden="true" />}
            tone="quiet"
            title="Your profile is ready"
            action={
              <ButtonLink
                to="/profile"
                variant="default"
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
              >
                View your profile
              </ButtonLink>
            }
          >
            Colleagues can see that you're <strong>{me.title}</strong>. Keep your bio fresh as your
            skills and interests grow.
          </NextStep>
        ) : (
          <NextStep
            icon={<IconUserEdit size={22} aria-hidden="true" />}
            title="Complete your profile"
            titleLink="/profile"
            badge="Start here"
            action={
              <ButtonLink
                to="/profile"
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
              >
                Add your title and bio
              </ButtonLink>
            }
          >
            Add your title and a few lines about what you're good at and what you'd like to learn.
            It's how mentors, mentees and peers will find you.
          </NextStep>
        )}

        {me.role === "admin" && (
          <NextStep
            icon={<IconUserPlus size={22} aria-hidden="true" />}
            title="Invite people"
            titleLink="/admin/people"
            action={
              <ButtonLink
                to="/admin/people"
                variant={profileComplete ? "filled" : "default"}
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
              >
                Go to People
              </ButtonLink>
            }
          >
            Mutual gets better with every person who joins. Paste a list of work email addresses and
            we'll send each person a warm welcome.
          </NextStep>
        )}
      </SimpleGrid>
    </Stack>
  );
}

interface NextStepProps {
  icon: ReactNode;
  title: string;
  titleLink?: "/profile" | "/admin/people";
  badge?: string;
  tone?: "quiet";
  action: ReactNode;
  children: ReactNode;
}

function NextStep({ icon, title, titleLink, badge, tone, action, children }: NextStepProps) {
  return (
    <Card shadow={tone === "quiet" ? undefined : "sm"} component="section" aria-label={title}>
      <Stack gap="md" h="100%" justify="space-between">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <ThemeIcon
              variant="light"
              size={44}
              radius="xl"
              color={tone === "quiet" ? "gray" : "mutual"}
            >
              {icon}
            </ThemeIcon>
            {badge && (
              <Badge variant="light" color="mutual">
                {badge}
              </Badge>
            )}
          </Group>
          <Title order={2} size="h3">
            {titleLink ? (
              <AnchorLink to={titleLink} c="inherit" inherit underline="hover">
                {title}
              </AnchorLink>
            ) : (
              title
            )}
          </Title>
          <Text c="dimmed">{children}</Text>
        </Stack>
        <Group>{action}</Group>
      </Stack>
    </Card>
  );
}
