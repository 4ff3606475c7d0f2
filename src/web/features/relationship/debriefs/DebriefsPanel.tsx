import {
  Alert,
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
import { errorMessage } from "../../../api/client.ts";
import { formatDate } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../../ui/fieldErrors.ts";
import type { PanelProps } from "../RelationshipPage.tsx";
import { addDebrief, type Debrief, deleteDebrief, myDebriefsQuery, updateDebrief } from "./api.ts";

type Sharing = "private" | "shared";

/** Who reads what: said once, beside the choice, in plain words. */
function SharingChoice({
  value,
  onChange,
  name,
}: {
  value: Sharing;
  onChange: (value: Sharing) => void;
  name: string;
}) {
  return (
    <Radio.Group
      name={name}
      label="Who can read it?"
      value={value}
      onChange={(v) => onChange(v as Sharing)}
    >
      <Stack gap="xs" mt={6}>
        <Radio
          value="private"
          label="Keep it private"
          description="Only you. Not the other person, not your manager, not the program's managers."
        />
        <Radio
          value="shared"
          label="Share anonymously with the program's learning log"
          description="The program's managers read the words and the month, never your name or who you work with. They see the log only once at least three people have shared. You can take it back at any time."
        />
      </Stack>
    </Radio.Group>
  );
}

/** "What I learned": a line or two every few sessions, mine alone unless I share it. */
export function DebriefsPanel({ relationship }: PanelProps) {
  const query = useQuery(myDebriefsQuery(relationship.id));
  const queryClient = useQueryClient();
  const [learned, setLearned] = useState("");
  const [sharing, setSharing] = useState<Sharing>("private");
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: myDebriefsQuery(relationship.id).queryKey });
  const add = useMutation({
    mutationFn: () =>
      addDebrief(relationship.id, { learned, sharedWithProgram: sharing === "shared" }),
    onSuccess: () => {
      setLearned("");
      setSharing("private");
      notifications.show({ message: "Saved. Nice reflection." });
      void refresh();
    },
  });

  if (query.isPending) return <Skeleton h={160} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const data = query.data;
  const fields = fieldErrorsOf(add.error);

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={2} size="h3">
          What I learned
        </Title>
        <Text c="dimmed" mt={4}>
          Every few sessions, capture in a line or two what you've learned. It's yours: private,
          unless you choose to share it anonymously with the program.
        </Text>
      </div>

      {data.due && data.canWrite && (
        <Alert color="mutual" title="A good moment to pause">
          {data.debriefs.length === 0
            ? `You've had ${data.everySessions} sessions or more together.`
            : `You've had ${data.everySessions} sessions or more since your last note here.`}{" "}
          What's one thing you've learned?
        </Alert>
      )}

      {data.canWrite ? (
        <Card withBorder padding="md" radius="md">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate();
            }}
          >
            <Stack gap="sm">
              <Textarea
                label="What did you learn?"
                description="One or two lines, up to 280 characters. Leave out names: it reads best as a lesson anyone could use."
                placeholder="Asking what they've already tried saves us both time."
                value={learned}
                onChange={(event) => setLearned(event.currentTarget.value)}
                maxLength={280}
                autosize
                minRows={2}
                maxRows={3}
                error={fields.learned}
                required
              />
              <SharingChoice value={sharing} onChange={setSharing} name="new-debrief-sharing" />
              <ErrorAlert error={formLevelError(add.error, ["learned"])} />
              <Group>
                <Button type="submit" loading={add.isPending} disabled={learned.trim() === ""}>
                  Save
                </Button>
              </Group>
              {data.openUntil && (
                <Text size="sm" c="dimmed">
                  This relationship has closed. You can still add what you learned until{" "}
                  {formatDate(data.openUntil)}: reflection often comes afterwards.
                </Text>
              )}
            </Stack>
          </form>
        </Card>
      ) : (
        <Text c="dimmed">
          {relationship.status === "ended"
            ? "This relationship closed a while ago, so no new notes can be added. What you wrote stays here for you."
            : "Once your relationship has started, you can write down what you learn here."}
        </Text>
      )}

      <Stack gap="sm">
        <Title order={3} size="h4">
          Your notes so far
        </Title>
        {data.debriefs.length === 0 && <Text c="dimmed">Nothing yet.</Text>}
        {data.debriefs.map((debrief) => (
          <DebriefRow
            key={debrief.id}
            debrief={debrief}
            canEdit={data.canWrite}
            onChanged={refresh}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function DebriefRow({
  debrief,
  canEdit,
  onChanged,
}: {
  debrief: Debrief;
  canEdit: boolean;
  onChanged: () => unknown;
}) {
  const [editing, setEditing] = useState(false);
  const [learned, setLearned] = useState(debrief.learned);
  const [sharing, setSharing] = useState<Sharing>(debrief.sharedWithProgram ? "shared" : "private");
  const save = useMutation({
    mutationFn: (body: { learned?: string; sharedWithProgram?: boolean }) =>
      updateDebrief(debrief.id, body),
    onSuccess: () => {
      setEditing(false);
      void onChanged();
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: () => deleteDebrief(debrief.id),
    onSuccess: () => {
      notifications.show({ message: "Deleted." });
      void onChanged();
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });

  if (editing) {
    return (
      <Card withBorder padding="md" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ learned, sharedWithProgram: sharing === "shared" });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label="What you learned"
              value={learned}
              onChange={(event) => setLearned(event.currentTarget.value)}
              maxLength={280}
              autosize
              minRows={2}
              maxRows={3}
              error={fieldErrorsOf(save.error).learned}
            />
            <SharingChoice value={sharing} onChange={setSharing} name={`sharing-${debrief.id}`} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save changes
              </Button>
              <Button variant="subtle" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    );
  }

  return (
    <Card withBorder padding="md" radius="md">
      <Text style={{ whiteSpace: "pre-line" }}>{debrief.learned}</Text>
      <Group justify="space-between" mt="xs" wrap="wrap">
        <Text size="xs" c="dimmed">
          {formatDate(debrief.createdAt)} ·{" "}
          {debrief.sharedWithProgram
            ? "Shared anonymously with the program's learning log"
            : "Private: only you can read it"}
        </Text>
        <Group gap="xs">
          {(canEdit || debrief.sharedWithProgram) && (
            <Button
              size="xs"
              variant="default"
              loading={save.isPending}
              onClick={() => save.mutate({ sharedWithProgram: !debrief.sharedWithProgram })}
            >
              {debrief.sharedWithProgram ? "Make it private" : "Share anonymously"}
            </Button>
          )}
          {canEdit && (
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                // Start from the note as it is now (sharing may have changed since).
                setLearned(debrief.learned);
                setSharing(debrief.sharedWithProgram ? "shared" : "private");
                setEditing(true);
              }}
            >
              Edit
            </Button>
          )}
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm("Delete this note? It can't be brought back.")) remove.mutate();
            }}
          >
            Delete
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
