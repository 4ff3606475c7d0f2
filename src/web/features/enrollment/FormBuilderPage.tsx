import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import {
  createEnrollmentQuestion,
  deleteEnrollmentQuestion,
  enrollmentQuestionsQuery,
  kindLabels,
  type ManagedQuestion,
  reorderEnrollmentQuestions,
  updateEnrollmentQuestion,
} from "./api.ts";
import { BackToProgram } from "./BackToProgram.tsx";
import { QuestionEditor } from "./QuestionEditor.tsx";

/** /programs/$slug/form: the program's managers build the enrollment form. */
export function FormBuilderPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/form" });
  usePageTitle("Enrollment form");
  const queryClient = useQueryClient();
  const questions = useQuery(enrollmentQuestionsQuery(slug));
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ["enrollment-questions", slug] });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => reorderEnrollmentQuestions(slug, ids),
    onSuccess: refresh,
  });
  const active = questions.data?.filter((q) => !q.archived) ?? [];
  const archived = questions.data?.filter((q) => q.archived) ?? [];
  function move(index: number, by: -1 | 1) {
    const order = active.map((q) => q.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    reorder.mutate(order);
  }
  return (
    <Stack gap="lg" maw={900}>
      <BackToProgram slug={slug} />
      <div>
        <Title order={1}>Enrollment form</Title>
        <Text c="dimmed" mt={6}>
          People see these questions when they enrol, after what their profile already says. Mark
          the ones matching should read. Once someone has answered a question it can be archived
          (its answers are kept) but not deleted.
        </Text>
        <Group mt="xs">
          <AnchorLink to="/programs/$slug/enroll" params={{ slug }}>
            See the form as people will
          </AnchorLink>
          <AnchorLink to="/programs/$slug/enrollments" params={{ slug }}>
            Enrollments
          </AnchorLink>
        </Group>
      </div>
      {questions.isPending && <Skeleton h={160} />}
      <ErrorAlert error={questions.error ?? reorder.error} />
      <Stack gap="xs">
        {active.map((question, index) => (
          <QuestionRow
            key={question.id}
            slug={slug}
            question={question}
            onChange={refresh}
            moveUp={index > 0 ? () => move(index, -1) : undefined}
            moveDown={index < active.length - 1 ? () => move(index, 1) : undefined}
            busy={reorder.isPending}
          />
        ))}
        {questions.data && active.length === 0 && (
          <Text c="dimmed">No questions yet: people will enrol with their profile alone.</Text>
        )}
      </Stack>
      {archived.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Archived
          </Text>
          {archived.map((question) => (
            <QuestionRow
              key={question.id}
              slug={slug}
              question={question}
              onChange={refresh}
              busy={false}
            />
          ))}
        </Stack>
      )}
      <NewQuestion slug={slug} onCreated={refresh} />
    </Stack>
  );
}

function QuestionRow({
  slug,
  question,
  onChange,
  moveUp,
  moveDown,
  busy,
}: {
  slug: string;
  question: ManagedQuestion;
  onChange: () => void;
  moveUp?: () => void;
  moveDown?: () => void;
  busy: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const update = useMutation({
    mutationFn: (changes: Parameters<typeof updateEnrollmentQuestion>[2]) =>
      updateEnrollmentQuestion(slug, question.id, changes),
    onSuccess: () => {
      setEditing(false);
      onChange();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteEnrollmentQuestion(slug, question.id),
    onSuccess: onChange,
  });
  const label = `“${question.prompt}”`;
  if (editing) {
    return (
      <Paper withBorder p="sm">
        <QuestionEditor
          initial={question}
          kindLocked={question.answerCount > 0}
          submitLabel="Save question"
          pending={update.isPending}
          error={update.error}
          onSubmit={(value) => update.mutate(value)}
          onCancel={() => setEditing(false)}
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={600}>{question.prompt}</Text>
          <Group gap={6} mt={4}>
            <Badge variant="light" color="gray">
              {kindLabels[question.kind]}
            </Badge>
            {question.required && <Badge variant="light">Required</Badge>}
            {question.usedForMatching && (
              <Badge variant="light" color="grape">
                Used for matching
              </Badge>
            )}
            {question.archived && <Badge color="gray">Archived</Badge>}
            <Text size="xs" c="dimmed">
              {question.answerCount === 1 ? "1 answer" : `${question.answerCount} answers`}
            </Text>
          </Group>
          {question.options.length > 0 && (
            <Text size="sm" c="dimmed" mt={4}>
              {question.options.join(" · ")}
            </Text>
          )}
        </div>
        <Group gap={4} wrap="nowrap">
          {!question.archived && (
            <>
              <ActionIcon
                variant="subtle"
                aria-label={`Move ${label} up`}
                disabled={!moveUp || busy}
                onClick={moveUp}
              >
                <IconArrowUp size={18} aria-hidden="true" />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={`Move ${label} down`}
                disabled={!moveDown || busy}
                onClick={moveDown}
              >
                <IconArrowDown size={18} aria-hidden="true" />
              </ActionIcon>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
                Edit
              </Button>
            </>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            loading={update.isPending}
            aria-label={`${question.archived ? "Restore" : "Archive"} ${label}`}
            onClick={() => update.mutate({ archived: !question.archived })}
          >
            {question.archived ? "Restore" : "Archive"}
          </Button>
          {question.answerCount === 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              aria-label={`Delete ${label}`}
              onClick={() => remove.mutate()}
            >
              Delete
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={update.error ?? remove.error} />
    </Paper>
  );
}

function NewQuestion({ slug, onCreated }: { slug: string; onCreated: () => void }) {
  const [key, setKey] = useState(0);
  const create = useMutation({
    mutationFn: (draft: Parameters<typeof createEnrollmentQuestion>[1]) =>
      createEnrollmentQuestion(slug, draft),
    onSuccess: (question) => {
      onCreated();
      setKey((k) => k + 1);
      notifications.show({ message: `“${question.prompt}” is on the form.` });
    },
  });
  return (
    <Paper p="sm" bg="var(--mantine-color-gray-0)">
      <Text fw={600} size="sm" mb="xs">
        Add a question
      </Text>
      <QuestionEditor
        key={key}
        initial={{
          kind: "short_text",
          prompt: "",
          helpText: null,
          options: [],
          required: false,
          usedForMatching: false,
        }}
        submitLabel="Add question"
        pending={create.isPending}
        error={create.error}
        onSubmit={(value) => create.mutate(value)}
      />
    </Paper>
  );
}
