import { Alert, Card, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import type { ImportReport as Report } from "./api.ts";
import { describeChange, plural } from "./labels.ts";

function Count({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xl" fw={700}>
        {value.toLocaleString()}
      </Text>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function Shown({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null;
  return (
    <Text size="xs" c="dimmed">
      Showing the first {shown.toLocaleString()} of {total.toLocaleString()}.
    </Text>
  );
}

/** A dry run's (or an import's) report: counts, then the rows a person should look at. */
export function ImportReport({ report, applied }: { report: Report; applied: boolean }) {
  const will = (future: string, past: string) => (applied ? past : future);
  return (
    <Card component="section" aria-labelledby="report-heading">
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="report-heading">
            {applied ? "What the import did" : "What the import would do"}
          </Title>
          {!applied && (
            <Text c="dimmed" size="sm" mt={4}>
              This is a dry run: nothing has changed yet.
            </Text>
          )}
        </div>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          <Count label={will("To create", "Created")} value={report.created} hint="New people" />
          <Count
            label={will("To update", "Updated")}
            value={report.updated}
            hint="Something changed"
          />
          <Count label="Unchanged" value={report.unchanged} hint="Already as in the file" />
          <Count
            label={will("To deactivate", "Deactivated")}
            value={report.deactivated}
            hint="Not in the file (full sync)"
          />
          <Count label="Rejected" value={report.rejected} hint="Left out, with a reason" />
        </SimpleGrid>
        {report.warnings.map((warning) => (
          <Alert key={warning} color="yellow" icon={<IconAlertTriangle aria-hidden="true" />}>
            {warning}
          </Alert>
        ))}
        {report.dayMonthOrder && (
          <Text size="sm" c="dimmed">
            Dates like 03/04/2021 are read {report.dayMonthOrder === "dmy" ? "day" : "month"} first.
          </Text>
        )}
        {report.keptAdmins.length > 0 && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
            {report.keptAdmins.join(", ")} stay active, so your organization keeps an administrator.
          </Alert>
        )}

        {report.rejectedRows.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="rejected-heading">
            <Title order={3} size="h4" id="rejected-heading">
              Rejected rows ({report.rejected.toLocaleString()})
            </Title>
            <Text size="sm" c="dimmed">
              {applied
                ? "Nothing from these rows was imported. Fix them in your file and import it again: people already imported stay as they are."
                : "Nothing from these rows is imported. Fix them in your file — or the column choices above — and check again."}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={80}>
                      Line
                    </Table.Th>
                    <Table.Th scope="col">Reason</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.rejectedRows.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td className="mutual-break">{row.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Shown shown={report.rejectedRows.length} total={report.rejected} />
          </Stack>
        )}

        {report.deactivatedPeople.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="deactivated-heading">
            <Title order={3} size="h4" id="deactivated-heading">
              {will("To be deactivated", "Deactivated")} ({report.deactivated.toLocaleString()})
            </Title>
            <List size="sm" spacing={2} className="mutual-break">
              {report.deactivatedPeople.map((person) => (
                <List.Item key={person.email}>
                  {person.name} — {person.email}
                </List.Item>
              ))}
            </List>
            <Shown shown={report.deactivatedPeople.length} total={report.deactivated} />
          </Stack>
        )}

        {report.updatedRows.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="updated-heading">
            <Title order={3} size="h4" id="updated-heading">
              {will("Changes", "Changed")} ({plural(report.updated, "person", "people")})
            </Title>
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={80}>
                      Line
                    </Table.Th>
                    <Table.Th scope="col">Person</Table.Th>
                    <Table.Th scope="col">What changes</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.updatedRows.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td className="mutual-break">
                        {row.name}
                        <Text size="xs" c="dimmed">
                          {row.email}
                        </Text>
                      </Table.Td>
                      <Table.Td className="mutual-break">
                        {row.changes.map((change) => (
                          <Text size="sm" key={change.field}>
                            {describeChange(change)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Shown shown={report.updatedRows.length} total={report.updated} />
          </Stack>
        )}

        {report.createdRows.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="created-heading">
            <Title order={3} size="h4" id="created-heading">
              {will("New people", "Added")} ({report.created.toLocaleString()})
            </Title>
            <List size="sm" spacing={2} className="mutual-break">
              {report.createdRows.map((row) => (
                <List.Item key={row.line}>
                  {row.name} — {row.email}
                </List.Item>
              ))}
            </List>
            <Shown shown={report.createdRows.length} total={report.created} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
