import { Badge, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { ISSUE_LABELS } from "../../../modules/programs/needs-analysis-options.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { type Program, programQuery } from "./api.ts";
import {
  cadenceText,
  FORMAT_LABELS,
  KIND_HINTS,
  KIND_LABELS,
  PURPOSE_LABELS,
  ROLES_LABELS,
  STATE_COLORS,
  STATE_LABELS,
} from "./labels.ts";
import { ManagersCard } from "./ManagersCard.tsx";
import { PreparationEditor } from "./PreparationEditor.tsx";
import { PreparationReader } from "./PreparationReader.tsx";
import { ProgramSettingsCard } from "./ProgramSettingsCard.tsx";
import { StateActions } from "./StateActions.tsx";

function whoCanEnrol(program: Program): string {
  const rule = program.eligibility;
  if ("all" in rule && rule.all === true) return "open to everyone";
  const places = [...rule.departments, ...rule.locations];
  return places.length > 0 ? `open to ${places.join(", ")}` : "open to invited people";
}

/** /programs/$slug: a program's overview; its managers also change it here. */
export function ProgramPage() {
  const { slug } = useParams({ from: "/app/programs/$slug" });
  const program = useQuery(programQuery(slug));
  usePageTitle(program.data?.name ?? "Program");
  return (
    <Stack gap="lg" maw={960}>
      <ErrorAlert error={program.error} />
      {program.isPending && <Skeleton h={240} />}
      {program.data && <ProgramOverview program={program.data} />}
    </Stack>
  );
}

function ProgramOverview({ program }: { program: Program }) {
  const { mentees, mentors, matched } = program.counts;
  const slug = program.slug;
  return (
    <>
      <div>
        <Group gap="sm" align="center">
          <Title order={1}>{program.name}</Title>
          <Badge color={STATE_COLORS[program.state]} variant="light" size="lg">
            {STATE_LABELS[program.state]}
          </Badge>
        </Group>
        <Text c="dimmed">
          {PURPOSE_LABELS[program.purpose]} · {FORMAT_LABELS[program.format]} ·{" "}
          {ROLES_LABELS[program.roles]} · {program.durationMonths} months, meeting{" "}
          {cadenceText(program.cadenceMinWeeks, program.cadenceMaxWeeks)}
        </Text>
        <Text size="sm" c="dimmed">
          {KIND_LABELS[program.kind]} ({KIND_HINTS[program.kind]}) · {whoCanEnrol(program)}
          {(program.enrollmentOpensAt || program.enrollmentClosesAt) &&
            ` · enrollment ${program.enrollmentOpensAt ? `from ${formatDate(program.enrollmentOpensAt)}` : ""}${program.enrollmentClosesAt ? ` until ${formatDate(program.enrollmentClosesAt)}` : ""}`}
        </Text>
        {program.description && <Text mt="sm">{program.description}</Text>}
      </div>
      <Card withBorder padding="md">
        <Group justify="space-between">
          <Text>
            {mentees} {mentees === 1 ? "mentee" : "mentees"} and {mentors}{" "}
            {mentors === 1 ? "mentor" : "mentors"} enrolled · {matched} matched
          </Text>
          <Group gap="md">
            {program.state === "enrolling" && (
              <AnchorLink to="/programs/$slug/enroll" params={{ slug }}>
                Enrol
              </AnchorLink>
            )}
            {program.state === "matching" && program.matching.mode === "choice" && (
              <AnchorLink to="/programs/$slug/choose" params={{ slug }}>
                Choose a mentor
              </AnchorLink>
            )}
          </Group>
        </Group>
        {program.canManage && (
          <Group gap="md" mt="sm">
            <AnchorLink to="/programs/$slug/form" params={{ slug }}>
              Enrollment form
            </AnchorLink>
            <AnchorLink to="/programs/$slug/enrollments" params={{ slug }}>
              Who enrolled
            </AnchorLink>
            <AnchorLink to="/programs/$slug/matching" params={{ slug }}>
              Matching
            </AnchorLink>
            <AnchorLink to="/programs/$slug/rematches" params={{ slug }}>
              Rematch requests
            </AnchorLink>
            <AnchorLink to="/programs/$slug/relationships" params={{ slug }}>
              How relationships are going
            </AnchorLink>
            <AnchorLink to="/programs/$slug/learning-log" params={{ slug }}>
              Learning log
            </AnchorLink>
            <AnchorLink to="/programs/$slug/circles" params={{ slug }}>
              Circles
            </AnchorLink>
          </Group>
        )}
      </Card>
      {program.canManage && <StateActions program={program} />}
      {program.canManage && program.needsAnalysis && (
        <Card withBorder padding="md">
          <Title order={2} size="h4">
            Why this program
          </Title>
          <Text mt={4}>{ISSUE_LABELS[program.needsAnalysis.issue.category]}</Text>
          {program.needsAnalysis.issue.details && (
            <Text size="sm" c="dimmed">
              “{program.needsAnalysis.issue.details}”
            </Text>
          )}
        </Card>
      )}
      {program.canManage ? (
        <>
          <ProgramSettingsCard program={program} />
          <ManagersCard program={program} />
          <PreparationEditor slug={slug} />
        </>
      ) : (
        <PreparationReader slug={slug} />
      )}
    </>
  );
}
