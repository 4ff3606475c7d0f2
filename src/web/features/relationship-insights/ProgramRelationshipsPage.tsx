import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Chip,
  Group,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import {
  type OverviewFilters,
  type ProgramAggregates,
  programRelationshipsQuery,
  type RelationshipOverview,
} from "./api.ts";

const STATUS_LABELS: Record<RelationshipOverview["status"], string> = {
  proposed: "Waiting to start",
  active: "Under way",
  ended: "Ended",
  declined: "Didn't go ahead",
};
const STATUS_COLORS: Record<RelationshipOverview["status"], string> = {
  proposed: "blue",
  active: "mutual",
  ended: "gray",
  declined: "gray",
};
const ROLE_LABELS: Record<RelationshipOverview["members"][number]["role"], string> = {
  mentor: "mentor",
  mentee: "mentee",
  facilitator: "facilitator",
  member: "member",
};

/** /programs/$slug/relationships: how a program's relationships are going, for its managers. */
export function ProgramRelationshipsPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/relationships" });
  const [status, setStatus] = useState<string>("all");
  const [stalledOnly, setStalledOnly] = useState(false);
  const [atRiskOnly, setAtRiskOnly] = useState(false);
  const [page, setPage] = useState(1);
  const filters: OverviewFilters = {
    ...(status !== "all" ? { status: status as RelationshipOverview["status"] } : {}),
    ...(stalledOnly ? { stalled: true } : {}),
    ...(atRiskOnly ? { atRisk: true } : {}),
    ...(page > 1 ? { page } : {}),
  };
  // A change of filter starts again from the first page.
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setPage(1);
      set(value);
    };
  const query = useQuery({
    ...programRelationshipsQuery(slug, filters),
    placeholderData: keepPreviousData,
  });
  usePageTitle(query.data ? `Relationships in ${query.data.program.name}` : "Relationships");

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <AnchorLink to="/programs/$slug" params={{ slug }} size="sm">
          {query.data?.program.name ?? "Back to the program"}
        </AnchorLink>
        <Title order={1}>How the relationships are going</Title>
      </div>

      <Alert variant="light" color="gray" icon={<IconLock aria-hidden="true" />}>
        <Text size="sm">
          What people share in a relationship belongs to them. Here you see that each relationship
          exists, who is in it, its dates and how many sessions took place — and two gentle flags:
          <b> stalled</b> (no session for a while, even after a friendly nudge) and <b>at risk</b>{" "}
          (a recent check-in suggested things could be better). You won't see their goals, notes,
          commitments, agreement or anyone's check-in answers and comments. People speak openly when
          they know their words stay with them, and that openness is what makes mentoring work.
          Check-in scores appear only as averages, once at least five people have answered.
        </Text>
      </Alert>

      <ErrorAlert error={query.error} />
      {query.isPending && <Skeleton h={240} />}
      {query.data && <Aggregates aggregates={query.data.aggregates} />}

      <Group gap="lg" align="center">
        <Chip.Group multiple={false} value={status} onChange={filter(setStatus)}>
          <Group gap="xs" role="group" aria-label="Status">
            <Chip value="all">All</Chip>
            <Chip value="active">Under way</Chip>
            <Chip value="proposed">Waiting to start</Chip>
            <Chip value="ended">Ended</Chip>
            <Chip value="declined">Didn't go ahead</Chip>
          </Group>
        </Chip.Group>
        <Group gap="xs" role="group" aria-label="Flags">
          <Chip checked={stalledOnly} onChange={filter(setStalledOnly)}>
            Stalled only
          </Chip>
          <Chip checked={atRiskOnly} onChange={filter(setAtRiskOnly)}>
            At risk only
          </Chip>
        </Group>
      </Group>

      {query.data && query.data.relationships.length === 0 && (
        <Text c="dimmed">No relationships match these filters.</Text>
      )}
      {query.data && query.data.relationships.length > 0 && (
        <>
          <RelationshipsTable relationships={query.data.relationships} />
          <PageButtons
            page={query.data.page}
            pageSize={query.data.pageSize}
            shown={query.data.relationships.length}
            total={query.data.total}
            onPage={setPage}
          />
        </>
      )}
    </Stack>
  );
}

