import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { AnchorLink } from "../../ui/links.tsx";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import type { DirectoryPerson } from "./api.ts";

/** One person in the directory: who they are, where, what they're good at. */
export function PersonCard({
  person,
  children,
}: {
  person: DirectoryPerson;
  /** Extra lines under the person (e.g. how they can help). */
  children?: ReactNode;
}) {
  const place = [person.department, person.location].filter(Boolean).join(" · ");
  return (
    <Card component="li" withBorder padding="md" style={{ listStyle: "none" }}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={52} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <AnchorLink
            to="/people/$personId"
            params={{ personId: person.id }}
            fw={600}
            style={{ overflowWrap: "anywhere" }}
          >
            {person.name}
          </AnchorLink>
          {person.preferredName && person.preferredName !== person.name && (
            <Text size="xs" c="dimmed">
              Goes by {person.preferredName}
            </Text>
          )}
          {person.title && <Text size="sm">{person.title}</Text>}
          {place && (
            <Text size="sm" c="dimmed">
              {place}
            </Text>
          )}
          {(person.topSkills.length > 0 || person.openToMentor) && (
            <Group gap={6} mt={6}>
              {person.openToMentor && (
                <Badge variant="light" color="mutual" size="sm" tt="none">
                  Open to mentoring
                </Badge>
              )}
              {person.topSkills.map((skill) => (
                <Badge key={skill.id} variant="light" color="gray" size="sm" tt="none">
                  {skill.name}
                </Badge>
              ))}
            </Group>
          )}
          {children}
        </Stack>
      </Group>
    </Card>
  );
}
