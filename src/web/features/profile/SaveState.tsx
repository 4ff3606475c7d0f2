import { Button, Group, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";

/**
 * A section's save button and its state in words: unsaved changes, saving, saved. The state is
 * announced politely to screen readers.
 */
export function SaveState({
  label,
  dirty,
  pending,
  saved,
  disabled,
}: {
  label: string;
  dirty: boolean;
  pending: boolean;
  saved: boolean;
  disabled?: boolean;
}) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending} disabled={disabled}>
        {label}
      </Button>
      <Text
        size="sm"
        c={dirty ? undefined : "dimmed"}
        fw={dirty ? 600 : undefined}
        aria-live="polite"
      >
        {pending ? (
          "Saving…"
        ) : dirty ? (
          "You have unsaved changes."
        ) : saved ? (
          <Group gap={4} component="span">
            <IconCheck size={16} aria-hidden="true" /> Saved
          </Group>
        ) : null}
      </Text>
    </Group>
  );
}
