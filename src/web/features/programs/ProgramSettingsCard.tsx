import { Button, Card, Group, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { type Program, updateProgram } from "./api.ts";
import { type ChosenSettings, SettingsFields } from "./SettingsFields.tsx";
import { dateOnly, fromDateOnly, type WhoAndWhen, WhoAndWhenFields } from "./WhoAndWhenFields.tsx";

const whoAndWhenOf = (p: Program): WhoAndWhen => ({
  eligibility: p.eligibility,
  opens: dateOnly(p.enrollmentOpensAt),
  closes: dateOnly(p.enrollmentClosesAt),
});

const settingsOf = (p: Program): ChosenSettings => ({
  purpose: p.purpose,
  format: p.format,
  roles: p.roles,
  kind: p.kind,
  durationMonths: p.durationMonths,
  cadenceMinWeeks: p.cadenceMinWeeks,
  cadenceMaxWeeks: p.cadenceMaxWeeks,
  measures: p.measures,
  matching: p.matching,
  preparationRequired: p.preparationRequired,
});

/** The program's settings, editable by its managers (until it closes). */
export function ProgramSettingsCard({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(program.name);
  const [description, setDescription] = useState(program.description ?? "");
  const [settings, setSettings] = useState(() => settingsOf(program));
  const [whoAndWhen, setWhoAndWhen] = useState(() => whoAndWhenOf(program));
  const save = useMutation({
    mutationFn: () =>
      updateProgram(program.slug, {
        name: name.trim(),
        description: description.trim() || null,
        ...settings,
        eligibility: whoAndWhen.eligibility,
        enrollmentOpensAt: fromDateOnly(whoAndWhen.opens),
        enrollmentClosesAt: fromDateOnly(whoAndWhen.closes),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(["programs", program.slug], updated);
      void queryClient.invalidateQueries({ queryKey: ["programs"] });
      notifications.show({ message: "Settings saved." });
      setEditing(false);
    },
  });
  const reset = () => {
    setName(program.name);
    setDescription(program.description ?? "");
    setSettings(settingsOf(program));
    setWhoAndWhen(whoAndWhenOf(program));
    setEditing(false);
  };
  return (
    <Card withBorder padding="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Settings
        </Title>
        {!editing && program.state !== "closed" && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            Change settings
          </Button>
        )}
      </Group>
      {editing && (
        <Stack mt="sm">
          <TextInput
            label="Program name"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <WhoAndWhenFields value={whoAndWhen} onChange={setWhoAndWhen} />
          <SettingsFields
            value={settings}
            onChange={setSettings}
            reasons={program.recommendation}
            shapeLocked={!["draft", "enrolling"].includes(program.state)}
          />
          <ErrorAlert error={save.error} />
          <Group>
            <Button loading={save.isPending} onClick={() => save.mutate()}>
              Save settings
            </Button>
            <Button variant="default" onClick={reset}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
