import { Text } from "@mantine/core";

// Placeholder from the issue-6 skeleton; its owner replaces it.
export function LearningLogPage() {
  return <Text c="dimmed">Coming in this change.</Text>;
}
