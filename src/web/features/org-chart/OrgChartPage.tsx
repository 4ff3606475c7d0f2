import { Breadcrumbs, Card, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { chainQuery, PAGE_SIZE, topOfChartQuery } from "./api.ts";
import { OrgChartNode, PeopleList } from "./OrgChartTree.tsx";
import { PersonSearch } from "./PersonSearch.tsx";

/** The org chart: from the top of the organization, or around a person someone searched for. */
export function OrgChartPage() {
  usePageTitle("Org chart");
  const { focus } = useSearch({ from: "/app/org-chart" });
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Org chart</Title>
        <Text c="dimmed" mt={6}>
          Who works with whom. Open a person to see who reports to them, or search for someone to
          see where they sit.
        </Text>
      </div>
      <Card>
        <PersonSearch
          label="Find someone in the chart"
          onPick={(person) => void navigate({ to: "/org-chart", search: { focus: person.id } })}
        />
      </Card>
      <Card
        component="section"
        aria-label={focus ? "Around the person you chose" : "The whole organization"}
      >
        {focus ? <AroundPerson personId={focus} /> : <FromTheTop />}
      </Card>
    </Stack>
  );
}

function FromTheTop() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const top = useQuery(topOfChartQuery(limit));
  if (top.isPending) return <Skeleton h={200} />;
  if (top.isError) return <ErrorAlert error={top.error} />;
  if (top.data.total === 0) {
    return <Text c="dimmed">No one is in the chart yet.</Text>;
  }
  return (
    <PeopleList
      page={top.data}
      depth={0}
      loadingMore={top.isFetching}
      onMore={() => setLimit((n) => n + PAGE_SIZE)}
      openFirst={top.data.total === 1}
    />
  );
}

function AroundPerson({ personId }: { personId: string }) {
  const chain = useQuery(chainQuery(personId));
  if (chain.isPending) return <Skeleton h={200} />;
  if (chain.isError) return <ErrorAlert error={chain.error} />;
  const person = chain.data.at(-1);
  const above = chain.data.slice(0, -1);
  if (!person) return null;
  return (
    <Stack gap="sm">
      <AnchorLink to="/org-chart" search={{}} size="sm">
        Back to the top of the chart
      </AnchorLink>
      {above.length > 0 ? (
        <nav aria-label={`${person.name}'s chain of command`}>
          <Text size="sm" fw={600} mb={4}>
            Reports to
          </Text>
          <Breadcrumbs separator="›" style={{ flexWrap: "wrap" }}>
            {above.map((manager) => (
              <AnchorLink key={manager.id} to="/org-chart" search={{ focus: manager.id }} size="sm">
                {manager.name}
              </AnchorLink>
            ))}
          </Breadcrumbs>
        </nav>
      ) : (
        <Text size="sm" c="dimmed">
          {person.name} is at the top of the chart.
        </Text>
      )}
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
        <OrgChartNode key={person.id} person={person} depth={0} initiallyOpen />
      </ul>
    </Stack>
  );
}
