import { Box, Group, Stack, Text } from "@mantine/core";
import type { RunDetail } from "./api.ts";

/**
 * How the pairs' scores are spread, as plain bars. A chart library would weigh more than this
 * whole page; a list of bars with their numbers also reads well to a screen reader.
 */
export function ScoreChart({ buckets }: { buckets: RunDetail["scoreBuckets"] }) {
  const most = Math.max(1, ...buckets.map((b) => b.count));
  if (buckets.length === 0) return <Text c="dimmed">No pairs yet.</Text>;
  return (
    <Stack gap={4} role="list" aria-label="Pairs by score">
      {buckets.map((b) => (
        <Group key={b.from} gap="sm" wrap="nowrap" role="listitem">
          <Text size="sm" w={90} ta="right" c="dimmed">
            {b.from === b.to ? b.from : `${b.from}–${b.to}`}
          </Text>
          <Box
            h={14}
            bg="teal.6"
            style={{ borderRadius: 3, width: `${Math.max(1, (b.count / most) * 100) * 0.7}%` }}
            aria-hidden="true"
          />
          <Text size="sm">
            {b.count} {b.count === 1 ? "pair" : "pairs"}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
