import {
  Fieldset,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { directoryFiltersQuery } from "../directory/api.ts";
import type { Eligibility } from "./api.ts";

export type WhoAndWhen = {
  eligibility: Eligibility;
  /** yyyy-mm-dd, or "" for no date. */
  opens: string;
  closes: string;
};

/** An ISO date-time from the server as yyyy-mm-dd for a date input. */
export const dateOnly = (iso: string | null) => (iso ? iso.slice(0, 10) : "");
/** A date input's value as the start of that day (UTC), or null. */
export const fromDateOnly = (day: string) => (day ? `${day}T00:00:00.000Z` : null);

/** Who may enrol (everyone, or some departments and places) and the enrollment window. */
export function WhoAndWhenFields({
  value,
  onChange,
}: {
  value: WhoAndWhen;
  onChange: (next: WhoAndWhen) => void;
}) {
  const filters = useQuery(directoryFiltersQuery);
  const selected =
    "all" in value.eligibility && value.eligibility.all === true ? null : value.eligibility;
  const setSelection = (next: Partial<{ departments: string[]; locations: string[] }>) =>
    onChange({
      ...value,
      eligibility: {
        departments: selected?.departments ?? [],
        locations: selected?.locations ?? [],
        personIds: selected?.personIds ?? [],
        ...next,
      },
    });
  return (
    <Fieldset legend="Who can enrol, and when">
      <Stack>
        <SegmentedControl
          aria-label="Who can enrol"
          data={[
            { value: "all", label: "Everyone" },
            { value: "some", label: "Some departments or places" },
          ]}
          value={selected ? "some" : "all"}
          onChange={(v) =>
            v === "all" ? onChange({ ...value, eligibility: { all: true } }) : setSelection({})
          }
        />
        {selected && (
          <>
            <MultiSelect
              label="Departments"
              placeholder="Any department"
              searchable
              data={(filters.data?.departments ?? []).map((d) => d.name)}
              value={selected.departments}
              onChange={(departments) => setSelection({ departments })}
            />
            <MultiSelect
              label="Places"
              placeholder="Any place"
              searchable
              data={(filters.data?.locations ?? []).map((l) => l.name)}
              value={selected.locations}
              onChange={(locations) => setSelection({ locations })}
            />
            <Text size="sm" c="dimmed">
              People in one of these departments and one of these places can enrol.
            </Text>
          </>
        )}
        <Group grow>
          <TextInput
            type="date"
            label="Enrollment opens"
            description="Leave empty to open it yourself."
            value={value.opens}
            onChange={(e) => onChange({ ...value, opens: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label="Enrollment closes"
            description="Leave empty to close it yourself."
            value={value.closes}
            onChange={(e) => onChange({ ...value, closes: e.currentTarget.value })}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
}
