import { Avatar, Badge, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { PageLoader } from "../layout/PageLoader.tsx";
import { type Match, relationshipQuery } from "../relationships/api.ts";
import { RELATIONSHIP_TABS, type RelationshipTab } from "./tabs.ts";

const AgreementPanel = lazy(() =>
  import("./agreement/AgreementPanel.tsx").then((m) => ({ default: m.AgreementPanel })),
);
const SessionsPanel = lazy(() =>
  import("./sessions/SessionsPanel.tsx").then((m) => ({ default: m.SessionsPanel })),
);
const GoalsPanel = lazy(() =>
  import("./goals/GoalsPanel.tsx").then((m) => ({ default: m.GoalsPanel })),
);
const CommitmentsPanel = lazy(() =>
  import("./session-work/CommitmentsPanel.tsx").then((m) => ({ default: m.CommitmentsPanel })),
);
const CheckInsPanel = lazy(() =>
  import("./check-ins/CheckInsPanel.tsx").then((m) => ({ default: m.CheckInsPanel })),
);
const DebriefsPanel = lazy(() =>
  import("./debriefs/DebriefsPanel.tsx").then((m) => ({ default: m.DebriefsPanel })),
);
const ClosurePanel = lazy(() =>
  import("./closure/ClosurePanel.tsx").then((m) => ({ default: m.ClosurePanel })),
);

const tabLabels: Record<RelationshipTab, string> = {
  sessions: "Sessions",
  agreement: "Agreement",
  goals: "Goals",
  commitments: "Commitments",
  "check-ins": "Check-ins",
  learning: "What I learned",
  close: "Closing",
};

function titleOf(relationship: Match): string {
  if (relationship.kind === "circle") return relationship.name ?? "Your circle";
  return `You and ${relationship.other.name}`;
}

/** One relationship, for its members: the place where the work together happens. */
export function RelationshipPage() {
  const { relationshipId } = useParams({ from: "/app/relationships/$relationshipId" });
  const { tab } = useSearch({ from: "/app/relationships/$relationshipId" });
  const navigate = useNavigate();
  const query = useQuery(relationshipQuery(relationshipId));
  const relationship = query.data?.relationship ?? null;
  usePageTitle(relationship ? titleOf(relationship) : "Relationship");

  if (query.isPending) return <PageLoader />;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!relationship) {
    return (
      <Stack maw={720}>
        <Title order={1}>A relationship in your program</Title>
        <Text>
          What the people in a relationship write together stays between them. You can see that it
          exists, its status and its dates on the program's overview.
        </Text>
      </Stack>
    );
  }

  const active = tab ?? (relationship.agreedAt ? "sessions" : "agreement");
  const panelProps = { relationship };
  return (
    <Stack gap="lg" maw={1040}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {relationship.program.name}
          </Text>
          <Title order={1}>{titleOf(relationship)}</Title>
          <Group gap="xs" mt={6}>
            <Badge variant="light">You're the {relationship.myRole}</Badge>
            <StatusBadge relationship={relationship} />
          </Group>
        </div>
        <Avatar.Group>
          {relationship.others.slice(0, 8).map((person) => (
            <Avatar
              key={person.id}
              src={person.photoUrl}
              alt={person.name}
              name={person.name}
              color="blue"
            />
          ))}
        </Avatar.Group>
      </Group>

      <Tabs
        value={active}
        onChange={(value) =>
          navigate({
            to: "/relationships/$relationshipId",
            params: { relationshipId },
            search: { tab: (value as RelationshipTab) ?? undefined },
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          {RELATIONSHIP_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {tabLabels[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Suspense fallback={<PageLoader />}>
          <Tabs.Panel value="sessions" pt="lg">
            <SessionsPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="agreement" pt="lg">
            <AgreementPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="goals" pt="lg">
            <GoalsPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="commitments" pt="lg">
            <CommitmentsPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="check-ins" pt="lg">
            <CheckInsPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="learning" pt="lg">
            <DebriefsPanel {...panelProps} />
          </Tabs.Panel>
          <Tabs.Panel value="close" pt="lg">
            <ClosurePanel {...panelProps} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
    </Stack>
  );
}

function StatusBadge({ relationship }: { relationship: Match }) {
  if (relationship.status === "ended") {
    return (
      <Badge variant="light" color="gray">
        Closed
      </Badge>
    );
  }
  if (relationship.status === "proposed") {
    return (
      <Badge variant="light" color="indigo">
        Waiting to start
      </Badge>
    );
  }
  if (!relationship.agreedAt) {
    return (
      <Badge variant="light" color="indigo">
        Agreement to settle
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="blue">
      Under way
    </Badge>
  );
}

/** What each panel receives. */
export type PanelProps = { relationship: Match };
