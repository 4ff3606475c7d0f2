import {
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
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { fieldErrorsOf } from "../../../ui/fieldErrors.ts";
import { createObjective, type Objective, objectivesQuery, updateObjective } from "../api.ts";

/** Administrators keep the organization's objectives, which people's goals can serve. */
export function ObjectivesAdmin() {
  const queryClient = useQueryClient();
  const objectives = useQuery(objectivesQuery(true));
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["objectives"] });
  const create = useMutation({
    mutationFn: () =>
      createObjective({ title: title.trim(), description: description.trim() || null }),
    onSuccess: (objective) => {
      refresh();
      setTitle("");
      setDescription("");
      notifications.show({ message: `“${objective.title}” is added.` });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <Stack component="section" aria-labelledby="objectives-heading">
      <div>
        <Title order={2} size="h3" id="objectives-heading">
          Objectives
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          What your organization is working towards. People can link their personal goals to an
          objective, so learning is tied to what matters. Archive one when it's done: goals that
          already serve it keep the link.
        </Text>
      </div>
      {objectives.isPending && <Skeleton h={80} />}
      <ErrorAlert error={objectives.error} />
      {objectives.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No objectives yet.
        </Text>
      )}
      <Stack gap="xs">
        {objectives.data?.map((objective) => (
          <ObjectiveRow key={objective.id} objective={objective} onChange={refresh} />
        ))}
      </Stack>
      <form onSubmit={onSubmit} noValidate aria-label="Add an objective">
        <Stack gap="sm">
          <TextInput
            label="New objective"
            placeholder="For example: every team ships accessible work"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldErrorsOf(create.error).title}
            maxLength={160}
          />
          <Textarea
            label="Description (optional)"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={1000}
          />
          <Group>
            <Button
              type="submit"
              variant="light"
              loading={create.isPending}
              disabled={!title.trim()}
            >
              Add objective
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function ObjectiveRow({ objective, onChange }: { objective: Objective; onChange: () => void }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(objective.title);
  const [description, setDescription] = useState(objective.description ?? "");
  const update = useMutation({
    mutationFn: (changes: Parameters<typeof updateObjective>[1]) =>
      updateObjective(objective.id, changes),
    onSuccess: () => {
      setEditing(false);
      onChange();
    },
  });
  return (
    <Paper withBorder p="sm">
      {editing ? (
        <Stack gap="sm">
          <TextInput
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={160}
          />
          <Textarea
            label="Description (optional)"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={1000}
          />
          <ErrorAlert error={update.error} />
          <Group gap="sm">
            <Button
              size="xs"
              loading={update.isPending}
              disabled={!title.trim()}
              onClick={() =>
                update.mutate({ title: title.trim(), description: description.trim() || null })
              }
            >
              Save objective
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} className="mutual-break">
              {objective.title}{" "}
              {objective.archived && (
                <Badge color="gray" variant="light">
                  Archived
                </Badge>
              )}
            </Text>
            {objective.description && (
              <Text size="sm" c="dimmed" className="mutual-break">
                {objective.description}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color={objective.archived ? "mutual" : "gray"}
              loading={update.isPending}
              aria-label={`${objective.archived ? "Restore" : "Archive"} “${objective.title}”`}
              onClick={() => update.mutate({ archived: !objective.archived })}
            >
              {objective.archived ? "Restore" : "Archive"}
            </Button>
          </Group>
        </Group>
      )}
    </Paper>
  );
}
