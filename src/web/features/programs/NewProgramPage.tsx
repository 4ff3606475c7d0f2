import {
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { recommendProgram } from "../../../modules/programs/recommend.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf } from "../../ui/fieldErrors.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { createProgram } from "./api.ts";
import { cadenceText, FORMAT_LABELS, MODE_LABELS, PURPOSE_LABELS, ROLES_LABELS } from "./labels.ts";
import {
  type ChosenSettings,
  SettingsFields,
  settingsFromRecommendation,
} from "./SettingsFields.tsx";
import {
  type AnswersDraft,
  AudienceStep,
  completeAnswers,
  emptyAnswers,
  LearningTodayStep,
  NeedStep,
} from "./WizardQuestions.tsx";

const STEPS = [
  "The need",
  "How people learn today",
  "Who it is for",
  "Our recommendation",
  "Review and create",
];

/** /programs/new: design a program from a need, with a recommendation and its reasons. */
export function NewProgramPage() {
  usePageTitle("New program");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<AnswersDraft>(emptyAnswers);
  const [settings, setSettings] = useState<ChosenSettings | null>(null);
  const [settingsFor, setSettingsFor] = useState("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [addPreparation, setAddPreparation] = useState(true);
  const complete = completeAnswers(answers);
  const recommendation = useMemo(() => (complete ? recommendProgram(complete) : null), [complete]);
  const answersKey = JSON.stringify(complete);

  const canContinue = [
    Boolean(answers.category),
    Boolean(answers.knowledgeSharing && answers.leadersModel),
    Boolean(complete),
    Boolean(settings),
    name.trim().length >= 2,
  ][step];

  const goTo = (next: number) => {
    if (next === 3 && recommendation && settingsFor !== answersKey) {
      setSettings(settingsFromRecommendation(recommendation));
      setSettingsFor(answersKey);
    }
    setStep(next);
  };

  const create = useMutation({
    mutationFn: () => {
      if (!complete || !settings) throw new Error("The wizard isn't finished yet.");
      return createProgram({
        name: name.trim(),
        description: description.trim() || null,
        ...settings,
        needsAnalysis: complete,
        addDefaultPreparation: addPreparation,
      } as Parameters<typeof createProgram>[0]);
    },
    onSuccess: async ({ slug }) => {
      await queryClient.invalidateQueries({ queryKey: ["programs"] });
      await navigate({ to: "/programs/$slug", params: { slug } });
    },
  });
  const nameError = fieldErrorsOf(create.error).name;

  const change = (next: Partial<AnswersDraft>) => setAnswers((a) => ({ ...a, ...next }));
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>Design a new program</Title>
        <Text c="dimmed">
          A few questions about what you need. We'll suggest a design, with our reasons, and you
          decide.
        </Text>
      </div>
      <Stepper
        active={step}
        onStepClick={(s) => s < step && goTo(s)}
        size="sm"
        allowNextStepsSelect={false}
      >
        {STEPS.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>
      <Card withBorder padding="lg">
        {step === 0 && <NeedStep answers={answers} onChange={change} />}
        {step === 1 && <LearningTodayStep answers={answers} onChange={change} />}
        {step === 2 && <AudienceStep answers={answers} onChange={change} />}
        {step === 3 && recommendation && settings && (
          <Stack>
            <Text>
              Here is what we suggest, and why. Change anything that doesn't fit: you know your
              organization best.
            </Text>
            <Card withBorder padding="md">
              <Group gap="xs" mb={4}>
                <IconBulb aria-hidden size={20} />
                <Text fw={600}>Our suggestion</Text>
              </Group>
              <Stack gap={4}>
                <Text size="sm">
                  <strong>{FORMAT_LABELS[recommendation.format.value]}</strong> —{" "}
                  {recommendation.format.reason}
                </Text>
                <Text size="sm">
                  Mentors take up to <strong>{recommendation.capacity.value}</strong> at once —{" "}
                  {recommendation.capacity.reason}
                </Text>
              </Stack>
            </Card>
            {recommendation.notes.length > 0 && (
              <Card withBorder padding="md">
                <Text fw={600} mb={4}>
                  Worth doing around the program
                </Text>
                <List size="sm" spacing={4}>
                  {recommendation.notes.map((note) => (
                    <List.Item key={note}>{note}</List.Item>
                  ))}
                </List>
              </Card>
            )}
            <SettingsFields value={settings} onChange={setSettings} reasons={recommendation} />
          </Stack>
        )}
        {step === 4 && settings && (
          <Stack>
            <TextInput
              label="Program name"
              placeholder="For example: Grow together 2026"
              required
              maxLength={120}
              value={name}
              error={nameError}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Textarea
              label="A short description people will see"
              autosize
              minRows={2}
              maxLength={5000}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <Text size="sm">
              {PURPOSE_LABELS[settings.purpose]} · {FORMAT_LABELS[settings.format]} ·{" "}
              {ROLES_LABELS[settings.roles]} · {settings.durationMonths} months, meeting{" "}
              {cadenceText(settings.cadenceMinWeeks, settings.cadenceMaxWeeks)} ·{" "}
              {MODE_LABELS[settings.matching.mode]}
            </Text>
            <Checkbox
              label="Start with our three preparation pages (being a good mentee, being a good mentor, who does what). You can edit them."
              checked={addPreparation}
              onChange={(e) => setAddPreparation(e.currentTarget.checked)}
            />
            <Text size="sm" c="dimmed">
              The program starts as a draft that only you and other managers can see. Open
              enrollment when you're ready.
            </Text>
            <ErrorAlert error={nameError ? null : create.error} />
          </Stack>
        )}
      </Card>
      <Group justify="space-between">
        <Button variant="default" disabled={step === 0} onClick={() => goTo(step - 1)}>
          Back
        </Button>
        {step < 4 ? (
          <Button disabled={!canContinue} onClick={() => goTo(step + 1)}>
            Continue
          </Button>
        ) : (
          <Button
            disabled={!canContinue}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            Create the program
          </Button>
        )}
      </Group>
    </Stack>
  );
}
