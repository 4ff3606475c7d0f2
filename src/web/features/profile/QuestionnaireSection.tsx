import { Button, Radio, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { myQuestionnaireQuery, saveAnswers } from "./api.ts";
import { SaveState } from "./SaveState.tsx";
import { WhoCanSee } from "./WhoCanSee.tsx";

/**
 * "Work style and values": one answer per question. The answers are the person's own: no one
 * else sees them; matching uses them to suggest people who work in a compatible way.
 */
export function QuestionnaireSection() {
  const queryClient = useQueryClient();
  const questionnaire = useQuery(myQuestionnaireQuery);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<Record<string, number>>({});
  useEffect(() => {
    if (questionnaire.data) {
      setAnswers(questionnaire.data.answers);
      setSaved(questionnaire.data.answers);
    }
  }, [questionnaire.data]);

  const save = useMutation({
    mutationFn: () =>
      saveAnswers(
        (questionnaire.data?.questions ?? []).map((q) => ({
          questionId: q.id,
          option: answers[q.id] ?? null,
        })),
      ),
    onSuccess: (result) => queryClient.setQueryData(myQuestionnaireQuery.queryKey, result),
  });
  const dirty = JSON.stringify(answers) !== JSON.stringify(saved);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="questionnaire-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="questionnaire-heading">
            Work style and values
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            A few quick questions about how you like to work and learn. People who work in
            compatible ways tend to get more from mentoring together. Answer as many as you like;
            there are no right answers.
          </Text>
          <WhoCanSee private>
            only you. Nobody else, administrators included, can read your answers; matching uses
            them to suggest people who work in a compatible way.
          </WhoCanSee>
        </div>
        {questionnaire.isPending && <Skeleton h={120} />}
        <ErrorAlert error={questionnaire.error ?? save.error} />
        {questionnaire.data?.questions.length === 0 && (
          <Text size="sm" c="dimmed">
            Your organization hasn't set any questions yet.
          </Text>
        )}
        {questionnaire.data?.questions.map((question) => (
          <Stack key={question.id} gap={4}>
            <Radio.Group
              label={question.prompt}
              value={answers[question.id] === undefined ? null : String(answers[question.id])}
              onChange={(value) =>
                setAnswers((current) => ({ ...current, [question.id]: Number(value) }))
              }
            >
              <Stack gap={6} mt={6}>
                {question.options.map((option, index) => (
                  <Radio key={option} value={String(index)} label={option} />
                ))}
              </Stack>
            </Radio.Group>
            {answers[question.id] !== undefined && (
              <Button
                variant="subtle"
                size="compact-xs"
                w="fit-content"
                aria-label={`Clear answer to “${question.prompt}”`}
                onClick={() => setAnswers(({ [question.id]: _cleared, ...rest }) => rest)}
              >
                Clear answer
              </Button>
            )}
          </Stack>
        ))}
        {(questionnaire.data?.questions.length ?? 0) > 0 && (
          <SaveState
            label="Save answers"
            dirty={dirty}
            pending={save.isPending}
            saved={save.isSuccess}
          />
        )}
      </Stack>
    </form>
  );
}
