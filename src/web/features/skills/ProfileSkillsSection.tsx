import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { WhoCanSee } from "../profile/WhoCanSee.tsx";
import {
  levelLabels,
  type PersonSkills,
  personSkillsQuery,
  priorityLabels,
  removePersonSkill,
  type SkillSummary,
  setOfferedSkill,
  setWantedSkill,
} from "./api.ts";
import { PersonSkillsList } from "./PersonSkillsList.tsx";
import { applySkillChange, byName, type PersonSkillChange } from "./person-skill-changes.ts";
import { SkillPicker } from "./SkillPicker.tsx";

const levelOptions = Object.entries(levelLabels).map(([value, label]) => ({
  value,
  label: `${value} · ${label}`,
}));
const priorityOptions = Object.entries(priorityLabels).map(([value, label]) => ({ value, label }));

/**
 * A person's skills: what they offer (level, whether they'd teach it) and what they want to learn
 * (priority). Editable on one's own profile; `readOnly` where colleagues look (a person's page).
 */
export function ProfileSkillsSection({
  personId,
  readOnly = false,
}: {
  personId: string;
  readOnly?: boolean;
}) {
  const skills = useQuery(personSkillsQuery(personId));
  if (skills.isPending) return <Skeleton h={160} />;
  if (skills.isError) return <ErrorAlert error={skills.error} />;
  if (readOnly) {
    return (
      <Card component="section" aria-labelledby="person-skills-heading">
        <Title order={2} size="h3" id="person-skills-heading" mb="sm">
          Skills
        </Title>
        <PersonSkillsList skills={skills.data} />
      </Card>
    );
  }
  return <SkillsEditor personId={personId} skills={skills.data} />;
}

function SkillsEditor({ personId, skills }: { personId: string; skills: PersonSkills }) {
  const queryClient = useQueryClient();
  const key = personSkillsQuery(personId).queryKey;
  const mutationKey = ["person-skills", personId, "change"];
  // What the editor shows: each change at once, before the server has it. Changes go to the
  // server one after another (one scope); the server's answer is shown once no change is left
  // in flight, so a slow answer can't undo a later change, and a refused one reloads the truth.
  const [shown, setShown] = useState(skills);
  const inFlight = useIsMutating({ mutationKey });
  useEffect(() => {
    if (inFlight === 0) setShown(skills);
  }, [skills, inFlight]);
  const change = useMutation({
    mutationKey,
    scope: { id: `person-skills-${personId}` },
    mutationFn: (change: PersonSkillChange) =>
      "remove" in change
        ? removePersonSkill(personId, change.list, change.skill.id)
        : change.list === "offered"
          ? setOfferedSkill(personId, change.skill.id, {
              level: change.level,
              canTeach: change.canTeach,
            })
          : setWantedSkill(personId, change.skill.id, { priority: change.priority }),
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
    onSuccess: (result) => {
      if (result && queryClient.isMutating({ mutationKey }) <= 1) {
        queryClient.setQueryData(key, result);
      } else if (!result) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      void queryClient.invalidateQueries({ queryKey: ["skills", "search"] });
    },
  });
  function submit(next: PersonSkillChange) {
    setShown((current) => applySkillChange(current, next));
    change.mutate(next);
  }

  function picked(list: "offered" | "wanted", skill: SkillSummary, proposed: boolean) {
    submit(
      list === "offered" ? { list, skill, level: 3, canTeach: true } : { list, skill, priority: 2 },
    );
    if (proposed) {
      notifications.show({
        message: `Thanks! “${skill.name}” is on your profile now, and an administrator will review it for everyone.`,
      });
    }
  }

  return (
    <Card component="section" aria-labelledby="skills-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="skills-heading">
            Skills
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            What you could help colleagues with, and what you'd like to learn. Mentors, peers and
            people looking for help find you through these.
          </Text>
          <WhoCanSee>everyone in your organization.</WhoCanSee>
        </div>
        <ErrorAlert error={change.error} />

        <Title order={3} size="h4">
          Skills you offer
        </Title>
        {shown.offered.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing yet. What do colleagues come to you for?
          </Text>
        )}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {[...shown.offered].sort(byName).map((entry) => (
            <Paper key={entry.skill.id} withBorder p="sm" component="li">
              <Group justify="space-between" align="flex-end" gap="sm">
                <SkillName skill={entry.skill} />
                <Group gap="sm" align="flex-end">
                  <NativeSelect
                    size="xs"
                    label="Level"
                    aria-label={`Your level in ${entry.skill.name}`}
                    data={levelOptions}
                    value={String(entry.level)}
                    onChange={(event) => {
                      const level = Number(event.currentTarget.value);
                      submit({ ...entry, list: "offered", level });
                    }}
                  />
                  <Switch
                    label="I'd teach this"
                    aria-label={`I'd teach ${entry.skill.name}`}
                    checked={entry.canTeach}
                    mb={6}
                    onChange={(event) => {
                      const canTeach = event.currentTarget.checked;
                      submit({ ...entry, list: "offered", canTeach });
                    }}
                  />
                  <RemoveButton
                    name={entry.skill.name}
                    onRemove={() => submit({ list: "offered", skill: entry.skill, remove: true })}
                  />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
        <SkillPicker
          label="Add a skill you offer"
          exclude={shown.offered.map((entry) => entry.skill.id)}
          onPick={(skill, how) => picked("offered", skill, how.proposed)}
        />

        <Title order={3} size="h4" mt="md">
          Skills you'd like to learn
        </Title>
        {shown.wanted.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing yet. What would you love to get better at?
          </Text>
        )}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {[...shown.wanted].sort(byName).map((entry) => (
            <Paper key={entry.skill.id} withBorder p="sm" component="li">
              <Group justify="space-between" align="flex-end" gap="sm">
                <SkillName skill={entry.skill} />
                <Group gap="sm" align="flex-end">
                  <NativeSelect
                    size="xs"
                    label="Priority"
                    aria-label={`How much ${entry.skill.name} matters to you`}
                    data={priorityOptions}
                    value={String(entry.priority)}
                    onChange={(event) => {
                      const priority = Number(event.currentTarget.value);
                      submit({ ...entry, list: "wanted", priority });
                    }}
                  />
                  <RemoveButton
                    name={entry.skill.name}
                    onRemove={() => submit({ list: "wanted", skill: entry.skill, remove: true })}
                  />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
        <SkillPicker
          label="Add a skill you'd like to learn"
          exclude={shown.wanted.map((entry) => entry.skill.id)}
          onPick={(skill, how) => picked("wanted", skill, how.proposed)}
        />
      </Stack>
    </Card>
  );
}

function SkillName({ skill }: { skill: SkillSummary }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text fw={600} className="mutual-break">
        {skill.name}
      </Text>
      <Group gap={6}>
        {skill.category && (
          <Text size="xs" c="dimmed">
            {skill.category}
          </Text>
        )}
        {skill.status === "proposed" && (
          <Badge size="xs" variant="default">
            Waiting for review
          </Badge>
        )}
      </Group>
    </div>
  );
}

function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color="red"
      aria-label={`Remove ${name}`}
      onClick={onRemove}
    >
      Remove
    </Button>
  );
}
