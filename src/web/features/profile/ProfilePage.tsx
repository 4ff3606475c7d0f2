import { Badge, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type ComponentType, lazy, Suspense } from "react";
import { roleLabels } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ChangePasswordForm } from "../auth/ChangePasswordForm.tsx";
import { useMe } from "../auth/session.ts";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { profileQuery } from "./api.ts";
import { GoalsSection } from "./GoalsSection.tsx";
import { MentoringSection } from "./MentoringSection.tsx";
import { PhotoSection } from "./PhotoSection.tsx";
import { ProfileForm } from "./ProfileForm.tsx";
import { QuestionnaireSection } from "./QuestionnaireSection.tsx";
import { WorkSection } from "./WorkSection.tsx";

// Skills offered and wanted belong to src/web/features/skills: its ProfileSkillsSection shows
// here as soon as that file exists (an empty glob until then, so nothing renders).
const skillsSection = Object.values(
  import.meta.glob<{ ProfileSkillsSection: ComponentType<{ personId: string }> }>(
    "../skills/ProfileSkillsSection.tsx",
  ),
)[0];
const ProfileSkillsSection = skillsSection
  ? lazy(() => skillsSection().then((module) => ({ default: module.ProfileSkillsSection })))
  : null;

export function ProfilePage() {
  usePageTitle("Your profile");
  const me = useMe();
  const profile = useQuery(profileQuery(me.id));
  return (
    <Stack gap="xl" maw={760}>
      <Group gap="md" wrap="nowrap">
        <PersonAvatar name={me.name} photoUrl={profile.data?.photoUrl ?? null} size={64} />
        <div style={{ minWidth: 0 }}>
          <Title order={1}>Your profile</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed" className="mutual-break">
              {me.email}
            </Text>
            <Badge variant="light" color="mutual">
              {roleLabels[me.role]}
            </Badge>
          </Group>
          <Text size="sm" mt={4}>
            <AnchorLink to="/people/$personId" params={{ personId: me.id }}>
              See your profile as colleagues see it
            </AnchorLink>
          </Text>
        </div>
      </Group>
      {profile.isPending && (
        <Stack role="status" aria-label="Loading your profile">
          <Skeleton h={160} />
          <Skeleton h={320} />
        </Stack>
      )}
      <ErrorAlert error={profile.error} />
      {profile.data && (
        <>
          <Card>
            <ProfileForm key={`about-${me.id}`} profile={profile.data} />
          </Card>
          <Card>
            <PhotoSection profile={profile.data} />
          </Card>
          <Card>
            <WorkSection
              key={`work-${me.id}`}
              profile={profile.data}
              isAdmin={me.role === "admin"}
            />
          </Card>
          <Card>
            <MentoringSection key={`mentoring-${me.id}`} profile={profile.data} />
          </Card>
          {/* skills section: src/web/features/skills */}
          {ProfileSkillsSection && (
            <Suspense fallback={<Skeleton h={160} />}>
              <ProfileSkillsSection personId={me.id} />
            </Suspense>
          )}
          <Card>
            <GoalsSection key={`goals-${me.id}`} profile={profile.data} />
          </Card>
          <Card>
            <QuestionnaireSection />
          </Card>
        </>
      )}
      <Card>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
