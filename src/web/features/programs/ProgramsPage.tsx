import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useMe } from "../auth/session.ts";
import { type ProgramSummary, programsQuery } from "./api.ts";
import { FORMAT_LABELS, PURPOSE_LABELS, STATE_COLORS, STATE_LABELS } from "./labels.ts";

/** /programs: the organization's mentoring programs, and a way to design a new one. */
export function ProgramsPage() {
  usePageTitle("Programs");
  const me = useMe();
  const programs = useQuery(programsQuery);
  const canCreate = me.role === "admin" || me.role === "program_manager";
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Programs</Title>
          <Text c="dimmed">
            Mentoring programs in {me.organization.name}, and how far along each one is.
          </Text>
        </div>
        {canCreate && (
          <ButtonLink to="/programs/new" leftSection={<IconPlus size={18} aria-hidden />}>
            New program
          </ButtonLink>
        )}
      </Group>
      <ErrorAlert error={programs.error} />
      {programs.isPending && <Skeleton h={160} />}
      {programs.data?.length === 0 && (
        <Card withBorder padding="lg">
          <Text>
            {canCreate
              ? "No programs yet. Start with “New program”: we'll ask a few questions about what you need and suggest a design."
              : "No programs are open yet. When one opens, you'll find it here."}
          </Text>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {programs.data?.map((program) => (
          <ProgramCard key={program.id} program={program} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProgramCard({ program }: { program: ProgramSummary }) {
  const { mentees, mentors, matched } = program.counts;
  return (
    <Card withBorder padding="lg" component="article" aria-label={program.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <AnchorLink to="/programs/$slug" params={{ slug: program.slug }} fw={600} size="lg">
          {program.name}
        </AnchorLink>
        <Badge color={STATE_COLORS[program.state]} variant="light">
          {STATE_LABELS[program.state]}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {PURPOSE_LABELS[program.purpose]} · {FORMAT_LABELS[program.format]}
      </Text>
      {program.description && (
        <Text size="sm" mt="xs" lineClamp={2}>
          {program.description}
        </Text>
      )}
      <Text size="sm" mt="sm">
        {mentees} {mentees === 1 ? "mentee" : "mentees"} and {mentors}{" "}
        {mentors === 1 ? "mentor" : "mentors"} enrolled · {matched} matched
      </Text>
    </Card>
  );
}
