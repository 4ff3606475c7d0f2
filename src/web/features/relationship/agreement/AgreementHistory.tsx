import { List, Skeleton, Stack, Text, Timeline } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { agreementHistoryQuery } from "./api.ts";

/** Every version, newest first: who changed it, when, and what changed. */
export function AgreementHistory({ relationshipId }: { relationshipId: string }) {
  const history = useQuery(agreementHistoryQuery(relationshipId));
  if (history.isPending) return <Skeleton h={80} />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No versions yet: the first save starts the history.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={0}>
      {history.data.map((v) => (
        <Timeline.Item
          key={v.version}
          title={`Version ${v.version} · ${v.editedBy?.name ?? "Someone who has left"}`}
        >
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {formatDateTime(v.editedAt)}
            </Text>
            <List size="sm" spacing={2}>
              {v.changes.map((change) => (
                <List.Item key={change}>{change}</List.Item>
              ))}
            </List>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
