import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { mergeSkills, type SkillSummary } from "./api.ts";
import { SkillPicker } from "./SkillPicker.tsx";

function Chosen({
  label,
  skill,
  onChange,
}: {
  label: string;
  skill: SkillSummary;
  onChange: () => void;
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Group justify="space-between">
        <Text fw={600}>{skill.name}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onChange}>
          Change
        </Button>
      </Group>
    </Paper>
  );
}

/** Two skills that mean the same: everything moves to the one kept, the other goes. */
export function MergeSkillsForm() {
  const queryClient = useQueryClient();
  const [duplicate, setDuplicate] = useState<SkillSummary | null>(null);
  const [kept, setKept] = useState<SkillSummary | null>(null);
  const merge = useMutation({
    mutationFn: () => mergeSkills(duplicate?.id ?? "", kept?.id ?? ""),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ["skills"] });
      await queryClient.invalidateQueries({ queryKey: ["person-skills"] });
      notifications.show({
        message: `Merged: “${duplicate?.name}” is now a synonym of “${result.name}”.`,
      });
      setDuplicate(null);
      setKept(null);
    },
  });
  const chosen = [duplicate?.id, kept?.id].filter((id): id is string => Boolean(id));
  return (
    <Stack maw={560}>
      <div>
        <Title order={2} size="h3">
          Merge two skills
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          When two skills mean the same thing, keep one. Everyone who offers or wants the other gets
          the kept one instead (someone who had both keeps the higher level and priority), and its
          name and synonyms lead to the kept skill from then on.
        </Text>
      </div>
      {duplicate ? (
        <Chosen label="Merge away" skill={duplicate} onChange={() => setDuplicate(null)} />
      ) : (
        <SkillPicker
          label="The duplicate to merge away"
          allowPropose={false}
          placeholder="Search the skills"
          exclude={chosen}
          onPick={setDuplicate}
        />
      )}
      {kept ? (
        <Chosen label="Keep" skill={kept} onChange={() => setKept(null)} />
      ) : (
        <SkillPicker
          label="The skill to keep"
          allowPropose={false}
          placeholder="Search the skills"
          exclude={chosen}
          onPick={setKept}
        />
      )}
      <ErrorAlert error={merge.error} />
      <Group>
        <Button
          disabled={!duplicate || !kept}
          loading={merge.isPending}
          onClick={() => {
            if (
              duplicate &&
              kept &&
              window.confirm(`Merge “${duplicate.name}” into “${kept.name}”? This can't be undone.`)
            ) {
              merge.mutate();
            }
          }}
        >
          Merge
        </Button>
      </Group>
    </Stack>
  );
}
