import { Avatar, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { roleLabels } from "../../api/types.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ChangePasswordForm } from "../auth/ChangePasswordForm.tsx";
import { useMe } from "../auth/session.ts";
import { initials } from "../layout/UserMenu.tsx";
import { ProfileForm } from "./ProfileForm.tsx";

export function ProfilePage() {
  usePageTitle("Your profile");
  const me = useMe();
  return (
    <Stack gap="xl" maw={720}>
      <Group gap="md" wrap="nowrap">
        <Avatar color="mutual" radius="xl" size={64} alt="">
          {initials(me.name)}
        </Avatar>
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
        </div>
      </Group>
      <Card>
        <ProfileForm key={me.id} me={me} />
      </Card>
      <Card>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
