import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { type CatalogSkill, skillCatalogQuery, skillCategoriesQuery } from "./api.ts";
import type { SkillFormMode } from "./SkillFormModal.tsx";

const ALL = "__all__";
const NONE = "__none__";

/** Browse the approved skills by category, filter by name or synonym, and open one to edit. */
export function SkillCatalog({ onEdit }: { onEdit: (mode: SkillFormMode) => void }) {
  const [category, setCategory] = useState(ALL);
  const [filter, setFilter] = useState("");
  const categories = useQuery(skillCategoriesQuery());
  const catalog = useQuery(
    skillCatalogQuery(category === ALL ? undefined : category === NONE ? "" : category),
  );
  const options = [
    { value: ALL, label: "All categories" },
    ...(categories.data ?? []).map((c) => ({
      value: c.name ?? NONE,
      label: `${c.name ?? "No category"} (${c.skillCount})`,
    })),
  ];
  const needle = filter.trim().toLowerCase();
  const shown = (catalog.data ?? []).filter(
    (skill) =>
      needle === "" ||
      skill.name.toLowerCase().includes(needle) ||
      skill.synonyms.some((synonym) => synonym.toLowerCase().includes(needle)),
  );

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <NativeSelect
            label="Category"
            data={options}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
          />
          <TextInput
            type="search"
            label="Filter"
            placeholder="A name or synonym"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
        </Group>
        <Button
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => onEdit({ kind: "create" })}
        >
          Add a skill
        </Button>
      </Group>
      <ErrorAlert error={catalog.error ?? categories.error} />
      {catalog.isPending ? (
        <Skeleton h={240} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">
          {catalog.data?.length === 0
            ? "No skills here yet. Add one, or start with the ready-made list."
            : "No skill matches that filter."}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Skill</Table.Th>
                <Table.Th>Synonyms</Table.Th>
                <Table.Th ta="right">Offered by</Table.Th>
                <Table.Th ta="right">Wanted by</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((skill) => (
                <SkillRow
                  key={skill.id}
                  skill={skill}
                  onEdit={onEdit}
                  showCategory={category === ALL}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown.length > 0 && (
        <Text size="sm" c="dimmed">
          {shown.length === 1 ? "1 skill" : `${shown.length} skills`}
        </Text>
      )}
    </Stack>
  );
}

function SkillRow({
  skill,
  onEdit,
  showCategory,
}: {
  skill: CatalogSkill;
  onEdit: (mode: SkillFormMode) => void;
  showCategory: boolean;
}) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {skill.name}
        </Text>
        {showCategory && skill.category && (
          <Text size="xs" c="dimmed">
            {skill.category}
          </Text>
        )}
        {skill.escoUri && (
          <Badge size="xs" variant="outline" color="gray" mt={2}>
            ESCO
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {skill.synonyms.join(", ") || "—"}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{skill.offeredCount}</Table.Td>
      <Table.Td ta="right">{skill.wantedCount}</Table.Td>
      <Table.Td ta="right">
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={`Edit ${skill.name}`}
          onClick={() => onEdit({ kind: "edit", skill })}
        >
          Edit
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
