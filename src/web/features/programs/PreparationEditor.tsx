import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import {
  createPage,
  deletePage,
  type PreparationPage,
  preparationQuery,
  reorderPages,
  updatePage,
} from "./api.ts";
import { Markdown } from "./Markdown.tsx";
import { AUDIENCE_LABELS } from "./PreparationReader.tsx";

type Draft = Pick<PreparationPage, "title" | "body" | "audience">;
const EMPTY: Draft = { title: "", body: "", audience: "everyone" };

function PageForm({
  initial,
  onSave,
  onCancel,
  saving,
}: {
  initial: Draft;
  onSave: (draft: Draft) => void;
  onCancel: () => void;
  saving: boolean;
}) {
  const [draft, setDraft] = useState(initial);
  const [preview, setPreview] = useState(false);
  return (
    <Stack gap="xs">
      <TextInput
        label="Title"
        maxLength={120}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
      />
      <SegmentedControl
        aria-label="Who the page is for"
        data={Object.entries(AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))}
        value={draft.audience}
        onChange={(audience) => setDraft({ ...draft, audience: audience as Draft["audience"] })}
      />
      {preview ? (
        <Card withBorder padding="sm">
          <Markdown source={draft.body} />
        </Card>
      ) : (
        <Textarea
          label="Text"
          description="Plain text with a little Markdown: ## headings, - lists, **bold**, *italics*, [links](https://…)."
          autosize
          minRows={6}
          maxLength={20000}
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
        />
      )}
      <Group>
        <Button size="xs" loading={saving} onClick={() => onSave(draft)}>
          Save page
        </Button>
        <Button size="xs" variant="default" onClick={() => setPreview(!preview)}>
          {preview ? "Edit" : "Preview"}
        </Button>
        <Button size="xs" variant="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

/** The managers' view of the preparation pages: add, edit, reorder, delete. */
export function PreparationEditor({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const pages = useQuery(preparationQuery(slug));
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ["programs", slug, "preparation"] });
  const save = useMutation({
    mutationFn: ({ id, draft }: { id: string | "new"; draft: Draft }) =>
      id === "new" ? createPage(slug, draft) : updatePage(slug, id, draft),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => deletePage(slug, id),
    onSuccess: () => void refresh(),
  });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => reorderPages(slug, ids),
    onSuccess: () => void refresh(),
  });
  const list = pages.data ?? [];
  const move = (index: number, by: number) => {
    const ids = list.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    if (id) ids.splice(index + by, 0, id);
    reorder.mutate(ids);
  };
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4">
        Preparation
      </Title>
      <Text size="sm" c="dimmed">
        Short pages people read before they are matched. Each person ticks a page when they've read
        it.
      </Text>
      <Stack gap="sm" mt="sm">
        {list.map((page, i) =>
          editing === page.id ? (
            <PageForm
              key={page.id}
              initial={page}
              saving={save.isPending}
              onSave={(draft) => save.mutate({ id: page.id, draft })}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <Group key={page.id} justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text fw={500}>{page.title}</Text>
                <Badge variant="light" color="gray" size="sm">
                  {AUDIENCE_LABELS[page.audience]}
                </Badge>
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={i === 0}
                  aria-label={`Move “${page.title}” up`}
                  onClick={() => move(i, -1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={i === list.length - 1}
                  aria-label={`Move “${page.title}” down`}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Edit “${page.title}”`}
                  onClick={() => setEditing(page.id)}
                >
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete “${page.title}”`}
                  onClick={() => remove.mutate(page.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          ),
        )}
        {editing === "new" ? (
          <PageForm
            initial={EMPTY}
            saving={save.isPending}
            onSave={(draft) => save.mutate({ id: "new", draft })}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setEditing("new")}>
              Add a page
            </Button>
          </Group>
        )}
        <ErrorAlert error={pages.error ?? save.error ?? remove.error ?? reorder.error} />
      </Stack>
    </Card>
  );
}
