import { Button, Card, Group, Slider, Stack, Switch, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import {
  CRITERIA,
  type MatchingSettings,
  type ProgramForMatching,
  saveMatchingSettings,
} from "./api.ts";

/** Weight sliders per criterion and the hard rules, saved to the program. */
export function WeightsForm({ program }: { program: ProgramForMatching }) {
  const [settings, setSettings] = useState<MatchingSettings>(program.matching);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => saveMatchingSettings(program.slug, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["program", program.slug] }),
  });
  const career = program.kind === "career";
  const setRule = (rule: keyof MatchingSettings["rules"], value: boolean) =>
    setSettings((s) => ({ ...s, rules: { ...s.rules, [rule]: value } }));
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3">
            What makes a good match
          </Title>
          <Text c="dimmed" size="sm">
            Give more weight to what matters most for this program; 0 leaves a criterion out. Run
            matching again to see the effect before you publish.
          </Text>
        </div>
        {CRITERIA.map((criterion) => (
          <div key={criterion.key}>
            <Group justify="space-between">
              <Text fw={600} id={`weight-${criterion.key}`}>
                {criterion.label}
              </Text>
              <Text size="sm" c="dimmed">
                {settings.weights[criterion.key]}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" mb={6}>
              {criterion.help}
            </Text>
            <Slider
              min={0}
              max={20}
              step={1}
              value={settings.weights[criterion.key]}
              onChange={(value) =>
                setSettings((s) => ({ ...s, weights: { ...s.weights, [criterion.key]: value } }))
              }
              thumbProps={{ "aria-labelledby": `weight-${criterion.key}` }}
            />
          </div>
        ))}
        <Title order={3} size="h4" mt="sm">
          Rules no score can override
        </Title>
        <Switch
          label="Never pair people in the same reporting line"
          description={
            career
              ? "Always on in career programs, so people can speak freely."
              : "An on-the-job program may pair a manager and their report; both see that it is so."
          }
          checked={career || settings.rules.reportingChain}
          disabled={career}
          onChange={(e) => setRule("reportingChain", e.currentTarget.checked)}
        />
        <Switch
          label="Only pair people in the same location"
          checked={settings.rules.sameLocationRequired}
          onChange={(e) => setRule("sameLocationRequired", e.currentTarget.checked)}
        />
        <Switch
          label="Don't pair people who worked together in an earlier program"
          checked={settings.rules.notPreviousPairs}
          onChange={(e) => setRule("notPreviousPairs", e.currentTarget.checked)}
        />
        {save.error && <ErrorAlert error={save.error} />}
        <Group>
          <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
            Save settings
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="teal.8">
              Saved. The next run uses them.
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
