import { Badge, Button, Group, Loader, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type OrgChartPage, type OrgChartPerson, PAGE_SIZE, reportsQuery } from "./api.ts";

const listStyle = { listStyle: "none", margin: 0, padding: 0 } as const;

/** A list of people in the chart, a page at a time, with "show more" for long lists. */
export function PeopleList({
  page,
  onMore,
  loadingMore,
  depth,
  openFirst,
}: {
  page: OrgChartPage;
  onMore: () => void;
  loadingMore: boolean;
  depth: number;
  openFirst?: boolean;
}) {
  return (
    <>
      <ul style={listStyle}>
        {page.people.map((person, index) => (
          <OrgChartNode
            key={person.id}
            person={person}
            depth={depth}
            initiallyOpen={openFirst && index === 0}
          />
        ))}
      </ul>
      {page.people.length < page.total && (
        <Button
          variant="subtle"
          size="compact-sm"
          ml={depth * 28 + 28}
          loading={loadingMore}
          onClick={onMore}
        >
          Show more ({page.total - page.people.length} not shown)
        </Button>
      )}
    </>
  );
}

/** One person: a row, and when opened their direct reports, fetched as they're needed. */
export function OrgChartNode({
  person,
  depth,
  initiallyOpen = false,
}: {
  person: OrgChartPerson;
  depth: number;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen && person.directReports > 0);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const reports = useQuery({ ...reportsQuery(person.id, limit), enabled: open });
  const count = person.directReports;
  return (
    <li>
      <Group gap="xs" wrap="nowrap" py={6} pl={depth * 28}>
        {count > 0 ? (
          <UnstyledButton
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={`${open ? "Hide" : "Show"} ${count === 1 ? "the person who reports" : `the ${count} people who report`} to ${person.name}`}
            style={{ display: "flex", borderRadius: 4 }}
          >
            {open ? (
              <IconChevronDown size={20} aria-hidden="true" />
            ) : (
              <IconChevronRight size={20} aria-hidden="true" />
            )}
          </UnstyledButton>
        ) : (
          <span style={{ width: 20, flexShrink: 0 }} />
        )}
        <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={36} />
        <div style={{ minWidth: 0 }}>
          <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600} size="sm">
            {person.name}
          </AnchorLink>
          <Text size="xs" c="dimmed" className="mutual-break">
            {[person.title, person.department].filter(Boolean).join(" · ") || "\u00a0"}
          </Text>
        </div>
        {count > 0 && (
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {count === 1 ? "1 report" : `${count} reports`}
          </Badge>
        )}
      </Group>
      {open && (
        <div>
          {reports.isPending && (
            <Group pl={depth * 28 + 56} py={4}>
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                Loading…
              </Text>
            </Group>
          )}
          <ErrorAlert error={reports.error} />
          {reports.data && (
            <PeopleList
              page={reports.data}
              depth={depth + 1}
              loadingMore={reports.isFetching}
              onMore={() => setLimit((n) => n + PAGE_SIZE)}
            />
          )}
        </div>
      )}
    </li>
  );
}
