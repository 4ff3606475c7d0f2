import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf } from "../../ui/fieldErrors.ts";
import {
  addGoal,
  deleteGoal,
  type Goal,
  type Objective,
  objectivesQuery,
  type Profile,
  reorderGoals,
  updateGoal,
} from "./api.ts";
import { WhoCanSee } from "./WhoCanSee.tsx";

function objectiveOptions(objectives: Objective[], keep?: Goal["objective"]) {
  const options = [{ value: "", label: "No objective" }];
  if (keep?.archived) options.push({ value: keep.id, label: `${keep.title} (archived)` });
  return [...options, ...objectives.map((o) => ({ value: o.id, label: o.title }))];
}

/** "Goals": what a person is working towards, each optionally serving an organizational objective. */
export function GoalsSection({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const objectives = useQuery(objectivesQuery());
  const [goals, setGoals] = useState(profile.goals);
  const [text, setText] = useState("");
  const [objectiveId, setObjectiveId] = useState("");
  const [editing, setEditing] = useState<string | null>(null);

  const apply = (result: { goals: Goal[] }) => {
    setGoals(result.goals);
    void queryClient.invalidateQueries({ queryKey: ["profile", profile.id] });
  };
  const add = useMutation({
    mutationFn: () => addGoal(text.trim(), objectiveId || null),
    onSuccess: (result) => {
      apply(result);
      setText("");
      setObjectiveId("");
    },
  });
  const change = useMutation({
    mutationFn: (action: () => Promise<{ goals: Goal[] }>) => action(),
    onSuccess: (result) => {
      apply(result);
      setEditing(null);
    },
  });

  function move(index: number, by: -1 | 1) {
    const order = goals.map((g) => g.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    change.mutate(() => reorderGoals(order));
  }

  function onAdd(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) add.mutate();
  }

  const available = objectives.data ?? [];
  return (
    <Stack component="section" aria-labelledby="goals-heading">
      <div>
        <Title order={2} size="h3" id="goals-heading">
          Goals
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          What are you working towards? Link a goal to one of your organization's objectives when it
          serves one, so your learning counts where it matters.
        </Text>
        <WhoCanSee>everyone in your organization.</WhoCanSee>
      </div>
      <ErrorAlert error={change.error} />
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No goals yet. Add your first one below.
        </Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
          {goals.map((goal, index) => (
            <Paper key={goal.id} withBorder p="sm" component="li">
              {editing === goal.id ? (
                <GoalEditor
                  goal={goal}
                  objectives={available}
                  pending={change.isPending}
                  onCancel={() => setEditing(null)}
                  onSave={(changes) => change.mutate(() => updateGoal(goal.id, changes))}
                />
              ) : (
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text className="mutual-break">{goal.text}</Text>
                    {goal.objective && (
                      <Badge
                        variant="light"
                        mt={6}
                        color={goal.objective.archived ? "gray" : "mutual"}
                      >
                        Serves: {goal.objective.title}
                        {goal.objective.archived ? " (archived)" : ""}
                      </Badge>
                    )}
                  </div>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move “${goal.text}” up`}
                      disabled={index === 0 || change.isPending}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={18} aria-hidden="true" />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move “${goal.text}” down`}
                      disabled={index === goals.length - 1 || change.isPending}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={18} aria-hidden="true" />
                    </ActionIcon>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(goal.id)}>
                      Edit
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove “${goal.text}”`}
                      onClick={() => change.mutate(() => deleteGoal(goal.id))}
                    >
                      Remove
                    </Button>
                  </Group>
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <form onSubmit={onAdd} noValidate aria-label="Add a goal">
        <Stack gap="sm">
          <Textarea
            label="New goal"
            placeholder="For example: run a workshop on accessible design by spring"
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={fieldErrorsOf(add.error).text}
            maxLength={500}
          />
          <NativeSelect
            label="Serves an objective (optional)"
            data={objectiveOptions(available)}
            value={objectiveId}
            onChange={(event) => setObjectiveId(event.currentTarget.value)}
          />
          <ErrorAlert error={Object.keys(fieldErrorsOf(add.error)).length ? null : add.error} />
          <Group>
            <Button type="submit" variant="light" loading={add.isPending} disabled={!text.trim()}>
              Add goal
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function GoalEditor({
  goal,
  objectives,
  pending,
  onCancel,
  onSave,
}: {
  goal: Goal;
  objectives: Objective[];
  pending: boolean;
  onCancel: () => void;
  onSave: (changes: { text: string; objectiveId: string | null }) => void;
}) {
  const [text, setText] = useState(goal.text);
  const [objectiveId, setObjectiveId] = useState(goal.objective?.id ?? "");
  return (
    <Stack gap="sm">
      <Textarea
        label="Goal"
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        maxLength={500}
      />
      <NativeSelect
        label="Serves an objective (optional)"
        data={objectiveOptions(objectives, goal.objective)}
        value={objectiveId}
        onChange={(event) => setObjectiveId(event.currentTarget.value)}
      />
      <Group gap="sm">
        <Button
          size="xs"
          loading={pending}
          disabled={!text.trim()}
          onClick={() => onSave({ text: text.trim(), objectiveId: objectiveId || null })}
        >
          Save goal
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
