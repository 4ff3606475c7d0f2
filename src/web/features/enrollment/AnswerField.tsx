import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { AnswerValue, EnrollmentQuestion } from "./api.ts";

/** One question of a program's enrollment form, as the input its kind calls for. */
export function AnswerField({
  question,
  value,
  error,
  disabled,
  onChange,
}: {
  question: EnrollmentQuestion;
  value: AnswerValue | undefined;
  error?: string;
  disabled?: boolean;
  onChange: (value: AnswerValue | null) => void;
}) {
  const common = {
    label: question.prompt,
    description: question.helpText ?? undefined,
    withAsterisk: question.required,
    error,
    disabled,
  };
  switch (question.kind) {
    case "short_text":
      return (
        <TextInput
          {...common}
          maxLength={300}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "long_text":
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxLength={5000}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "single_choice":
      return (
        <Radio.Group
          {...common}
          value={typeof value === "string" ? value : null}
          onChange={(next) => onChange(next)}
        >
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Radio key={option} value={option} label={option} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "multiple_choice":
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? value : []}
          onChange={(next) => onChange(next)}
        >
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Checkbox key={option} value={option} label={option} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "scale": {
      const [low, high] = question.options;
      return (
        <Radio.Group
          {...common}
          value={typeof value === "number" ? String(value) : null}
          onChange={(next) => onChange(Number(next))}
        >
          <Group gap="md" mt={6} align="center">
            {low && (
              <Text size="sm" c="dimmed">
                {low}
              </Text>
            )}
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio key={n} value={String(n)} label={String(n)} disabled={disabled} />
            ))}
            {high && (
              <Text size="sm" c="dimmed">
                {high}
              </Text>
            )}
          </Group>
        </Radio.Group>
      );
    }
  }
}
