import { Loader, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type OrgChartPerson, searchPeopleQuery } from "./api.ts";

/**
 * Type a name or title, pick a person from the results. A plain input and a list of buttons
 * (no floating combobox), which keeps the page small and works with any screen reader.
 */
export function PersonSearch({
  label,
  description,
  onPick,
  exclude,
}: {
  label: string;
  description?: string;
  onPick: (person: OrgChartPerson) => void;
  exclude?: string;
}) {
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const results = useQuery(searchPeopleQuery(debounced));
  const listId = useId();
  const people = (results.data?.people ?? []).filter((p) => p.id !== exclude);
  return (
    <Stack gap={6}>
      <TextInput
        type="search"
        label={label}
        description={description}
        placeholder="A name or a title"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        aria-controls={listId}
      />
      <div id={listId} aria-live="polite">
        {debounced && results.isSuccess && people.length === 0 && (
          <Text size="sm" c="dimmed">
            No one matches “{debounced}”.
          </Text>
        )}
        {debounced && people.length > 0 && (
          <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {people.map((person) => (
              <li key={person.id}>
                <UnstyledButton
                  onClick={() => {
                    onPick(person);
                    setQ("");
                  }}
                  p={6}
                  w="100%"
                  style={{ display: "flex", gap: 10, alignItems: "center", borderRadius: 6 }}
                >
                  <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={28} />
                  <span>
                    <Text size="sm" fw={600} span>
                      {person.name}
                    </Text>
                    {person.title && (
                      <Text size="xs" c="dimmed" span>
                        {" "}
                        · {person.title}
                      </Text>
                    )}
                  </span>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
