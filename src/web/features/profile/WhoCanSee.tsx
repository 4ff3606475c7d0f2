import { Group, Text } from "@mantine/core";
import { IconEye, IconLock } from "@tabler/icons-react";

/** One line under a section heading that says, plainly, who can see what is in it. */
export function WhoCanSee({
  children,
  private: isPrivate = false,
}: {
  children: string;
  private?: boolean;
}) {
  const Icon = isPrivate ? IconLock : IconEye;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" mt={6}>
      <Icon size={16} stroke={1.6} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm" c="dimmed">
        <Text span fw={600} inherit>
          Who can see this:
        </Text>{" "}
        {children}
      </Text>
    </Group>
  );
}
