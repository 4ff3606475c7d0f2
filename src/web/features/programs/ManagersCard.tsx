import { ActionIcon, Box, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { PersonPicker } from "../directory/PersonPicker.tsx";
import { addManager, type Program, removeManager } from "./api.ts";

/** Who runs the program besides administrators; a program keeps at least one manager. */
export function ManagersCard({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["programs", program.slug] });
  const add = useMutation({
    mutationFn: (personId: string) => addManager(program.slug, personId),
    onSuccess: () => void refresh(),
  });
  const remove = useMutation({
    mutationFn: (personId: string) => removeManager(program.slug, personId),
    onSuccess: () => void refresh(),
  });
  const managerIds = new Set(program.managers.map((m) => m.personId));
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4">
        Program managers
      </Title>
      <Text size="sm" c="dimmed">
        Managers change the settings, preparation and matching. Administrators can always help.
      </Text>
      <Stack gap={4} mt="sm">
        {program.managers.map((manager) => (
          <Group key={manager.personId} justify="space-between">
            <Text>
              {manager.name}{" "}
              <Text span size="sm" c="dimmed">
                {manager.email}
              </Text>
            </Text>
            {program.managers.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${manager.name} as a manager`}
                onClick={() => remove.mutate(manager.personId)}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      <Box mt="sm">
        <PersonPicker
          label="Add a manager"
          exclude={managerIds}
          onPick={(person) => add.mutate(person.id)}
        />
      </Box>
      <ErrorAlert error={add.error ?? remove.error} />
    </Card>
  );
}
