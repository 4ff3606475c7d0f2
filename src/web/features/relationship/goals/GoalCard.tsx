import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate, formatDateTime } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import {
  addMilestone,
  addProgressNote,
  deleteGoal,
  type Goal,
  type GoalStatus,
  goalStatusColors,
  goalStatusLabels,
  updateGoal,
  updateMilestone,
} from "./api.ts";
import { GoalForm } from "./GoalForm.tsx";

/** One goal: where it stands, its milestones and the progress noted on it. */
export function GoalCard({
  goal,
  relationshipId,
  canEdit,
  onMove,
}: {
  goal: Goal;
  relationshipId: string;
  canEdit: boolean;
  /** Swaps this goal with the one above (-1) or below (1); absent at either end. */
  onMove?: { up?: () => void; down?: () => void; pending: boolean };
}) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ["relationships", relationshipId] });
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState("");
  const [milestone, setMilestone] = useState({ title: "", dueOn: "" });
  const [open, setOpen] = useState<"milestone" | "progress" | null>(null);

  const update = useMutation({
    mutationFn: (input: Parameters<typeof updateGoal>[1]) => updateGoal(goal.id, input),
    onSuccess: () => {
      setEditing(false);
      void refresh();
    },
  });
  const remove = useMutation({ mutationFn: () => deleteGoal(goal.id), onSuccess: refresh });
  const progress = useMutation({
    mutationFn: () => addProgressNote(goal.id, note.trim()),
    onSuccess: () => {
      setNote("");
      setOpen(null);
      void refresh();
    },
  });
  const step = useMutation({
    mutationFn: () =>
      addMilestone(goal.id, { title: milestone.title.trim(), dueOn: milestone.dueOn || null }),
    onSuccess: () => {
      setMilestone({ title: "", dueOn: "" });
      setOpen(null);
      void refresh();
    },
  });
  const tick = useMutation({
    mutationFn: (input: { id: string; done: boolean }) =>
      updateMilestone(input.id, { done: input.done }),
    onSuccess: refresh,
  });

  return (
    <Card withBorder radius="md" padding="lg">
      {editing ? (
        <GoalForm
          initial={goal}
          submitLabel="Save the goal"
          pending={update.isPending}
          error={update.error}
          onSubmit={(value) => update.mutate(value)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5">
              {goal.title}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              You'll know when: {goal.measure}
            </Text>
          </div>
          <Badge color={goalStatusColors[goal.status]} variant="light">
            {goalStatusLabels[goal.status]}
          </Badge>
        </Group>
      )}

      {canEdit && !editing && (
        <Group mt="sm" align="flex-end">
          <NativeSelect
            label="Where it stands"
            size="xs"
            w={180}
            data={(Object.keys(goalStatusLabels) as GoalStatus[]).map((value) => ({
              value,
              label: goalStatusLabels[value],
            }))}
            value={goal.status}
            onChange={(e) => update.mutate({ status: e.currentTarget.value as GoalStatus })}
          />
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
            Reword
          </Button>
          {onMove?.up && (
            <ActionIcon
              variant="subtle"
              aria-label={`Move “${goal.title}” up`}
              disabled={onMove.pending}
              onClick={onMove.up}
            >
              <IconArrowUp size={16} aria-hidden="true" />
            </ActionIcon>
          )}
          {onMove?.down && (
            <ActionIcon
              variant="subtle"
              aria-label={`Move “${goal.title}” down`}
              disabled={onMove.pending}
              onClick={onMove.down}
            >
              <IconArrowDown size={16} aria-hidden="true" />
            </ActionIcon>
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove the goal “${goal.title}”`}
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm("Remove this goal, with its milestones and progress notes?")) {
                remove.mutate();
              }
            }}
          >
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      )}
      <ErrorAlert error={editing ? null : (update.error ?? remove.error)} />

      <Stack gap={6} mt="md">
        <Text size="sm" fw={600}>
          Milestones
        </Text>
        {goal.milestones.length === 0 && (
          <Text size="sm" c="dimmed">
            Optional: steps on the way, if they help.
          </Text>
        )}
        {goal.milestones.map((m) => (
          <Checkbox
            key={m.id}
            label={m.dueOn ? `${m.title} · by ${formatDate(m.dueOn)}` : m.title}
            checked={m.done}
            disabled={!canEdit}
            onChange={(e) => tick.mutate({ id: m.id, done: e.currentTarget.checked })}
          />
        ))}
        <ErrorAlert error={tick.error} />
        {canEdit && open !== "milestone" && (
          <div>
            <Button size="xs" variant="subtle" onClick={() => setOpen("milestone")}>
              Add a milestone
            </Button>
          </div>
        )}
        {canEdit && open === "milestone" && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              step.mutate();
            }}
          >
            <Group align="flex-end" gap="xs">
              <TextInput
                size="xs"
                label="New milestone"
                value={milestone.title}
                onChange={(e) => setMilestone({ ...milestone, title: e.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <TextInput
                size="xs"
                type="date"
                label="By (optional)"
                value={milestone.dueOn}
                onChange={(e) => setMilestone({ ...milestone, dueOn: e.currentTarget.value })}
              />
              <Button size="xs" type="submit" variant="light" loading={step.isPending}>
                Add
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setOpen(null)}>
                Cancel
              </Button>
            </Group>
            <ErrorAlert error={step.error} />
          </form>
        )}
      </Stack>

      <Stack gap={6} mt="md">
        <Text size="sm" fw={600}>
          Progress
        </Text>
        {canEdit && open !== "progress" && (
          <div>
            <Button size="xs" variant="subtle" onClick={() => setOpen("progress")}>
              Note some progress
            </Button>
          </div>
        )}
        {canEdit && open === "progress" && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              progress.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                size="sm"
                label="Progress note"
                description="What moved, what you noticed, what's next."
                autosize
                minRows={2}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Group>
                <Button size="xs" type="submit" variant="light" loading={progress.isPending}>
                  Add the note
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setOpen(null)}>
                  Cancel
                </Button>
              </Group>
              <ErrorAlert error={progress.error} />
            </Stack>
          </form>
        )}
        {goal.progressNotes.length === 0 && (
          <Text size="sm" c="dimmed">
            No progress noted yet.
          </Text>
        )}
        {goal.progressNotes.map((n) => (
          <div key={n.id}>
            <Text size="xs" c="dimmed">
              {n.author?.name ?? "Someone who has left"} · {formatDateTime(n.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {n.body}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
