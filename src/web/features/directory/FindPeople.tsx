import { Card, SimpleGrid, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { directoryQuery, PAGE_SIZE } from "./api.ts";
import { DirectoryFilters } from "./DirectoryFilters.tsx";
import { PageControls } from "./PageControls.tsx";
import { PersonCard } from "./PersonCard.tsx";
import { type DirectorySearch, peopleCount } from "./search-params.ts";

/** The directory: a search box, filters, and a page of people. */
export function FindPeople({
  search,
  onChange,
}: {
  search: DirectorySearch;
  onChange: (next: Partial<DirectorySearch>, options?: { replace?: boolean }) => void;
}) {
  const [typed, setTyped] = useState(search.q ?? "");
  const [debounced] = useDebouncedValue(typed.trim(), 250);
  // Typing updates the address (without filling the history); a new search starts at page 1.
  useEffect(() => {
    if (debounced !== (search.q ?? "")) {
      onChange({ q: debounced || undefined, page: undefined }, { replace: true });
    }
  }, [debounced, search.q, onChange]);
  useEffect(() => {
    setTyped((current) => (current.trim() === (search.q ?? "") ? current : (search.q ?? "")));
  }, [search.q]);

  const results = useQuery(directoryQuery(search));
  const filtered = Boolean(
    search.q ||
      search.department ||
      search.location ||
      search.offered ||
      search.wanted ||
      search.mentors,
  );
  const pages = results.data ? Math.ceil(results.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg">
      <Card>
        <Stack gap="md">
          <TextInput
            label="Search"
            description="A name, a role, a skill, a place, or something people want to learn"
            placeholder="e.g. “Ana”, “data engineer”, “Python Lisbon”"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={typed}
            maxLength={200}
            type="search"
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <DirectoryFilters
            search={search}
            onChange={(next) => onChange({ ...next, page: undefined })}
          />
        </Stack>
      </Card>
      <section aria-label="People found" aria-busy={results.isFetching}>
        <ErrorAlert error={results.error} />
        {results.isPending ? (
          <Skeleton h={260} />
        ) : results.data ? (
          <Stack gap="md">
            <Text size="sm" c="dimmed" role="status">
              {peopleCount(results.data.total, results.data.totalIsExact)}
              {!filtered
                ? " in your organization"
                : results.data.total === 1 && results.data.totalIsExact
                  ? " matches"
                  : " match"}
            </Text>
            {results.data.people.length === 0 ? (
              <Empty filtered={filtered} />
            ) : (
              <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} p={0} m={0}>
                {results.data.people.map((person) => (
                  <PersonCard key={person.id} person={person} />
                ))}
              </SimpleGrid>
            )}
            <PageControls
              page={search.page ?? 1}
              pages={pages}
              onPage={(page) => onChange({ page: page > 1 ? page : undefined })}
            />
          </Stack>
        ) : null}
      </section>
    </Stack>
  );
}

function Empty({ filtered }: { filtered: boolean }) {
  return (
    <Card withBorder>
      <Text fw={600}>{filtered ? "Nobody matches that yet." : "It's quiet in here."}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {filtered
          ? "Try fewer words, the start of a name, or take a filter off."
          : "Once people join your organization, you'll find them here."}
      </Text>
    </Card>
  );
}
