import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../../api/client.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";

/** A goal's words: what, and how you'll know it's reached. Used to add and to edit. */
export function GoalForm({
  initial = { title: "", measure: "" },
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: { title: string; measure: string };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (value: { title: string; measure: string }) => void;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(initial.title);
  const [measure, setMeasure] = useState(initial.measure);
  const fields = error instanceof ApiError ? error.fieldErrors : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ title: title.trim(), measure: measure.trim() });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="The goal"
          description="Specific is kind: “Run our team's retrospective with confidence” rather than “Get better at meetings”."
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fields.title}
          required
        />
        <Textarea
          label="How you'll know it's reached"
          description="Something you could both see: “I've run three retros and the team asked me to keep going”."
          autosize
          minRows={2}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value)}
          error={fields.measure}
          required
        />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
