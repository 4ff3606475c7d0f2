import { Text } from "@mantine/core";
import type { PanelProps } from "../RelationshipPage.tsx";

// Placeholder from the issue-6 skeleton; its owner replaces it.
export function CheckInsPanel(_props: PanelProps) {
  return <Text c="dimmed">Coming in this change.</Text>;
}
