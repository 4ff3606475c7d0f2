import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
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
import { formatDate } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../../ui/fieldErrors.ts";
import type { Match } from "../../relationships/api.ts";
import type { PanelProps } from "../RelationshipPage.tsx";
import {
  type Closure,
  type ClosureReviewInput,
  closeRelationship,
  closureQuery,
  submitClosureReview,
} from "./api.ts";

/** "Theo", or "the others" in a circle. */
const othersName = (relationship: Match) =>
  relationship.kind === "circle" ? "the others" : relationship.other.name;

function useRefresh(relationshipId: string) {
  const queryClient = useQueryClient();
  return (closure: Closure) => {
    queryClient.setQueryData(closureQuery(relationshipId).queryKey, closure);
    // The relationship's status changed: the page header and every list show it.
    void queryClient.invalidateQueries({ queryKey: ["relationships"] });
  };
}

/** The Closing tab: what closing means, closing (with or without a review), the review, thanks. */
export function ClosurePanel({ relationship }: PanelProps) {
  const query = useQuery(closureQuery(relationship.id));
  if (query.isPending) return <Skeleton h={200} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const closure = query.data;
  if (closure.status === "active")
    return <WhileActive relationship={relationship} closure={closure} />;
  if (closure.status === "ended")
    return <AfterTheEnd relationship={relationship} closure={closure} />;
  return (
    <Text c="dimmed" maw={720}>
      Closing becomes possible once your relationship has started.
    </Text>
  );
}

