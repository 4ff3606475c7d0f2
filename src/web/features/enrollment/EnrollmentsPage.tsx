import {
  Button,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import {
  type EnrollmentCounts,
  type EnrollmentFilters,
  type EnrollmentListItem,
  type EnrollmentStatus,
  enrollmentsCsvUrl,
  enrollmentsQuery,
  statusLabels,
} from "./api.ts";
import { BackToProgram } from "./BackToProgram.tsx";

const roles = (e: Pick<EnrollmentListItem, "asMentee" | "asMentor">) =>
  e.asMentee && e.asMentor
    ? "Mentee and mentor"
    : e.asMentor
      ? "Mentor"
      : e.asMentee
        ? "Mentee"
        : "—";

/** /programs/$slug/enrollments: who enrolled, for the program's managers, with a CSV download. */
export function EnrollmentsPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/enrollments" });
  usePageTitle("Enrollments");
  const [filters, setFilters] = useState<EnrollmentFilters>({});
  const list = useQuery({ ...enrollmentsQuery(slug, filters), placeholderData: keepPreviousData });
  return (
    <Stack gap="lg" maw={1100}>
      <BackToProgram slug={slug} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Enrollments</Title>
          <Text c="dimmed" mt={6}>
            Who has enrolled, in which role, and how far along their preparation is. Answers to the
            form stay with matching; they aren't listed here.
          </Text>
        </div>
        <Group>
          <AnchorLink to="/programs/$slug/form" params={{ slug }}>
            Edit the enrollment form
          </AnchorLink>
          <Button
            component="a"
            href={enrollmentsCsvUrl(slug, filters)}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            Download CSV
          </Button>
        </Group>
      </Group>
      {list.data && <Counts counts={list.data.counts} />}
      <Group>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={(Object.keys(statusLabels) as EnrollmentStatus[]).map((value) => ({
            value,
            label: statusLabels[value],
          }))}
          value={filters.status ?? null}
          onChange={(value) =>
            setFilters((f) => ({ ...f, status: (value as EnrollmentStatus | null) ?? undefined }))
          }
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={[
            { value: "mentee", label: "Mentees" },
            { value: "mentor", label: "Mentors" },
          ]}
          value={filters.role ?? null}
          onChange={(value) =>
            setFilters((f) => ({ ...f, role: (value as "mentee" | "mentor" | null) ?? undefined }))
          }
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending && <Skeleton h={200} />}
      {list.data && list.data.enrollments.length === 0 && (
        <Text c="dimmed">
          Nobody here yet{filters.status || filters.role ? " with these filters" : ""}.
        </Text>
      )}
      {list.data && list.data.enrollments.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Mentor capacity</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Preparation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.enrollments.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <AnchorLink to="/people/$personId" params={{ personId: e.personId }}>
                    {e.personName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{roles(e)}</Table.Td>
                <Table.Td>{e.asMentor ? e.mentorCapacity : "—"}</Table.Td>
                <Table.Td>{statusLabels[e.status]}</Table.Td>
                <Table.Td>{e.submittedAt ? formatDate(e.submittedAt) : "—"}</Table.Td>
                <Table.Td>
                  {e.preparationTotal === 0 ? "—" : `${e.preparationDone} of ${e.preparationTotal}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data?.truncated && (
        <Text size="sm" c="dimmed">
          Showing the first 2,000; the CSV download has everyone.
        </Text>
      )}
    </Stack>
  );
}

function Counts({ counts }: { counts: EnrollmentCounts }) {
  const items: [string, number][] = [
    ["Sent", counts.submitted],
    ["Started", counts.started],
    ["Withdrawn", counts.withdrawn],
    ["Mentees", counts.mentees],
    ["Mentors", counts.mentors],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} aria-label="Enrollment counts">
      {items.map(([label, count]) => (
        <div key={label}>
          <Text size="xl" fw={700}>
            {count}
          </Text>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
