import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { directoryQuery } from "./api.ts";

export type PickedPerson = { id: string; name: string };

/** Type a colleague's name, pick them: the directory's search, leaving out people already in. */
export function PersonPicker({
  label,
  exclude,
  onPick,
  disabled,
}: {
  label: string;
  exclude: ReadonlySet<string>;
  onPick: (person: PickedPerson) => void;
  disabled?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({
    ...directoryQuery({ q }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const found = (people.data?.people ?? []).filter((p) => !exclude.has(p.id));
  const options = found.map((p) => ({
    value: p.id,
    label: p.title ? `${p.name} — ${p.title}` : p.name,
  }));
  return (
    <Select
      label={label}
      placeholder="Type a colleague's name"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={null}
      disabled={disabled}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        q.length >= 2 ? "Nobody found by that name" : "Type at least two letters"
      }
      onChange={(personId) => {
        const person = found.find((p) => p.id === personId);
        if (!person) return;
        setSearch("");
        onPick({ id: person.id, name: person.name });
      }}
    />
  );
}
