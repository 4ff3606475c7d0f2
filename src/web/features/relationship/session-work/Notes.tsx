import { Alert, Button, Card, Group, Paper, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLock } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError, errorMessage } from "../../../api/client.ts";
import { formatDateTime } from "../../../ui/dates.ts";
import { type SharedNote, savePersonalNote, saveSharedNote } from "./api.ts";
import { useRefreshSessionWork } from "./CommitmentRow.tsx";
import { mergeNotes } from "./merge-notes.ts";

const NOTE_MAX = 20_000;

/**
 * The notes you keep together. Saving goes over the version you started from; if someone saved
 * in between, nothing is lost: you see their version and choose how to bring both together.
 */
export function SharedNotes({
  sessionId,
  note,
  canWrite,
}: {
  sessionId: string;
  note: SharedNote;
  canWrite: boolean;
}) {
  const [base, setBase] = useState(note);
  const [draft, setDraft] = useState(note.body);
  const [conflict, setConflict] = useState<SharedNote | null>(null);
  const dirty = draft !== base.body;
  const refresh = useRefreshSessionWork();

  // A newer version from the server replaces what's shown, unless you are mid-edit.
  useEffect(() => {
    if (note.version !== base.version && !dirty) {
      setBase(note);
      setDraft(note.body);
    }
  }, [note, base.version, dirty]);

  const save = useMutation({
    mutationFn: (over: { body: string; version: number }) => saveSharedNote(sessionId, over),
    onSuccess: ({ sharedNote }) => {
      setBase(sharedNote);
      setDraft(sharedNote.body);
      setConflict(null);
      refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.details) {
        setConflict(error.details as SharedNote);
      } else {
        notifications.show({ color: "red", message: errorMessage(error) });
      }
    },
  });
  const adopt = (theirs: SharedNote, body: string) => {
    setBase(theirs);
    setDraft(body);
    setConflict(null);
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="shared-notes">
      <Title order={2} size="h3" id="shared-notes">
        Our notes
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        Shared by the people in this relationship, and nobody else.
      </Text>
      {conflict && (
        <Alert color="yellow" mt="md" title="These notes changed while you were writing">
          <Text size="sm">
            {conflict.updatedBy?.name ?? "Someone"} saved a newer version
            {conflict.updatedAt ? ` at ${formatDateTime(conflict.updatedAt)}` : ""}. Your words are
            still here; choose how to bring the two together.
          </Text>
          <Paper withBorder p="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text size="sm">{conflict.body || "(empty)"}</Text>
          </Paper>
          <Group gap="xs" mt="sm">
            <Button size="xs" onClick={() => adopt(conflict, mergeNotes(conflict.body, draft))}>
              Put my words below theirs
            </Button>
            <Button size="xs" variant="default" onClick={() => adopt(conflict, conflict.body)}>
              Use their version
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => save.mutate({ body: draft, version: conflict.version })}
            >
              Replace theirs with mine
            </Button>
          </Group>
        </Alert>
      )}
      <Textarea
        mt="md"
        label="Shared notes for this session"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        autosize
        minRows={5}
        maxRows={20}
        maxLength={NOTE_MAX}
        readOnly={!canWrite}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed" aria-live="polite">
          {dirty
            ? "Not saved yet"
            : base.updatedAt
              ? `Saved · last edited by ${base.updatedBy?.name ?? "someone"}, ${formatDateTime(base.updatedAt)}`
              : "Nobody has written here yet."}
        </Text>
        {canWrite && (
          <Button
            size="sm"
            onClick={() => save.mutate({ body: draft, version: base.version })}
            loading={save.isPending}
            disabled={!dirty || conflict !== null}
          >
            Save notes
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** Notes for me alone: the other people in the relationship never see them. */
export function PrivateNotes({
  sessionId,
  note,
  canWrite,
}: {
  sessionId: string;
  note: { body: string; updatedAt: string | null };
  canWrite: boolean;
}) {
  const [saved, setSaved] = useState(note);
  const [draft, setDraft] = useState(note.body);
  const dirty = draft !== saved.body;
  const save = useMutation({
    mutationFn: () => savePersonalNote(sessionId, draft),
    onSuccess: ({ myNote }) => setSaved(myNote),
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="private-notes">
      <Group gap="xs">
        <IconLock size={18} aria-hidden="true" />
        <Title order={2} size="h3" id="private-notes">
          My private notes — only you can see these
        </Title>
      </Group>
      <Textarea
        mt="md"
        label="Private notes (only you can see these)"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={15}
        maxLength={NOTE_MAX}
        readOnly={!canWrite}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed" aria-live="polite">
          {dirty
            ? "Not saved yet"
            : saved.updatedAt
              ? `Saved ${formatDateTime(saved.updatedAt)}`
              : "Just for you."}
        </Text>
        {canWrite && (
          <Button
            size="sm"
            variant="light"
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!dirty}
          >
            Save my notes
          </Button>
        )}
      </Group>
    </Card>
  );
}
