import { Accordion, Badge, Card, Checkbox, Group, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { markDone, type PreparationPage, preparationQuery } from "./api.ts";
import { Markdown } from "./Markdown.tsx";

export const AUDIENCE_LABELS: Record<PreparationPage["audience"], string> = {
  everyone: "For everyone",
  mentors: "For mentors",
  mentees: "For mentees",
};

/** Ticks at once; the server's answer follows (and wins if it differs). */
function DoneCheckbox({ done, onChange }: { done: boolean; onChange: (done: boolean) => void }) {
  const [checked, setChecked] = useState(done);
  useEffect(() => setChecked(done), [done]);
  return (
    <Checkbox
      mt="sm"
      label="I've read this"
      checked={checked}
      onChange={(e) => {
        setChecked(e.currentTarget.checked);
        onChange(e.currentTarget.checked);
      }}
    />
  );
}

/** Preparation pages to read before matching, each with a "done" tick. */
export function PreparationReader({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const pages = useQuery(preparationQuery(slug));
  const tick = useMutation({
    mutationFn: ({ pageId, done }: { pageId: string; done: boolean }) =>
      markDone(slug, pageId, done),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ["programs", slug, "preparation"] }),
  });
  if (!pages.data || pages.data.length === 0) return <ErrorAlert error={pages.error} />;
  const done = pages.data.filter((p) => p.done).length;
  return (
    <Card withBorder padding="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Before you start
        </Title>
        <Text size="sm" c="dimmed">
          {done} of {pages.data.length} read
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        A few short pages to help you make the most of mentoring. Tick each one when you've read it.
      </Text>
      <Accordion mt="sm" variant="separated">
        {pages.data.map((page) => (
          <Accordion.Item key={page.id} value={page.id}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={500}>{page.title}</Text>
                <Badge variant="light" color="gray" size="sm">
                  {AUDIENCE_LABELS[page.audience]}
                </Badge>
                {page.done && (
                  <Badge variant="light" color="mutual" size="sm">
                    Done
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Markdown source={page.body} />
              <DoneCheckbox
                done={page.done}
                onChange={(done) => tick.mutate({ pageId: page.id, done })}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <ErrorAlert error={tick.error} />
    </Card>
  );
}