function WhileActive({ relationship, closure }: { relationship: Match; closure: Closure }) {
  const [mode, setMode] = useState<"choose" | "review" | "close">("choose");
  const other = othersName(relationship);
  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={2} size="h3">
          Closing well
        </Title>
        <Text mt={4}>
          Every mentoring relationship comes to an end, and a good ending is part of the learning.
          When your agreed end date comes, we'll close it for you and invite{" "}
          {relationship.kind === "circle" ? "everyone" : "you both"} to a short closing review.
        </Text>
        <Text mt="xs">
          If it's time to stop sooner,{" "}
          {relationship.kind === "circle" ? "its facilitators" : "either of you"} can close it now.
          There's no fault in that and no explanation owed: schedules change, needs change, and
          sometimes the fit isn't quite right.
        </Text>
        <Text mt="xs" c="dimmed">
          Once closed, sessions still ahead are cancelled and leave your calendars. Everything you
          wrote stays here for you both to read, but nothing new can be added. You can still note
          what you learned for 30 days, and write your closing review in that time too.
        </Text>
      </div>

      {!closure.canClose && (
        <Text>
          In a circle, its facilitators close it. When they do, you'll be invited to write your own
          closing review, with a note of thanks to the others if you like.
        </Text>
      )}

      {closure.canClose && mode === "choose" && (
        <Group>
          <Button onClick={() => setMode("review")}>Close with a review</Button>
          <Button variant="default" onClick={() => setMode("close")}>
            Close this relationship
          </Button>
        </Group>
      )}

      {mode === "close" && (
        <CloseNow
          relationship={relationship}
          closure={closure}
          onCancel={() => setMode("choose")}
        />
      )}

      {mode === "review" && (
        <Card withBorder padding="md" radius="md">
          <Text size="sm" c="dimmed" mb="sm">
            Saving your review closes the relationship in the same step. {capitalize(other)} will be
            told it has come to a close and invited to write their own review.
          </Text>
          <ReviewForm
            relationship={relationship}
            closure={closure}
            submitLabel="Save my review and close"
            onCancel={() => setMode("choose")}
          />
        </Card>
      )}
    </Stack>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function CloseNow({
  relationship,
  closure,
  onCancel,
}: {
  relationship: Match;
  closure: Closure;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const refresh = useRefresh(relationship.id);
  const close = useMutation({
    mutationFn: () => closeRelationship(relationship.id, reason),
    onSuccess: (result) => {
      notifications.show({
        message: "Your relationship is closed. Thank you for the time you gave it.",
      });
      refresh(result);
    },
  });
  return (
    <Card withBorder padding="md" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate();
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            name="end-reason"
            label="What best describes why it's ending?"
            description={`This stays with you: ${othersName(relationship)} will hear that your relationship has come to a close, not the reason you pick.`}
            value={reason}
            onChange={setReason}
            required
            error={fieldErrorsOf(close.error).reason}
          >
            <Stack gap={6} mt={6}>
              {closure.endReasons.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
          <ErrorAlert error={formLevelError(close.error, ["reason"])} />
          <Group>
            <Button type="submit" color="red" disabled={reason === ""} loading={close.isPending}>
              Close this relationship
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              Not now
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function AfterTheEnd({ relationship, closure }: { relationship: Match; closure: Closure }) {
  const ended = closure.ended;
  const everyone = relationship.kind === "circle" ? "Everyone" : "You both";
  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={2} size="h3">
          {ended?.atEndDate ? "You reached your end date" : "This relationship has closed"}
        </Title>
        <Text mt={4}>
          {ended?.atEndDate
            ? `It came to a close on ${formatDate(ended.at)}, as you agreed. Well done on the time and care you gave it.`
            : ended?.byMe
              ? `You closed it on ${formatDate(ended.at)}${ended.myReason ? ` (${ended.myReason.label.toLowerCase()})` : ""}. Thank you for the time you gave it.`
              : `It came to a close on ${formatDate(ended?.at)}. Relationships end for all kinds of reasons, and nobody is at fault.`}
        </Text>
        <Text mt="xs" c="dimmed">
          Everything you wrote together stays here to read; nothing new can be added.
        </Text>
      </div>

      {closure.everyoneStaysInTouch && (
        <Alert color="mutual" title="Let's stay in touch">
          {everyone} said you'd like to stay in touch. A coffee in a few months is a lovely way to
          see how things turned out.
        </Alert>
      )}

      {closure.thanksForMe.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="thanks-heading">
          <Title order={3} size="h4" id="thanks-heading">
            Notes of thanks for you
          </Title>
          {closure.thanksForMe.map((note) => (
            <Card key={note.from.id} withBorder padding="md" radius="md">
              <Text size="sm" c="dimmed">
                From {note.from.name}
              </Text>
              <Text mt={4} style={{ whiteSpace: "pre-line" }}>
                {note.text}
              </Text>
            </Card>
          ))}
        </Stack>
      )}

      <Stack gap="sm" component="section" aria-labelledby="review-heading">
        <Title order={3} size="h4" id="review-heading">
          Your closing review
        </Title>
        {closure.canReview ? (
          <>
            <Text size="sm" c="dimmed">
              {closure.myReview
                ? `You can change it until ${formatDate(closure.reviewOpenUntil)}.`
                : `A few minutes to look back. It's open until ${formatDate(closure.reviewOpenUntil)}.`}
            </Text>
            <Card withBorder padding="md" radius="md">
              <ReviewForm
                relationship={relationship}
                closure={closure}
                submitLabel={closure.myReview ? "Save changes" : "Save my review"}
              />
            </Card>
          </>
        ) : closure.myReview ? (
          <ReadOnlyReview closure={closure} relationship={relationship} />
        ) : (
          <Text c="dimmed">The time for closing reviews has passed.</Text>
        )}
      </Stack>
    </Stack>
  );
}

function ReadOnlyReview({ closure, relationship }: { closure: Closure; relationship: Match }) {
  const review = closure.myReview;
  if (!review) return null;
  const reached = new Map(review.goalsReached.map((g) => [g.goalId, g.reached]));
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="xs">
        {closure.goals.map((goal) => (
          <Text key={goal.id} size="sm">
            {goal.title}:{" "}
            {reached.get(goal.id) === true
              ? "reached"
              : reached.get(goal.id) === false
                ? "not reached"
                : "not marked"}
          </Text>
        ))}
        {review.learned && <Text>What I learned: {review.learned}</Text>}
        {review.appreciation && (
          <Text>
            My note of thanks to {othersName(relationship)}: {review.appreciation}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ReviewForm({
  relationship,
  closure,
  submitLabel,
  onCancel,
}: {
  relationship: Match;
  closure: Closure;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const mine = closure.myReview;
  const other = othersName(relationship);
  const [reached, setReached] = useState<Record<string, "yes" | "no" | "">>(() =>
    Object.fromEntries(
      closure.goals.map((goal) => {
        const marked = mine?.goalsReached.find((g) => g.goalId === goal.id);
        return [goal.id, marked ? (marked.reached ? "yes" : "no") : ""];
      }),
    ),
  );
  const [learned, setLearned] = useState(mine?.learned ?? "");
  const [appreciation, setAppreciation] = useState(mine?.appreciation ?? "");
  const [reason, setReason] = useState(
    mine?.reason ?? closure.ended?.myReason?.value ?? (closure.ended?.atEndDate ? "end_date" : ""),
  );
  const [stayInTouch, setStayInTouch] = useState(mine?.stayInTouch ?? false);
  const refresh = useRefresh(relationship.id);
  const save = useMutation({
    mutationFn: () => {
      const review: ClosureReviewInput = {
        goalsReached: Object.entries(reached)
          .filter(([, value]) => value !== "")
          .map(([goalId, value]) => ({ goalId, reached: value === "yes" })),
        learned,
        appreciation,
        reason,
        stayInTouch,
      };
      return submitClosureReview(relationship.id, review);
    },
    onSuccess: (result) => {
      notifications.show({ message: "Your review is saved. Thank you." });
      refresh(result);
    },
  });
  const fields = fieldErrorsOf(save.error);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md">
        {closure.goals.length > 0 && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              Your goals: reached or not?
            </Text>
            {closure.goals.map((goal) => (
              <Radio.Group
                key={goal.id}
                name={`goal-${goal.id}`}
                label={goal.title}
                description={goal.measure}
                value={reached[goal.id] ?? ""}
                onChange={(value) =>
                  setReached((current) => ({ ...current, [goal.id]: value as "yes" | "no" }))
                }
              >
                <Group gap="md" mt={4}>
                  <Radio value="yes" label="Reached" />
                  <Radio value="no" label="Not reached" />
                </Group>
              </Radio.Group>
            ))}
            {fields.goalsReached && (
              <Text c="red" size="sm">
                {fields.goalsReached}
              </Text>
            )}
          </Stack>
        )}
        <Textarea
          label="What I learned"
          description="For you: nobody else reads this."
          value={learned}
          onChange={(event) => setLearned(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
          error={fields.learned}
        />
        <Textarea
          label={`A note of thanks to ${other}`}
          description={`${capitalize(other)} will read this. It's the only part of your review anyone else sees.`}
          value={appreciation}
          onChange={(event) => setAppreciation(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
          error={fields.appreciation}
        />
        <NativeSelect
          label="Why it ended"
          description="The other person never sees this."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data={[{ value: "", label: "Choose one", disabled: true }, ...closure.endReasons]}
          required
          error={fields.reason}
        />
        <Checkbox
          label="I'd like to stay in touch informally"
          description={
            relationship.kind === "circle"
              ? "This is shown only if everyone says yes."
              : `${capitalize(other)} learns this only if you both say yes.`
          }
          checked={stayInTouch}
          onChange={(event) => setStayInTouch(event.currentTarget.checked)}
        />
        <ErrorAlert
          error={formLevelError(save.error, ["learned", "appreciation", "reason", "goalsReached"])}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={reason === ""}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              Not now
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
