import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { errorMessage, post } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { type RematchRequest, rematchRequestsQuery } from "./api.ts";

/** For a program's managers: who asked for a different match, the reason category and when. */
export function RematchesPage() {
  usePageTitle("Rematch requests");
  const { slug } = useParams({ from: "/app/programs/$slug/rematches" });
  const requests = useQuery(rematchRequestsQuery(slug));
  return (
    <Stack maw={820} gap="lg">
      <div>
        <Title order={1}>Rematch requests</Title>
        <Text c="dimmed" mt={4}>
          People who asked for a different match. You see the reason they picked and the dates,
          never anything they wrote to each other.
        </Text>
      </div>
      {requests.isPending && <Skeleton h={120} />}
      {requests.isError && <ErrorAlert error={requests.error} />}
      {requests.data?.length === 0 && <Text c="dimmed">No rematch requests. All is well.</Text>}
      {requests.data?.map((r) => (
        <RematchRow key={r.id} request={r} slug={slug} />
      ))}
    </Stack>
  );
}

function RematchRow({ request, slug }: { request: RematchRequest; slug: string }) {
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: () => post(`/rematch-requests/${request.id}/resolve`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["rematch-requests", slug] });
      notifications.show({ message: "Marked as resolved." });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const asker = request.requestedBy === "mentee" ? request.mentee.name : request.mentor.name;
  return (
    <Card padding="md" radius="md" withBorder>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>
            {request.mentee.name} (mentee) and {request.mentor.name} (mentor)
          </Text>
          <Text size="sm" mt={4}>
            {asker} asked on {formatDate(request.createdAt)}: {request.categoryLabel}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            Matched {formatDate(request.matchStartedAt)} · ended {formatDate(request.matchEndedAt)}
          </Text>
        </div>
        {request.status === "open" ? (
          <Button
            size="xs"
            variant="default"
            onClick={() => resolve.mutate()}
            loading={resolve.isPending}
          >
            Mark resolved
          </Button>
        ) : (
          <Badge variant="light" color="gray">
            Resolved {formatDate(request.resolvedAt)}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