function PageButtons(props: {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const from = (props.page - 1) * props.pageSize + 1;
  const to = from + props.shown - 1;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {props.total <= props.shown
          ? `${props.total} ${props.total === 1 ? "relationship" : "relationships"}`
          : `${from}–${to} of ${props.total} relationships`}
      </Text>
      {props.total > props.pageSize && (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={props.page <= 1}
            onClick={() => props.onPage(props.page - 1)}
          >
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={to >= props.total}
            onClick={() => props.onPage(props.page + 1)}
          >
            Next
          </Button>
        </Group>
      )}
    </Group>
  );
}

function Aggregates({ aggregates }: { aggregates: ProgramAggregates }) {
  const { scores, fit } = aggregates;
  const waiting = `Not yet: these appear once at least ${aggregates.minimumPeople} people have answered, so no one's answers can be picked out.`;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder padding="md">
        <Title order={2} size="h5">
          Check-ins, on a scale of 1 to 5
        </Title>
        {scores ? (
          <Stack gap="xs" mt="sm">
            <Score label="Satisfaction" value={scores.satisfaction} />
            <Score label="Usefulness" value={scores.usefulness} />
            <Score label="Expectations met" value={scores.expectations} />
            <Text size="xs" c="dimmed">
              Averages across {scores.people} people.
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            {waiting}
          </Text>
        )}
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h5">
          Fit after the first session
        </Title>
        {fit ? (
          <Stack gap="xs" mt="sm">
            <Group justify="space-between">
              <Text size="sm">Said it's a good fit</Text>
              <Text size="sm" fw={600}>
                {Math.round(fit.yesShare * 100)}%
              </Text>
            </Group>
            <Progress value={fit.yesShare * 100} aria-label="Share who said it's a good fit" />
            <Text size="xs" c="dimmed">
              Across {fit.people} people.
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            {waiting}
          </Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

function Score({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {value.toFixed(1)}
        </Text>
      </Group>
      <Progress value={(value / 5) * 100} aria-label={`${label}: ${value.toFixed(1)} out of 5`} />
    </div>
  );
}

function RelationshipsTable({ relationships }: { relationships: RelationshipOverview[] }) {
  return (
    // Focusable, so people using a keyboard can scroll a wide table too.
    <Box style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label="Relationships">
      <Table striped highlightOnHover verticalSpacing="xs" miw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>People</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Agreement</Table.Th>
            <Table.Th>Sessions held</Table.Th>
            <Table.Th>Last session</Table.Th>
            <Table.Th>Next session</Table.Th>
            <Table.Th>Open check-ins</Table.Th>
            <Table.Th>Flags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {relationships.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td miw={200}>
                {r.kind === "circle" && r.name && (
                  <Text size="sm" fw={600}>
                    {r.name}
                  </Text>
                )}
                {r.members.map((m) => (
                  <Text size="sm" key={m.id}>
                    {m.name}{" "}
                    <Text span size="xs" c="dimmed">
                      {ROLE_LABELS[m.role]}
                    </Text>
                  </Text>
                ))}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Badge variant="light" color={STATUS_COLORS[r.status]} miw="max-content">
                  {STATUS_LABELS[r.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(r.startedAt)}</Table.Td>
              <Table.Td>{r.agreed ? `Agreed ${formatDate(r.agreedAt)}` : "Not yet"}</Table.Td>
              <Table.Td>{r.sessionsHeld}</Table.Td>
              <Table.Td>{formatDate(r.lastSessionAt)}</Table.Td>
              <Table.Td>{formatDate(r.nextSessionAt)}</Table.Td>
              <Table.Td>{r.openCheckIns}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Stack gap={4} align="flex-start">
                  {r.stalled && (
                    <div>
                      <Badge color="grape" variant="light" miw="max-content">
                        Stalled
                      </Badge>
                      <Text size="xs" c="dimmed">
                        since {formatDate(r.stalledAt)}
                      </Text>
                    </div>
                  )}
                  {!r.stalled && r.nudgedAt && (
                    <Text size="xs" c="dimmed">
                      Nudged {formatDate(r.nudgedAt)}
                    </Text>
                  )}
                  {r.atRisk && (
                    <Badge color="red" variant="light" miw="max-content">
                      At risk
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
