import { Button, Group, NativeSelect, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { kindLabels, type QuestionDraft, type QuestionKind } from "./api.ts";

const toOptions = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const isChoice = (kind: QuestionKind) => kind === "single_choice" || kind === "multiple_choice";

/** Writes or changes one enrollment question: its kind, wording, options and flags. */
export function QuestionEditor({
  initial,
  kindLocked,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: QuestionDraft;
  /** People have answered: the kind can't change any more. */
  kindLocked?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (value: QuestionDraft) => void;
  onCancel?: () => void;
}) {
  const [kind, setKind] = useState<QuestionKind>(initial.kind);
  const [prompt, setPrompt] = useState(initial.prompt);
  const [helpText, setHelpText] = useState(initial.helpText ?? "");
  const [options, setOptions] = useState(initial.options.join("\n"));
  const [required, setRequired] = useState(initial.required);
  const [usedForMatching, setUsedForMatching] = useState(initial.usedForMatching);
  const count = toOptions(options).length;
  const ready = prompt.trim() !== "" && (!isChoice(kind) || count >= 2);
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <NativeSelect
          label="Kind of answer"
          data={(Object.keys(kindLabels) as QuestionKind[]).map((value) => ({
            value,
            label: kindLabels[value],
          }))}
          value={kind}
          disabled={kindLocked}
          description={kindLocked ? "People have answered, so the kind stays." : undefined}
          onChange={(e) => setKind(e.currentTarget.value as QuestionKind)}
        />
        <TextInput
          label="Question"
          value={prompt}
          maxLength={300}
          onChange={(e) => setPrompt(e.currentTarget.value)}
        />
      </Group>
      <TextInput
        label="Help text (optional)"
        value={helpText}
        maxLength={1000}
        onChange={(e) => setHelpText(e.currentTarget.value)}
      />
      {isChoice(kind) && (
        <Textarea
          label="Options"
          description={`One per line, at least two (${count} now).`}
          autosize
          minRows={3}
          value={options}
          onChange={(e) => setOptions(e.currentTarget.value)}
        />
      )}
      {kind === "scale" && (
        <Textarea
          label="Labels for 1 and 5 (optional)"
          description="Two lines, for example “Not at all” and “Very much”; or leave empty."
          autosize
          minRows={2}
          value={options}
          onChange={(e) => setOptions(e.currentTarget.value)}
        />
      )}
      <Group>
        <Switch
          label="Required"
          checked={required}
          onChange={(e) => setRequired(e.currentTarget.checked)}
        />
        <Switch
          label="Used for matching"
          checked={usedForMatching}
          onChange={(e) => setUsedForMatching(e.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert error={error} />
      <Group gap="sm">
        <Button
          size="xs"
          loading={pending}
          disabled={!ready}
          onClick={() =>
            onSubmit({
              kind,
              prompt: prompt.trim(),
              helpText: helpText.trim() || null,
              options: kind === "short_text" || kind === "long_text" ? [] : toOptions(options),
              required,
              usedForMatching,
            })
          }
        >
          {submitLabel}
        </Button>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}
