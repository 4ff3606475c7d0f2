import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, errorMessage } from "../../../api/client.ts";
import { useMe } from "../../auth/session.ts";
import { addCommitment, type SessionRoom } from "./api.ts";
import { CommitmentRow, useRefreshSessionWork } from "./CommitmentRow.tsx";

/**
 * "Before you finish": every session ends with at least one commitment to action — who will do
 * what, by when. Each person's commitments are their own.
 */
export function SessionCommitments({ room }: { room: SessionRoom }) {
  const me = useMe();
  const [ownerId, setOwnerId] = useState<string>(me.id);
  const [text, setText] = useState("");
  const [dueOn, setDueOn] = useState("");
  const refresh = useRefreshSessionWork();
  const add = useMutation({
    mutationFn: () =>
      addCommitment(room.session.id, { ownerId, text: text.trim(), dueOn: dueOn || null }),
    onSuccess: () => {
      setText("");
      setDueOn("");
      refresh();
      notifications.show({ message: "Noted. It'll be on the next session's agenda." });
    },
  });
  const fieldErrors = add.error instanceof ApiError ? add.error.fieldErrors : {};
  const canAdd = room.canWrite && room.session.status !== "cancelled";
  const members = room.members.map((m) => ({
    value: m.id,
    label: m.id === me.id ? `Me (${m.name})` : m.name,
  }));
  const noneYet = room.commitments.length === 0;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="commitments">
      <Title order={2} size="h3" id="commitments">
        Before you finish: what will each of you do before next time?
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        Every session ends with at least one commitment, even a small one. Open commitments come
        back at the start of the next session until they're done or you decide to let them go.
      </Text>
      <Stack gap="xs" mt="md">
        {room.commitments.map((c) => (
          <CommitmentRow key={c.id} commitment={c} canWrite={room.canWrite} />
        ))}
      </Stack>
      {canAdd && noneYet && (
        <Alert color="blue" variant="light" mt="md">
          No commitment yet for this session. What's one step someone will take?
        </Alert>
      )}
      {canAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) add.mutate();
          }}
        >
          <Group mt="md" align="flex-start" gap="sm">
            <Select
              label="Who"
              data={members}
              value={ownerId}
              onChange={(value) => value && setOwnerId(value)}
              allowDeselect={false}
              w={200}
            />
            <TextInput
              label="Will do what"
              placeholder="One clear next step"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={500}
              flex={1}
              miw={220}
              error={fieldErrors.text}
            />
            <TextInput
              label="By when (optional)"
              type="date"
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
              w={170}
              error={fieldErrors.dueOn}
            />
          </Group>
          {add.error && !fieldErrors.text && !fieldErrors.dueOn && (
            <Text c="red" size="sm" mt="xs" role="alert">
              {errorMessage(add.error)}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={add.isPending} disabled={text.trim() === ""}>
              Add commitment
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
