import { Box, Divider, Stack, Text } from "@mantine/core";
import {
  IconAddressBook,
  IconFileImport,
  IconHeartHandshake,
  IconHierarchy2,
  IconHome,
  IconInbox,
  IconListCheck,
  IconMessageCircleQuestion,
  IconSeeding,
  IconTags,
  IconUserCircle,
  IconUsers,
} from "@tabler/icons-react";
import { NavItemLink } from "../../ui/links.tsx";
import { useMe } from "../auth/session.ts";

const iconProps = { size: 20, stroke: 1.6, "aria-hidden": true } as const;

export function AppNav() {
  const me = useMe();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed" px="sm" pb={4} hiddenFrom="xs">
        {me.organization.name}
      </Text>
      <NavItemLink
        to="/"
        label="Home"
        leftSection={<IconHome {...iconProps} />}
        activeOptions={{ exact: true }}
      />
      <NavItemLink to="/profile" label="Profile" leftSection={<IconUserCircle {...iconProps} />} />
      <NavItemLink
        to="/directory"
        label="Directory"
        leftSection={<IconAddressBook {...iconProps} />}
      />
      <NavItemLink
        to="/matches"
        label="My matches"
        leftSection={<IconHeartHandshake {...iconProps} />}
      />
      <NavItemLink
        to="/requests"
        label="Mentor requests"
        leftSection={<IconMessageCircleQuestion {...iconProps} />}
      />
      <NavItemLink
        to="/org-chart"
        label="Org chart"
        leftSection={<IconHierarchy2 {...iconProps} />}
      />
      <NavItemLink to="/programs" label="Programs" leftSection={<IconSeeding {...iconProps} />} />
      {me.role === "admin" && (
        <Box mt="md">
          <Divider mb="sm" />
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pb={6}>
            Administration
          </Text>
          <NavItemLink
            to="/admin/people"
            label="People"
            leftSection={<IconUsers {...iconProps} />}
          />
          <NavItemLink
            to="/admin/import"
            label="Import people"
            leftSection={<IconFileImport {...iconProps} />}
          />
          <NavItemLink
            to="/admin/skills"
            label="Skills"
            leftSection={<IconTags {...iconProps} />}
          />
          <NavItemLink
            to="/admin/profile-settings"
            label="Objectives and questionnaire"
            leftSection={<IconListCheck {...iconProps} />}
          />
          <NavItemLink
            to="/admin/outbox"
            label="Outbox"
            leftSection={<IconInbox {...iconProps} />}
          />
        </Box>
      )}
    </Stack>
  );
}
