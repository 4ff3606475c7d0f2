import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { IconSchool } from "@tabler/icons-react";
import { levelLabels, type PersonSkills, priorityLabels } from "./api.ts";

/** A person's skills as colleagues see them: offered (level, teaches) and wanted (priority). */
export function PersonSkillsList({ skills }: { skills: PersonSkills }) {
  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h5" mb={6}>
          Offers
        </Title>
        {skills.offered.length === 0 ? (
          <Text size="sm" c="dimmed">
            No skills offered yet.
          </Text>
        ) : (
          <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {skills.offered.map((entry) => (
              <li key={entry.skill.id}>
                <Badge
                  size="lg"
                  variant="light"
                  color="mutual"
                  tt="none"
                  fw={500}
                  leftSection={
                    entry.canTeach ? (
                      <IconSchool size={14} aria-label="Happy to teach this" role="img" />
                    ) : null
                  }
                >
                  {entry.skill.name} · {levelLabels[entry.level]}
                </Badge>
              </li>
            ))}
          </Group>
        )}
        {skills.offered.some((entry) => entry.canTeach) && (
          <Group gap={4} mt={6}>
            <IconSchool size={14} aria-hidden="true" />
            <Text size="xs" c="dimmed">
              happy to teach it
            </Text>
          </Group>
        )}
      </div>
      <div>
        <Title order={3} size="h5" mb={6}>
          Wants to learn
        </Title>
        {skills.wanted.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing listed yet.
          </Text>
        ) : (
          <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {skills.wanted.map((entry) => (
              <li key={entry.skill.id}>
                <Badge size="lg" variant="light" color="grape" tt="none" fw={500}>
                  {entry.skill.name} · {priorityLabels[entry.priority]}
                </Badge>
              </li>
            ))}
          </Group>
        )}
      </div>
    </Stack>
  );
}
