import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
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
import { errorMessage, post } from "../../../api/client.ts";
import { formatDate } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { myMatchesQuery } from "../../relationships/api.ts";
import type { PanelProps } from "../RelationshipPage.tsx";
import {
  answerCheckIn,
  type CheckInAnswer,
  type MyCheckIn,
  relationshipCheckInsQuery,
} from "./api.ts";

/** How long after a fit "no" the offer of a different match stays on this tab. */
const OFFER_DAYS = 14;

const SCALE = [
  { value: "1", label: "1 · Not at all" },
  { value: "2", label: "2 · A little" },
  { value: "3", label: "3 · Somewhat" },
  { value: "4", label: "4 · Quite" },
  { value: "5", label: "5 · Very" },
];

const QUESTIONS = [
  { key: "satisfaction", label: "How satisfied are you with your mentoring so far?" },
  { key: "usefulness", label: "How useful has it been for you and your work?" },
  { key: "expectations", label: "How well does it meet what you hoped for?" },
] as const;
type ScoreKey = (typeof QUESTIONS)[number]["key"];

/** The check-ins tab: my short check-ins on how it's going, and what I answered before. */
export function CheckInsPanel({ relationship }: PanelProps) {
  const query = useQuery(relationshipCheckInsQuery(relationship.id));
  const [offerRematch, setOfferRematch] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const running = relationship.status === "active";
  const open = (query.data ?? []).filter((c) => c.state === "open" && running);
  const past = (query.data ?? []).filter((c) => c.state === "answered" || c.state === "missed");
  // After a fit "no", the offer stays for two weeks (or until they choose), even on a later visit.
  const saidNo = (query.data ?? []).some(
    (c) =>
      c.kind === "fit" &&
      c.answers?.goodFit === false &&
      Date.now() - new Date(c.answeredAt ?? 0).getTime() < OFFER_DAYS * 24 * 60 * 60 * 1000,
  );
  const showOffer = (offerRematch || saidNo) && relationship.canAskForRematch && !dismissed;
  const withWhom =
    relationship.kind === "circle" ? "your circle" : `you and ${relationship.other.name}`;

  return (
    <Stack gap="lg" maw={720}>
      <Text c="dimmed">
        Now and then we ask two minutes of your time: is this working for {withWhom}? Your answers
        and comments are yours alone. Nobody else in the relationship sees them. The program's
        managers see only averages across at least five people, and a quiet flag if an answer
        suggests things could be better, so they can offer support — never your words.
      </Text>
      {query.isPending && <Skeleton h={120} />}
      <ErrorAlert error={query.error} />

      {showOffer && (
        <RematchOffer relationship={relationship} onDismiss={() => setDismissed(true)} />
      )}

      {query.data && open.length === 0 && !showOffer && (
        <Text>
          {running
            ? "Nothing to answer right now. We'll let you know when the next check-in is ready."
            : "This relationship isn't under way, so there are no check-ins to answer."}
        </Text>
      )}
      {open.map((checkIn) => (
        <CheckInForm
          key={checkIn.id}
          checkIn={checkIn}
          otherName={relationship.kind === "pair" ? relationship.other.name : null}
          onRematchOffered={() => setOfferRematch(true)}
        />
      ))}

      {past.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            Your earlier check-ins
          </Title>
          {past.map((checkIn) => (
            <PastCheckIn key={checkIn.id} checkIn={checkIn} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function CheckInForm({
  checkIn,
  otherName,
  onRematchOffered,
}: {
  checkIn: MyCheckIn;
  otherName: string | null;
  onRematchOffered: () => void;
}) {
  const queryClient = useQueryClient();
  const [goodFit, setGoodFit] = useState<string | null>(null);
  const [scores, setScores] = useState<Record<ScoreKey, string | null>>({
    satisfaction: null,
    usefulness: null,
    expectations: null,
  });
  const [comment, setComment] = useState("");
  const answer = useMutation({
    mutationFn: (body: CheckInAnswer) => answerCheckIn(checkIn.id, body),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ["check-ins"] });
      notifications.show({ message: "Thank you. Your answer is saved, just for you." });
      if (result.offerRematch) onRematchOffered();
    },
  });
  const isFit = checkIn.kind === "fit";
  const ready = isFit ? goodFit !== null : QUESTIONS.every((q) => scores[q.key] !== null);
  const submit = () => {
    const note = comment.trim() || null;
    answer.mutate(
      isFit
        ? { goodFit: goodFit === "yes", comment: note }
        : {
            satisfaction: Number(scores.satisfaction),
            usefulness: Number(scores.usefulness),
            expectations: Number(scores.expectations),
            comment: note,
          },
    );
  };
  const titleId = `check-in-${checkIn.id}`;

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4" id={titleId}>
          {isFit ? "Is this a good fit?" : "How is it going?"}
        </Title>
        <Text size="sm" c="dimmed">
          Open until {formatDate(checkIn.closesAt)}
        </Text>
      </Group>
      <Stack gap="md" mt="sm">
        {isFit ? (
          <Radio.Group
            value={goodFit}
            onChange={setGoodFit}
            label={
              otherName
                ? `After your first session, does working with ${otherName} feel like a good fit?`
                : "After your first session, does this circle feel like a good fit for you?"
            }
            description="There's no wrong answer. Fit is about timing and chemistry, not about anyone."
          >
            <Stack gap={6} mt={6}>
              <Radio value="yes" label="Yes, it feels like a good fit" />
              <Radio value="no" label="Not really" />
            </Stack>
          </Radio.Group>
        ) : (
          QUESTIONS.map((question) => (
            <Radio.Group
              key={question.key}
              value={scores[question.key]}
              onChange={(value) => setScores((s) => ({ ...s, [question.key]: value }))}
              label={question.label}
            >
              <Group gap="md" mt={6}>
                {SCALE.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Radio.Group>
          ))
        )}
        <Textarea
          label="Anything you'd like to note? (optional)"
          description="Only you will see this."
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <ErrorAlert error={answer.error} />
        <Group justify="flex-end">
          <Button onClick={submit} disabled={!ready} loading={answer.isPending}>
            Save my answer
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** After a fit "no": a kind, blame-free way to ask for a different match (the existing route). */
function RematchOffer({
  relationship,
  onDismiss,
}: PanelProps & {
  onDismiss: () => void;
}) {
  const queryClient = useQueryClient();
  const matches = useQuery(myMatchesQuery);
  const [category, setCategory] = useState<string | null>(null);
  const rematch = useMutation({
    mutationFn: () => post(`/relationships/${relationship.id}/rematch`, { category }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["relationships"] });
      void queryClient.invalidateQueries({ queryKey: ["check-ins"] });
      notifications.show({ message: "Your match has ended. We'll help you find a new one." });
      onDismiss();
    },
    onError: (error: Error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const categories = matches.data?.rematchCategories ?? [];
  return (
    <Alert color="mutual" variant="light" title="Thank you for being honest">
      <Stack gap="sm">
        <Text size="sm">
          Not every match clicks, and that's nobody's fault. If you'd like, you can ask for a
          different match now: this one ends, and we'll help you find someone new.{" "}
          {relationship.other.name} is told kindly, without your answers; the program's managers see
          only the reason you pick below. You can also keep going and see how the next session
          feels.
        </Text>
        {matches.isPending && <Skeleton h={80} />}
        <ErrorAlert error={matches.error} />
        {categories.length > 0 && (
          <Radio.Group value={category} onChange={setCategory} label="What's the main reason?">
            <Stack gap={6} mt={6}>
              {categories.map((c) => (
                <Radio key={c.value} value={c.value} label={c.label} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDismiss}>
            Not now, we'll keep going
          </Button>
          <Button onClick={() => rematch.mutate()} loading={rematch.isPending} disabled={!category}>
            Ask for a different match
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

const scoreWord = (value: number | null) =>
  value === null ? "—" : (SCALE[value - 1]?.label ?? String(value));

function PastCheckIn({ checkIn }: { checkIn: MyCheckIn }) {
  const answers = checkIn.answers;
  return (
    <Card withBorder padding="sm" radius="md">
      <Group justify="space-between">
        <Text fw={600}>{checkIn.kind === "fit" ? "Fit check" : "Check-in"}</Text>
        {checkIn.state === "answered" ? (
          <Text size="sm" c="dimmed">
            Answered {formatDate(checkIn.answeredAt)}
          </Text>
        ) : (
          <Badge variant="light" color="gray">
            Closed without an answer — that's fine
          </Badge>
        )}
      </Group>
      {answers && checkIn.kind === "fit" && (
        <Text size="sm" mt={4}>
          {answers.goodFit ? "It felt like a good fit." : "It didn't feel like a good fit yet."}
        </Text>
      )}
      {answers && checkIn.kind === "regular" && (
        <Stack gap={2} mt={4}>
          <Text size="sm">Satisfied: {scoreWord(answers.satisfaction)}</Text>
          <Text size="sm">Useful: {scoreWord(answers.usefulness)}</Text>
          <Text size="sm">Met what you hoped for: {scoreWord(answers.expectations)}</Text>
        </Stack>
      )}
      {answers?.comment && (
        <Text size="sm" c="dimmed" mt={4}>
          Your note, just for you: “{answers.comment}”
        </Text>
      )}
    </Card>
  );
}
