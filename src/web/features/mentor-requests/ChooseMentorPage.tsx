import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { errorMessage, post } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type Choice, type ChoiceBlocker, choiceQuery, statusLabels } from "./api.ts";

const route = getRouteApi("/app/programs/$slug/choose");

const blockerText: Record<ChoiceBlocker, string> = {
  not_choice: "In this program, matches are made for you: you'll hear from us when yours is ready.",
  not_open: "Choosing a mentor opens once the program starts matching. We'll let you know.",
  not_mentee: "To choose a mentor, enrol in this program as a mentee first.",
  matched: "You have a mentor in this program. You'll find them under My matches.",
  waiting: "Your request is with a mentor. We'll tell you as soon as they answer.",
};

/** A mentee's shortlist: pick one mentor, or rank up to three, and follow what happens. */
export function ChooseMentorPage() {
  const { slug } = route.useParams();
  const choice = useQuery(choiceQuery(slug));
  usePageTitle(choice.data ? `Choose a mentor · ${choice.data.program.name}` : "Choose a mentor");
  return (
    <Stack maw={1040} gap="lg">
      <div>
        <Title order={1}>Choose a mentor</Title>
        <Text c="dimmed" mt={4}>
          {choice.data?.program.name ?? "…"}: these colleagues could be a good fit for you, and
          here's why. Ask one, or rank up to three: if your first choice can't, we'll ask your next.
        </Text>
      </div>
      {choice.isPending && <Skeleton h={240} />}
      {choice.isError && <ErrorAlert error={choice.error} />}
      {choice.data && <ChoiceBody choice={choice.data} slug={slug} />}
    </Stack>
  );
}

function ChoiceBody({ choice, slug }: { choice: Choice; slug: string }) {
  const [ranked, setRanked] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["choice", slug] });
    void queryClient.invalidateQueries({ queryKey: ["mentor-requests"] });
    void queryClient.invalidateQueries({ queryKey: ["notifications"] });
  };
  const send = useMutation({
    mutationFn: () =>
      post<Choice>(`/programs/${encodeURIComponent(slug)}/mentor-requests`, {
        mentorIds: ranked,
        message: message.trim() || null,
      }),
    onSuccess: () => {
      setRanked([]);
      setMessage("");
      refresh();
      notifications.show({ message: "Your request is on its way." });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const withdraw = useMutation({
    mutationFn: () => post(`/programs/${encodeURIComponent(slug)}/mentor-requests/withdraw`),
    onSuccess: () => {
      refresh();
      notifications.show({ message: "Your requests are withdrawn. You can choose again." });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const toggle = (id: string) =>
    setRanked((r) =>
      r.includes(id) ? r.filter((x) => x !== id) : r.length < choice.maxChoices ? [...r, id] : r,
    );

  return (
    <>
      {choice.blocker && (
        <Alert icon={<IconInfoCircle aria-hidden="true" />} color="mutual" variant="light">
          <Group justify="space-between">
            <Text size="sm">{blockerText[choice.blocker]}</Text>
            {choice.blocker === "matched" && (
              <ButtonLink to="/matches" size="xs" variant="default">
                My matches
              </ButtonLink>
            )}
            {choice.blocker === "not_mentee" && (
              <ButtonLink to="/programs/$slug/enroll" params={{ slug }} size="xs" variant="default">
                Enrol
              </ButtonLink>
            )}
            {choice.blocker === "waiting" && (
              <Button
                size="xs"
                variant="default"
                onClick={() => withdraw.mutate()}
                loading={withdraw.isPending}
              >
                Withdraw and choose again
              </Button>
            )}
          </Group>
        </Alert>
      )}

      {choice.requests.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="requests-heading">
          <Title order={2} size="h3" id="requests-heading">
            Your requests
          </Title>
          {choice.requests.map((r) => (
            <Card key={r.id} padding="sm" radius="md" withBorder>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <PersonAvatar name={r.mentor.name} photoUrl={r.mentor.photoUrl} />
                  <div>
                    <Text fw={600}>{r.mentor.name}</Text>
                    <Text size="xs" c="dimmed">
                      Choice {r.rank}
                      {r.status === "pending" && r.respondBy
                        ? ` · answer expected by ${formatDate(r.respondBy)}`
                        : ""}
                    </Text>
                  </div>
                </Group>
                <Badge variant="light" color={r.status === "accepted" ? "mutual" : "gray"}>
                  {statusLabels[r.status]}
                </Badge>
              </Group>
              {r.declineReason && (
                <Text size="sm" mt="xs" fs="italic">
                  {r.mentor.name} wrote: “{r.declineReason}”
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}

      {choice.canChoose && (
        <Stack gap="sm" component="section" aria-labelledby="shortlist-heading">
          <Title order={2} size="h3" id="shortlist-heading">
            Your shortlist
          </Title>
          {choice.shortlist.length === 0 ? (
            <Text c="dimmed">
              Nobody is free to mentor right now. Places open up as matches finish, so have another
              look soon.
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {choice.shortlist.map(({ mentor, reasons }) => {
                const rank = ranked.indexOf(mentor.id);
                return (
                  <Card key={mentor.id} padding="md" radius="md" withBorder>
                    <Group gap="sm" wrap="nowrap">
                      <PersonAvatar name={mentor.name} photoUrl={mentor.photoUrl} size="lg" />
                      <div style={{ minWidth: 0 }}>
                        <Text fw={600}>{mentor.name}</Text>
                        <Text size="sm" c="dimmed" truncate>
                          {[mentor.title, mentor.department, mentor.location]
                            .filter(Boolean)
                            .join(" · ")}
                        </Text>
                      </div>
                    </Group>
                    <Text size="sm" fw={500} mt="sm">
                      Why we suggest them
                    </Text>
                    <List size="sm" spacing={2} mt={4}>
                      {reasons.length > 0 ? (
                        reasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)
                      ) : (
                        <List.Item>They're free to mentor in this program.</List.Item>
                      )}
                    </List>
                    <Button
                      mt="md"
                      fullWidth
                      variant={rank >= 0 ? "filled" : "default"}
                      leftSection={rank >= 0 ? <IconCheck size={16} aria-hidden="true" /> : null}
                      onClick={() => toggle(mentor.id)}
                      disabled={rank < 0 && ranked.length >= choice.maxChoices}
                      aria-pressed={rank >= 0}
                    >
                      {rank >= 0 ? `Choice ${rank + 1}` : `Choose ${mentor.name}`}
                    </Button>
                  </Card>
                );
              })}
            </SimpleGrid>
          )}
          {ranked.length > 0 && (
            <Card padding="md" radius="md" withBorder>
              <Text size="sm">
                We'll ask your first choice now. They have {choice.responseDays} days to answer; if
                they can't, your next choice hears from us.
              </Text>
              <Textarea
                mt="sm"
                label="A note for your mentor (optional)"
                description="What you hope to learn, in a sentence or two."
                value={message}
                onChange={(e) => setMessage(e.currentTarget.value)}
                maxLength={1000}
                autosize
                minRows={2}
              />
              <Group mt="sm">
                <Button onClick={() => send.mutate()} loading={send.isPending}>
                  {ranked.length === 1 ? "Send my request" : `Send my ${ranked.length} choices`}
                </Button>
                <Button variant="subtle" onClick={() => setRanked([])}>
                  Start over
                </Button>
              </Group>
            </Card>
          )}
        </Stack>
      )}
    </>
  );
}
