import { ActionIcon, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconX } from "@tabler/icons-react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { directoryQuery } from "../directory/api.ts";
import { addManager, type Program, removeManager } from "./api.ts";

/** Who runs the program besides administrators; a program keeps at least one manager. */
export function ManagersCard({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({
    ...directoryQuery({ q }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["programs", program.slug] });
  const add = useMutation({
    mutationFn: (personId: string) => addManager(program.slug, personId),
    onSuccess: () => {
      setSearch("");
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (personId: string) => removeManager(program.slug, personId),
    onSuccess: () => void refresh(),
  });
  const managerIds = new Set(program.managers.map((m) => m.personId));
  const options = (people.data?.people ?? [])
    .filter((p) => !managerIds.has(p.id))
    .map((p) => ({ value: p.id, label: p.title ? `${p.name} — ${p.title}` : p.name }));
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
      <Select
        mt="sm"
        label="Add a manager"
        placeholder="Type a colleague's name"
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={null}
        filter={({ options: all }) => all}
        nothingFoundMessage={
          q.length >= 2 ? "Nobody found by that name" : "Type at least two letters"
        }
        onChange={(personId) => personId && add.mutate(personId)}
      />
      <ErrorAlert error={add.error ?? remove.error} />
    </Card>
  );
}
