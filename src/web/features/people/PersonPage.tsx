import { Badge, Card, Group, List, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { type ComponentType, lazy, Suspense } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useMe } from "../auth/session.ts";
import { formatLabels, meetingLabels, type Profile, profileQuery } from "../profile/api.ts";
import { formatDay } from "../profile/WorkSection.tsx";
import { PersonAvatar } from "./PersonAvatar.tsx";
import { WorkDetailsForm } from "./WorkDetailsForm.tsx";

// The skills section belongs to src/web/features/skills; it shows here once that file exists.
const skillsSection = Object.values(
  import.meta.glob<{
    ProfileSkillsSection: ComponentType<{ personId: string; readOnly?: boolean }>;
  }>("../skills/ProfileSkillsSection.tsx"),
)[0];
const ProfileSkillsSection = skillsSection
  ? lazy(() => skillsSection().then((module) => ({ default: module.ProfileSkillsSection })))
  : null;

function localTime(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, { timeStyle: "short", timeZone }).format(new Date());
  } catch {
    return null;
  }
}

/** A colleague's profile, as anyone in the organization sees it. */
export function PersonPage() {
  const { personId } = useParams({ from: "/app/people/$personId" });
  const me = useMe();
  const profile = useQuery(profileQuery(personId));
  usePageTitle(profile.data?.name ?? "Profile");
  if (profile.isPending) {
    return (
      <Stack maw={760} role="status" aria-label="Loading the profile">
        <Skeleton h={80} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  const person = profile.data;
  return (
    <Stack gap="xl" maw={760}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={96} />
        <div style={{ minWidth: 0 }}>
          <Title order={1}>{person.name}</Title>
          <Text c="dimmed" mt={4}>
            {[person.preferredName && `Goes by ${person.preferredName}`, person.pronouns]
              .filter(Boolean)
              .join(" · ")}
          </Text>
          {person.title && <Text fw={600}>{person.title}</Text>}
          <Group gap="xs" mt={6}>
            {person.status === "deactivated" && <Badge color="gray">Deactivated</Badge>}
            {person.mentoring.openToMentor && (
              <Badge variant="light" color="mutual">
                Open to mentoring
              </Badge>
            )}
            {person.mentoring.openToBeMentored && (
              <Badge variant="light" color="grape">
                Looking for a mentor
              </Badge>
            )}
          </Group>
          {person.id === me.id && (
            <ButtonLink to="/profile" size="xs" variant="light" mt="sm">
              Edit your profile
            </ButtonLink>
          )}
        </div>
      </Group>
      <Card>
        <About person={person} />
      </Card>
      {ProfileSkillsSection && (
        <Suspense fallback={<Skeleton h={120} />}>
          <ProfileSkillsSection personId={person.id} readOnly />
        </Suspense>
      )}
      <Card component="section" aria-labelledby="person-goals-heading">
        <Title order={2} size="h3" id="person-goals-heading" mb="sm">
          Goals
        </Title>
        {person.goals.length === 0 ? (
          <Text size="sm" c="dimmed">
            No goals shared yet.
          </Text>
        ) : (
          <List spacing="xs">
            {person.goals.map((goal) => (
              <List.Item key={goal.id}>
                <Text className="mutual-break">{goal.text}</Text>
                {goal.objective && (
                  <Text size="xs" c="dimmed">
                    Serves: {goal.objective.title}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {person.canEdit.workDetails && (
        <Card>
          <WorkDetailsForm key={person.id} profile={person} />
        </Card>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function About({ person }: { person: Profile }) {
  const time = person.timeZone ? localTime(person.timeZone) : null;
  const m = person.mentoring;
  return (
    <Stack>
      {person.bio && (
        <Text style={{ whiteSpace: "pre-wrap" }} className="mutual-break">
          {person.bio}
        </Text>
      )}
      <Group gap="xl" align="flex-start">
        <Fact label="Department">{person.department ?? "—"}</Fact>
        <Fact label="Location">{person.location ?? "—"}</Fact>
        <Fact label="Time zone">
          {person.timeZone
            ? `${person.timeZone.replaceAll("_", " ")}${time ? ` (${time} there now)` : ""}`
            : "—"}
        </Fact>
        <Fact label="Languages">{person.languages.join(", ") || "—"}</Fact>
        {person.hireDate && <Fact label="Started">{formatDay(person.hireDate)}</Fact>}
        {person.employeeId && <Fact label="Employee ID">{person.employeeId}</Fact>}
      </Group>
      <Group gap="xl" align="flex-start">
        <Fact label="Manager">
          {person.manager ? (
            <AnchorLink to="/people/$personId" params={{ personId: person.manager.id }}>
              {person.manager.name}
            </AnchorLink>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label="Reports">
          {person.directReports === 0
            ? "None"
            : person.directReports === 1
              ? "1 person"
              : `${person.directReports} people`}
        </Fact>
        <Fact label="In the org chart">
          <AnchorLink to="/org-chart" search={{ focus: person.id }}>
            Show where {person.name} sits
          </AnchorLink>
        </Fact>
      </Group>
      {(m.openToMentor || m.openToBeMentored) && (
        <Group gap="xl" align="flex-start">
          {m.openToMentor && (
            <Fact label="Mentoring">
              Up to {m.mentorCapacity} {m.mentorCapacity === 1 ? "mentee" : "mentees"} at once
            </Fact>
          )}
          <Fact label="Formats">
            {m.preferredFormats.map((f) => formatLabels[f]).join(", ") || "Any"}
          </Fact>
          <Fact label="Meeting">{meetingLabels[m.meetingPreference]}</Fact>
        </Group>
      )}
    </Stack>
  );
}
