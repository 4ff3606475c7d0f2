import { Badge, Button, Card, FileInput, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { MAX_UPLOAD_BYTES, recentImportsQuery } from "./api.ts";
import { plural } from "./labels.ts";

const STATUS_LABELS = { uploaded: "Not checked", planned: "Checked", applied: "Imported" };

/** Choose a CSV file from the HR system; nothing changes until the admin confirms, later. */
export function UploadStep({
  onUpload,
  pending,
  error,
}: {
  onUpload: (file: File) => void;
  pending: boolean;
  error: unknown;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setProblem("Choose a CSV file first.");
    if (file.size > MAX_UPLOAD_BYTES) {
      return setProblem(
        "This file is larger than 50 MB. Split it into parts, or import it from the command line.",
      );
    }
    setProblem(null);
    onUpload(file);
  }

  return (
    <Stack gap="lg">
      <Card component="section" aria-labelledby="upload-heading">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div>
              <Title order={2} size="h3" id="upload-heading">
                Choose a file
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Export your people from your HR system (Workday, BambooHR, Personio, HiBob,
                SuccessFactors, ADP or a spreadsheet) as CSV. We'll read it, show you what each
                column seems to hold and what would change — nothing changes until you confirm.
              </Text>
            </div>
            <ErrorAlert error={error} />
            <FileInput
              label="CSV file"
              description="Commas, semicolons or tabs; UTF-8; up to 50 MB"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
              value={file}
              onChange={setFile}
              error={problem}
              clearable
            />
            <Group justify="flex-end">
              <Button type="submit" loading={pending}>
                Check the file
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <RecentImports />
    </Stack>
  );
}

function RecentImports() {
  const imports = useQuery(recentImportsQuery);
  if (!imports.data || imports.data.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="recent-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="recent-heading">
          Earlier files
        </Title>
        <List spacing="xs" listStyleType="none">
          {imports.data.map((item) => (
            <List.Item key={item.id}>
              <Group gap="xs" wrap="wrap">
                <AnchorLink to="/admin/import" search={{ id: item.id }} fw={600}>
                  {item.fileName}
                </AnchorLink>
                <Badge variant="light" color={item.status === "applied" ? "mutual" : "gray"}>
                  {STATUS_LABELS[item.status]}
                </Badge>
                <Text size="sm" c="dimmed">
                  {plural(item.rowCount, "row", "rows")} ·{" "}
                  {formatDateTime(item.appliedAt ?? item.createdAt)}
                  {item.status === "applied"
                    ? ` · ${item.created.toLocaleString()} new, ${item.updated.toLocaleString()} updated`
                    : ""}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
