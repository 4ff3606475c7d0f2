import { Group, Text } from "@mantine/core";

/** Two overlapping circles: one person learning, one teaching, and the overlap between them. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="16" r="9" fill="var(--mantine-color-mutual-6)" />
      <circle cx="20" cy="16" r="9" fill="#f08c00" fillOpacity="0.85" />
    </svg>
  );
}

export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark size={size} />
      <Text component="span" fw={800} fz={size * 0.72} c="mutual.8" lh={1}>
        Mutual
      </Text>
    </Group>
  );
}
