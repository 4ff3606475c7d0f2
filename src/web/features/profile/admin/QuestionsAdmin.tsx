import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import {
  createQuestion,
  type Question,
  questionsQuery,
  reorderQuestions,
  updateQuestion,
} from "../api.ts";

const toOptions = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Administrators keep the work-style and values questions; nobody sees anyone's answers. */
export function QuestionsAdmin() {
  const queryClient = useQueryClient();
  const questions = useQuery(questionsQuery);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["questionnaire"] });
  const reorder = useMutation({
    mutationFn: reorderQuestions,
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
    <Stack component="section" aria-labelledby="questions-heading">
      <div>
        <Title order={2} size="h3" id="questions-heading">
          Work-style and values questions
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          Each person may answer these on their profile; only they can read their answers, and
          matching uses them to suggest compatible pairs. Keep the questions about how people work,
          never about who they are: nothing here should ask for demographic details. Rewording an
          answer keeps people's choices; removing one clears the choices that picked it.
        </Text>
      </div>
      {questions.isPending && <Skeleton h={120} />}
      <ErrorAlert error={questions.error ?? reorder.error} />
      <Stack gap="xs">
        {active.map((question, index) => (
          <QuestionRow
            key={question.id}
            question={question}
            onChange={refresh}
            moveUp={index > 0 ? () => move(index, -1) : undefined}
            moveDown={index < active.length - 1 ? () => move(index, 1) : undefined}
            busy={reorder.isPending}
          />
        ))}
      </Stack>
      {archived.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            Archived
          </Text>
          <Stack gap="xs">
            {archived.map((question) => (
              <QuestionRow key={question.id} question={question} onChange={refresh} busy={false} />
            ))}
          </Stack>
        </>
      )}
      <NewQuestion onCreated={refresh} />
    </Stack>
  );
}

function QuestionEditor({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: { prompt: string; options: string[] };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (value: { prompt: string; options: string[] }) => void;
  onCancel?: () => void;
}) {
  const [prompt, setPrompt] = useState(initial.prompt);
  const [options, setOptions] = useState(initial.options.join("\n"));
  const count = toOptions(options).length;
  return (
    <Stack gap="sm">
      <TextInput
        label="Question"
        value={prompt}
        onChange={(e) => setPrompt(e.currentTarget.value)}
        maxLength={200}
      />
      <Textarea
        label="Answers to choose from"
        description={`One per line, at least two (${count} now).`}
        autosize
        minRows={3}
        value={options}
        onChange={(e) => setOptions(e.currentTarget.value)}
      />
      <ErrorAlert error={error} />
      <Group gap="sm">
        <Button
          size="xs"
          loading={pending}
          disabled={!prompt.trim() || count < 2}
          onClick={() => onSubmit({ prompt: prompt.trim(), options: toOptions(options) })}
        >
          {submitLabel}
        </Button>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function QuestionRow({
  question,
  onChange,
  moveUp,
  moveDown,
  busy,
}: {
  question: Question;
  onChange: () => void;
  moveUp?: () => void;
  moveDown?: () => void;
  busy: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const update = useMutation({
    mutationFn: (changes: Parameters<typeof updateQuestion>[1]) =>
      updateQuestion(question.id, changes),
    onSuccess: () => {
      setEditing(false);
      onChange();
    },
  });
  return (
    <Paper withBorder p="sm">
      {editing ? (
        <QuestionEditor
          initial={question}
          submitLabel="Save question"
          pending={update.isPending}
          error={update.error}
          onSubmit={(value) => update.mutate(value)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>
              {question.prompt}{" "}
              {question.archived && (
                <Badge color="gray" variant="light">
                  Archived
                </Badge>
              )}
            </Text>
            <Text size="sm" c="dimmed">
              {question.options.join(" · ")}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap">
            {!question.archived && (
              <>
                <ActionIcon
                  variant="subtle"
                  aria-label={`Move “${question.prompt}” up`}
                  disabled={!moveUp || busy}
                  onClick={moveUp}
                >
                  <IconArrowUp size={18} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={`Move “${question.prompt}” down`}
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
              color={question.archived ? "mutual" : "gray"}
              loading={update.isPending}
              aria-label={`${question.archived ? "Restore" : "Archive"} “${question.prompt}”`}
              onClick={() => update.mutate({ archived: !question.archived })}
            >
              {question.archived ? "Restore" : "Archive"}
            </Button>
          </Group>
        </Group>
      )}
    </Paper>
  );
}

function NewQuestion({ onCreated }: { onCreated: () => void }) {
  const [key, setKey] = useState(0);
  const create = useMutation({
    mutationFn: createQuestion,
    onSuccess: (question) => {
      onCreated();
      setKey((k) => k + 1);
      notifications.show({ message: `“${question.prompt}” is added.` });
    },
  });
  return (
    <Paper p="sm" bg="var(--mantine-color-gray-0)">
      <Text fw={600} size="sm" mb="xs">
        Add a question
      </Text>
      <QuestionEditor
        key={key}
        initial={{ prompt: "", options: [] }}
        submitLabel="Add question"
        pending={create.isPending}
        error={create.error}
        onSubmit={(value) => create.mutate(value)}
      />
    </Paper>
  );
}
