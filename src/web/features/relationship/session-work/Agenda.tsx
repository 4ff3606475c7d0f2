import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../../api/client.ts";
import {
  type AgendaItem,
  addAgendaItem,
  deleteAgendaItem,
  type SessionRoom,
  updateAgendaItem,
} from "./api.ts";
import { CommitmentRow, useRefreshSessionWork } from "./CommitmentRow.tsx";

const onError = (error: Error) =>
  notifications.show({ color: "red", message: errorMessage(error) });

/**
 * The agenda, built for you: first what you said you'd do last time, then reflect, choose what
 * matters, decide what's next, each with the items people added.
 */
export function Agenda({ room }: { room: SessionRoom }) {
  const canAdd = room.canWrite && room.session.status !== "cancelled";
  const { review } = room.agenda;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h3" id="agenda-title">
        Agenda
      </Title>
      <Stack gap="lg" mt="md">
        <div>
          <Group gap="xs">
            <Badge variant="filled" circle>
              1
            </Badge>
            <Title order={3} size="h4">
              {review.title}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {review.prompt}
          </Text>
          <Stack gap="xs" mt="sm">
            {review.commitments.length === 0 && review.closedSinceLastTime.length === 0 ? (
              <Text size="sm" fs="italic">
                Nothing carried over this time: a clean page.
              </Text>
            ) : (
              review.commitments.map((c) => (
                <CommitmentRow key={c.id} commitment={c} canWrite={room.canWrite} showMadeIn />
              ))
            )}
            {review.closedSinceLastTime.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="xs">
                  Since last time: done, or let go on purpose
                </Text>
                {review.closedSinceLastTime.map((c) => (
                  <CommitmentRow key={c.id} commitment={c} canWrite={room.canWrite} showMadeIn />
                ))}
              </>
            )}
          </Stack>
        </div>
        {room.agenda.sections.map((section, index) => (
          <AgendaSectionBlock
            key={section.section}
            sessionId={room.session.id}
            number={index + 2}
            section={section}
            canAdd={canAdd}
            canTick={room.canWrite}
          />
        ))}
      </Stack>
    </Card>
  );
}

function AgendaSectionBlock({
  sessionId,
  number,
  section,
  canAdd,
  canTick,
}: {
  sessionId: string;
  number: number;
  section: SessionRoom["agenda"]["sections"][number];
  canAdd: boolean;
  canTick: boolean;
}) {
  const [text, setText] = useState("");
  const refresh = useRefreshSessionWork();
  const add = useMutation({
    mutationFn: () => addAgendaItem(sessionId, { section: section.section, text: text.trim() }),
    onSuccess: () => {
      setText("");
      refresh();
    },
    onError,
  });
  const headingId = `agenda-${section.section}`;
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs">
        <Badge variant="light" circle>
          {number}
        </Badge>
        <Title order={3} size="h4" id={headingId}>
          {section.title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {section.prompt}
      </Text>
      {section.items.length > 0 && (
        <Stack gap={6} mt="sm">
          {section.items.map((item) => (
            <AgendaItemRow key={item.id} item={item} canTick={canTick} />
          ))}
        </Stack>
      )}
      {canAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) add.mutate();
          }}
        >
          <Group mt="sm" gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              size="sm"
              label={`Add an item to “${section.title}”`}
              placeholder="Something you'd like to talk about"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={500}
            />
            <Button type="submit" size="sm" variant="light" loading={add.isPending}>
              Add
            </Button>
          </Group>
        </form>
      )}
    </section>
  );
}

function AgendaItemRow({ item, canTick }: { item: AgendaItem; canTick: boolean }) {
  const refresh = useRefreshSessionWork();
  const tick = useMutation({
    mutationFn: (done: boolean) => updateAgendaItem(item.id, { done }),
    onSuccess: refresh,
    onError,
  });
  const remove = useMutation({
    mutationFn: () => deleteAgendaItem(item.id),
    onSuccess: refresh,
    onError,
  });
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Checkbox
        checked={item.done}
        disabled={!canTick || tick.isPending}
        onChange={(e) => tick.mutate(e.currentTarget.checked)}
        label={
          <span>
            <Text span td={item.done ? "line-through" : undefined}>
              {item.text}
            </Text>
            {item.addedBy && (
              <Text span size="xs" c="dimmed">
                {" "}
                · added by {item.addedBy.name}
              </Text>
            )}
          </span>
        }
      />
      {canTick && item.canEdit && (
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => remove.mutate()}
          loading={remove.isPending}
          aria-label={`Remove “${item.text}”`}
        >
          <IconTrash size={16} aria-hidden="true" />
        </ActionIcon>
      )}
    </Group>
  );
}
