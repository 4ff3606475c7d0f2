import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { DateOrder, DryRunChoices, ImportField, PeopleImport } from "./api.ts";
import { duplicateFields, FIELD_OPTIONS, IGNORE } from "./labels.ts";

const FIELD_DATA = [{ value: IGNORE, label: "Ignore this column" }, ...FIELD_OPTIONS];
const DATE_ORDERS: { value: DateOrder; label: string }[] = [
  { value: "auto", label: "Work it out from the file" },
  { value: "dmy", label: "Day first: 03/04/2021 is 3 April" },
  { value: "mdy", label: "Month first: 03/04/2021 is March 4" },
];

/** What each column holds, and how to import: the admin's choices for the next dry run. */
export function MappingStep({
  current,
  choices,
  onChange,
  onCheck,
  checking,
}: {
  current: PeopleImport;
  choices: DryRunChoices;
  onChange: (choices: DryRunChoices) => void;
  onCheck: () => void;
  checking: boolean;
}) {
  const twice = duplicateFields(choices.mapping);
  // Columns keep their places in the file, so a column's position is its identity.
  const columns = current.headers.map((header, index) => ({ header, index }));
  const setField = (index: number, value: string) =>
    onChange({
      ...choices,
      mapping: choices.mapping.map((field, i) =>
        i === index ? ((value || null) as ImportField | null) : field,
      ),
    });

  return (
    <Card component="section" aria-labelledby="mapping-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="mapping-heading">
            What each column holds
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            We guessed from the column names in {current.fileName}. Change anything that's wrong,
            and choose “Ignore this column” for what Mutual doesn't need. Every person needs a work
            email and a name.
          </Text>
        </div>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Column in your file</Table.Th>
                <Table.Th scope="col">First rows</Table.Th>
                <Table.Th scope="col">Use it as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {columns.map(({ header, index }) => (
                <Table.Tr key={index}>
                  <Table.Th scope="row" fw={600}>
                    {header}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" c="dimmed" className="mutual-break">
                      {current.sample
                        .map((row) => row[index] ?? "")
                        .filter((cell) => cell.trim() !== "")
                        .join(" · ") || "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={220}>
                    <NativeSelect
                      aria-label={`Use the column “${header}” as`}
                      data={FIELD_DATA}
                      value={choices.mapping[index] ?? IGNORE}
                      onChange={(event) => setField(index, event.currentTarget.value)}
                      error={
                        choices.mapping[index] && twice.includes(choices.mapping[index])
                          ? "Chosen for another column too"
                          : undefined
                      }
                      size="sm"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Checkbox
            label="Full sync: deactivate active people who aren't in this file"
            description="They can't sign in any more, and nothing of theirs is deleted. You never deactivate yourself."
            checked={choices.fullSync}
            onChange={(event) => onChange({ ...choices, fullSync: event.currentTarget.checked })}
            maw={420}
          />
          <NativeSelect
            label="Dates like 03/04/2021"
            data={DATE_ORDERS}
            value={choices.dateOrder}
            onChange={(event) =>
              onChange({ ...choices, dateOrder: event.currentTarget.value as DateOrder })
            }
            miw={280}
          />
        </Group>
        {twice.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden="true" />}>
            A field is chosen for more than one column. Keep one and ignore the others.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={onCheck} loading={checking} disabled={twice.length > 0} variant="light">
            Check again with these choices
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
