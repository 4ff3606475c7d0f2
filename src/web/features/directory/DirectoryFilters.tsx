import { Badge, CloseButton, Group, NativeSelect, SimpleGrid, Switch } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { SkillPicker } from "../skills/SkillPicker.tsx";
import { directoryFiltersQuery } from "./api.ts";
import type { DirectorySearch } from "./search-params.ts";

type Change = (next: Partial<DirectorySearch>) => void;

/** Department, location, skills offered and wanted, open to mentoring; each one removable. */
export function DirectoryFilters({
  search,
  onChange,
}: {
  search: DirectorySearch;
  onChange: Change;
}) {
  const filters = useQuery(directoryFiltersQuery);
  const options = (list: { name: string; count: number }[] | undefined, chosen?: string) => {
    const names = (list ?? []).map((item) => ({
      value: item.name,
      label: `${item.name} (${item.count.toLocaleString("en")})`,
    }));
    // A filter from a shared link stays choosable even if nobody is there any more.
    if (chosen && !names.some((n) => n.value === chosen))
      names.unshift({ value: chosen, label: chosen });
    return names;
  };
  return (
    <div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <NativeSelect
          label="Department"
          value={search.department ?? ""}
          data={[
            { value: "", label: "Every department" },
            ...options(filters.data?.departments, search.department),
          ]}
          onChange={(event) => onChange({ department: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label="Location"
          value={search.location ?? ""}
          data={[
            { value: "", label: "Everywhere" },
            ...options(filters.data?.locations, search.location),
          ]}
          onChange={(event) => onChange({ location: event.currentTarget.value || undefined })}
        />
        <SkillPicker
          label="Offers the skill"
          allowPropose={false}
          placeholder="e.g. “SQL”"
          onPick={(skill) => onChange({ offered: skill.id, offeredName: skill.name })}
        />
        <SkillPicker
          label="Wants to learn"
          allowPropose={false}
          placeholder="e.g. “public speaking”"
          onPick={(skill) => onChange({ wanted: skill.id, wantedName: skill.name })}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Switch
          label="Only people open to mentoring"
          checked={search.mentors === true}
          onChange={(event) =>
            onChange({ mentors: event.currentTarget.checked ? true : undefined })
          }
        />
        {search.offered && (
          <Chip
            label={`Offers ${search.offeredName ?? "a skill"}`}
            onRemove={() => onChange({ offered: undefined, offeredName: undefined })}
          />
        )}
        {search.wanted && (
          <Chip
            label={`Wants to learn ${search.wantedName ?? "a skill"}`}
            onRemove={() => onChange({ wanted: undefined, wantedName: undefined })}
          />
        )}
      </Group>
    </div>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Badge
      variant="light"
      size="lg"
      tt="none"
      fw={500}
      rightSection={<CloseButton size="xs" aria-label={`Remove “${label}”`} onClick={onRemove} />}
    >
      {label}
    </Badge>
  );
}
