import { Text } from "@mantine/core";

// Placeholder from the issue-6 skeleton; its owner replaces it.
export function ProgramRelationshipsPage() {
  return <Text c="dimmed">Coming in this change.</Text>;
}
