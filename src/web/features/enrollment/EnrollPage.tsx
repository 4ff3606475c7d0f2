import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AnswerField } from "./AnswerField.tsx";
import {
  type AnswerValue,
  type EnrollmentForm,
  enrollmentFormQuery,
  saveEnrollment,
  statusLabels,
  withdrawEnrollment,
} from "./api.ts";
import { BackToProgram } from "./BackToProgram.tsx";
import { ProfileSummary } from "./ProfileSummary.tsx";

/** /programs/$slug/enroll: a person enrols in a program, or changes or withdraws their enrollment. */
export function EnrollPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/enroll" });
  const form = useQuery(enrollmentFormQuery(slug));
  usePageTitle(form.data ? `Enrol in ${form.data.program.name}` : "Enrol");
  return (
    <Stack gap="lg" maw={820}>
      <BackToProgram slug={slug} name={form.data?.program.name} />
      {form.isPending && <Skeleton h={300} />}
      <ErrorAlert error={form.error} />
      {form.data && <EnrollmentEditor key={form.dataUpdatedAt} slug={slug} form={form.data} />}
    </Stack>
  );
}

function EnrollmentEditor({ slug, form }: { slug: string; form: EnrollmentForm }) {
  const queryClient = useQueryClient();
  const { program, enrollment } = form;
  const both = program.roles === "everyone_both";
  const [asMentee, setAsMentee] = useState(enrollment?.asMentee ?? !form.profile.openToMentor);
  const [asMentor, setAsMentor] = useState(enrollment?.asMentor ?? form.profile.openToMentor);
  const [capacity, setCapacity] = useState<number>(
    enrollment?.mentorCapacity ?? Math.max(1, form.profile.mentorCapacity),
  );
  const [answers, setAnswers] = useState<Record<string, AnswerValue | null>>(() =>
    Object.fromEntries((enrollment?.answers ?? []).map((a) => [a.questionId, a.value])),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["enrollment-form", slug] });
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      saveEnrollment(slug, {
        asMentee: both || asMentee,
        asMentor: both || asMentor,
        ...((both || asMentor) && capacity >= 1 ? { mentorCapacity: capacity } : {}),
        answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
        submit,
      }),
    onSuccess: (result) => {
      notifications.show({
        message:
          result.status === "submitted"
            ? `You're enrolled in ${program.name}. Thank you!`
            : "Your draft is saved. Come back any time to finish.",
      });
      void refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawEnrollment(slug),
    onSuccess: () => {
      notifications.show({ message: `You've withdrawn from ${program.name}.` });
      void refresh();
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const sent = enrollment?.status === "submitted";
  const disabled = !form.canEnrol;

  return (
    <>
      <div>
        <Group gap="sm" align="center">
          <Title order={1}>{program.name}</Title>
          {enrollment && (
            <Badge variant="light" color={sent ? "teal" : "gray"}>
              {statusLabels[enrollment.status]}
            </Badge>
          )}
        </Group>
        {program.description && (
          <Text c="dimmed" mt={6}>
            {program.description}
          </Text>
        )}
        {program.enrollmentClosesAt && form.canEnrol && (
          <Text size="sm" mt={6}>
            Enrollment is open until {formatDate(program.enrollmentClosesAt)}.
          </Text>
        )}
      </div>
      {form.reason && (
        <Alert color="yellow" title="Enrollment isn't open to you right now">
          {form.reason}
        </Alert>
      )}
      <ProfileSummary profile={form.profile} />

      <Card withBorder component="section" aria-labelledby="roles-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="roles-heading">
            How you'd like to take part
          </Title>
          {both ? (
            <Text size="sm">
              In this program everyone is both: you'll learn from a colleague and share what you
              know in turn.
            </Text>
          ) : (
            <Group>
              <Checkbox
                label="As a mentee: I'd like to learn from someone"
                checked={asMentee}
                disabled={disabled}
                onChange={(e) => setAsMentee(e.currentTarget.checked)}
              />
              <Checkbox
                label="As a mentor: I'd like to help someone grow"
                checked={asMentor}
                disabled={disabled}
                onChange={(e) => setAsMentor(e.currentTarget.checked)}
              />
            </Group>
          )}
          {fieldErrors.roles && (
            <Text size="sm" c="red">
              {fieldErrors.roles}
            </Text>
          )}
          {(both || asMentor) && (
            <NumberInput
              label="How many people could you mentor at once?"
              description="From your profile; change it for this program if you like."
              min={1}
              max={20}
              maw={260}
              value={capacity}
              disabled={disabled}
              onChange={(value) => setCapacity(typeof value === "number" ? value : 1)}
            />
          )}
        </Stack>
      </Card>

      {form.questions.length > 0 && (
        <Card withBorder component="section" aria-labelledby="questions-heading">
          <Stack gap="md">
            <Title order={2} size="h4" id="questions-heading">
              A few questions from the program
            </Title>
            {form.questions.map((question) => (
              <AnswerField
                key={question.id}
                question={question}
                value={answers[question.id] ?? undefined}
                error={fieldErrors[question.id]}
                disabled={disabled}
                onChange={(value) => setAnswers((all) => ({ ...all, [question.id]: value }))}
              />
            ))}
          </Stack>
        </Card>
      )}

      <ErrorAlert error={save.error ?? withdraw.error} />
      <Group>
        {!disabled && (
          <>
            <Button loading={save.isPending && save.variables} onClick={() => save.mutate(true)}>
              {sent ? "Save changes" : "Send my enrollment"}
            </Button>
            {!sent && (
              <Button
                variant="default"
                loading={save.isPending && !save.variables}
                onClick={() => save.mutate(false)}
              >
                Save as draft
              </Button>
            )}
          </>
        )}
        {form.canWithdraw && (
          <Button
            variant="subtle"
            color="red"
            loading={withdraw.isPending}
            onClick={() => {
              if (
                window.confirm(
                  `Withdraw from ${program.name}? You can enrol again while it's open.`,
                )
              )
                withdraw.mutate();
            }}
          >
            Withdraw
          </Button>
        )}
      </Group>
    </>
  );
}
