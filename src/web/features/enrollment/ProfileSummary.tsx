import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { AnchorLink } from "../../ui/links.tsx";
import type { EnrollmentForm } from "./api.ts";

const meetingLabels: Record<string, string> = {
  in_person: "In person",
  remote: "Remotely",
  either: "In person or remotely",
};

/** What the person's profile already tells the program, read-only, with a way to change it. */
export function ProfileSummary({ profile }: { profile: EnrollmentForm["profile"] }) {
  return (
    <Card withBorder component="section" aria-labelledby="profile-summary-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="profile-summary-heading">
            From your profile
          </Title>
          <AnchorLink to="/profile" size="sm">
            Edit your profile
          </AnchorLink>
        </Group>
        <Text size="sm" c="dimmed">
          Matching reads these from your profile, so you don't have to write them twice.
        </Text>
        <Row label="Skills you offer">
          {profile.skillsOffered.map((s) => (
            <Badge key={s.name} variant="light">
              {s.name} · {s.level}/5
            </Badge>
          ))}
        </Row>
        <Row label="Skills you want to grow">
          {profile.skillsWanted.map((s) => (
            <Badge key={s.name} variant="light" color="grape">
              {s.name}
            </Badge>
          ))}
        </Row>
        <div>
          <Text size="sm" fw={600}>
            Your goals
          </Text>
          {profile.goals.length === 0 ? (
            <Text size="sm" c="dimmed">
              None yet.
            </Text>
          ) : (
            <List size="sm">
              {profile.goals.map((goal) => (
                <List.Item key={goal}>{goal}</List.Item>
              ))}
            </List>
          )}
        </div>
        <Text size="sm">
          <strong>Mentoring:</strong>{" "}
          {[
            profile.openToMentor
              ? `open to mentor (up to ${profile.mentorCapacity} at once)`
              : null,
            profile.openToBeMentored ? "open to being mentored" : null,
            meetingLabels[profile.meetingPreference] ?? null,
          ]
            .filter(Boolean)
            .join(" · ") || "no preferences yet"}
        </Text>
        {profile.questionnaire.length > 0 && (
          <Text size="sm" c="dimmed">
            You answered {profile.questionnaire.length} work-style{" "}
            {profile.questionnaire.length === 1 ? "question" : "questions"}; only you see the
            answers.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode[] }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <Group gap={6} mt={4}>
          {children}
        </Group>
      )}
    </div>
  );
}
