import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { adoptStarterSkills, ESCO_ATTRIBUTION } from "./api.ts";

/** Add the ready-made list of workplace skills; what is already there stays as it is. */
export function AdoptStarterCard() {
  const queryClient = useQueryClient();
  const adopt = useMutation({
    mutationFn: adoptStarterSkills,
    onSuccess: async ({ added, skipped }) => {
      await queryClient.invalidateQueries({ queryKey: ["skills"] });
      notifications.show({
        message:
          added === 0
            ? "You already have every skill from the ready-made list."
            : `Added ${added} ${added === 1 ? "skill" : "skills"}${skipped ? `; ${skipped} you already had stayed as they were` : ""}.`,
      });
    },
  });
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2} size="h4">
          The ready-made list of workplace skills
        </Title>
        <Text size="sm" c="dimmed">
          About 500 skills: the skill groups of ESCO (the European classification of skills), with
          their synonyms, plus common tools, programming languages and ways of working. Skills you
          already have are left exactly as they are, so adding it again is harmless.
        </Text>
        <ErrorAlert error={adopt.error} />
        <Group>
          <Button variant="light" loading={adopt.isPending} onClick={() => adopt.mutate()}>
            Add the ready-made skills
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {ESCO_ATTRIBUTION}
        </Text>
      </Stack>
    </Card>
  );
}
