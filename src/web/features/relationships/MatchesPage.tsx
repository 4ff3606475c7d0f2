import {
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Radio,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage, post } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type Match, myMatchesQuery } from "./api.ts";

const statusLabels: Record<Match["status"], string> = {
  proposed: "Waiting for you both",
  active: "Under way",
  declined: "Didn't go ahead",
  ended: "Ended",
};

/** My matches: confirm or decline proposed ones privately, ask for a rematch without blame. */
export function MatchesPage() {
  usePageTitle("My matches");
  const matches = useQuery(myMatchesQuery);
  return (
    <Stack maw={760} gap="lg">
      <div>
        <Title order={1}>My matches</Title>
        <Text c="dimmed" mt={4}>
          The people you're learning with. If a match doesn't feel right, you can say so: your
          reasons stay with you.
        </Text>
      </div>
      {matches.isPending && <Skeleton h={160} />}
      {matches.isError && <ErrorAlert error={matches.error} />}
      {matches.data && matches.data.relationships.length === 0 && (
        <Text c="dimmed">
          No matches yet. When a program matches you, or a mentor says yes, they'll appear here.
        </Text>
      )}
      {matches.data?.relationships.map((m) => (
        <MatchCard key={m.id} match={m} categories={matches.data.rematchCategories} />
      ))}
    </Stack>
  );
}

function MatchCard({
  match,
  categories,
}: {
  match: Match;
  categories: { value: string; label: string }[];
}) {
  const [declining, setDeclining] = useState(false);
  const [rematching, setRematching] = useState(false);
  const [reason, setReason] = useState("");
  const [category, setCategory] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["relationships"] });
    void queryClient.invalidateQueries({ queryKey: ["notifications"] });
    notifications.show({ message });
  };
  const onError = (error: Error) =>
    notifications.show({ color: "red", message: errorMessage(error) });
  const confirm = useMutation({
    mutationFn: () => post(`/relationships/${match.id}/confirm`),
    onSuccess: () =>
      done(
        match.confirmedByOther
          ? `You and ${match.other.name} are matched. Enjoy!`
          : `Thanks! We'll let you know when ${match.other.name} confirms too.`,
      ),
    onError,
  });
  const decline = useMutation({
    mutationFn: () => post(`/relationships/${match.id}/decline`, { reason: reason.trim() || null }),
    onSuccess: () => {
      setDeclining(false);
      done("Done. We've told them only that it won't go ahead.");
    },
    onError,
  });
  const rematch = useMutation({
    mutationFn: () => post(`/relationships/${match.id}/rematch`, { category }),
    onSuccess: () => {
      setRematching(false);
      done("Your match has ended. We'll help you find a new one.");
    },
    onError,
  });
  const isCircle = match.kind === "circle";
  const role = isCircle
    ? match.myRole === "facilitator"
      ? "You facilitate this circle"
      : "Your circle"
    : match.myRole === "mentee"
      ? "Your mentor"
      : "Your mentee";
  const title = isCircle ? (match.name ?? "Your circle") : match.other.name;
  const opens = match.status === "active" || match.status === "ended";
  return (
    <Card padding="md" radius="md" withBorder>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          {isCircle ? (
            <Avatar.Group>
              {match.others.slice(0, 3).map((p) => (
                <PersonAvatar key={p.id} name={p.name} photoUrl={p.photoUrl} size="md" />
              ))}
            </Avatar.Group>
          ) : (
            <PersonAvatar name={match.other.name} photoUrl={match.other.photoUrl} size="lg" />
          )}
          <div>
            <Text size="xs" c="dimmed">
              {role} · {match.program.name}
            </Text>
            {opens ? (
              <AnchorLink
                fw={600}
                to="/relationships/$relationshipId"
                params={{ relationshipId: match.id }}
              >
                {title}
              </AnchorLink>
            ) : (
              <Text fw={600}>{title}</Text>
            )}
            <Text size="sm" c="dimmed">
              {isCircle
                ? match.others
                    .map((p) => (p.role === "facilitator" ? `${p.name} (facilitator)` : p.name))
                    .join(", ")
                : [match.other.title, match.other.department].filter(Boolean).join(" · ")}
            </Text>
          </div>
        </Group>
        <Badge variant="light" color={match.status === "active" ? "mutual" : "gray"}>
          {statusLabels[match.status]}
        </Badge>
      </Group>
      {match.reasons.length > 0 && (match.status === "proposed" || match.status === "active") && (
        <List size="sm" spacing={2} mt="sm">
          {match.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
      {match.status === "active" && match.startedAt && (
        <Text size="xs" c="dimmed" mt="xs">
          {isCircle ? "Meeting since" : "Together since"} {formatDate(match.startedAt)}
        </Text>
      )}
      {match.status === "proposed" && match.confirmedByMe && (
        <Text size="sm" mt="sm">
          You've confirmed. Waiting for {match.other.name}.
        </Text>
      )}
      {match.declinedByMe && match.myDeclineReason && (
        <Text size="sm" mt="sm" c="dimmed">
          Your private note: “{match.myDeclineReason}”
        </Text>
      )}
      <Group mt="md">
        {opens && (
          <ButtonLink
            to="/relationships/$relationshipId"
            params={{ relationshipId: match.id }}
            variant={match.status === "active" ? "filled" : "default"}
          >
            {match.status === "active" ? "Open" : "Look back"}
          </ButtonLink>
        )}
        {match.canConfirm && (
          <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
            Confirm
          </Button>
        )}
        {match.canDecline && (
          <Button variant="default" onClick={() => setDeclining(true)}>
            Decline
          </Button>
        )}
        {match.canAskForRematch && !match.canDecline && (
          <Button variant="subtle" onClick={() => setRematching(true)}>
            Ask for a different match
          </Button>
        )}
      </Group>

      <Modal opened={declining} onClose={() => setDeclining(false)} title="Decline this match">
        <Text size="sm">{match.other.name} will only hear that it won't go ahead, never why.</Text>
        <Textarea
          mt="sm"
          label="Why? (optional, only you will see this)"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group mt="md" justify="flex-end">
          <Button variant="subtle" onClick={() => setDeclining(false)}>
            Cancel
          </Button>
          <Button onClick={() => decline.mutate()} loading={decline.isPending}>
            Decline
          </Button>
        </Group>
      </Modal>

      <Modal
        opened={rematching}
        onClose={() => setRematching(false)}
        title="Ask for a different match"
      >
        <Text size="sm">
          It happens, and nobody is at fault. Your match ends and you go back to the pool.{" "}
          {match.other.name} is told kindly; the program's managers see only the reason you pick
          here.
        </Text>
        <Radio.Group
          mt="sm"
          value={category}
          onChange={setCategory}
          label="What's the main reason?"
        >
          <Stack gap={6} mt={6}>
            {categories.map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} />
            ))}
          </Stack>
        </Radio.Group>
        <Group mt="md" justify="flex-end">
          <Button variant="subtle" onClick={() => setRematching(false)}>
            Cancel
          </Button>
          <Button onClick={() => rematch.mutate()} loading={rematch.isPending} disabled={!category}>
            End this match
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
