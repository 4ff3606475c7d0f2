import { Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { InvitationsList } from "../invitations/InvitationsList.tsx";
import { InviteForm } from "../invitations/InviteForm.tsx";
import { PeopleFileActions } from "../people-import/PeopleFileActions.tsx";
import { PeopleTable } from "./PeopleTable.tsx";

export function PeoplePage() {
  usePageTitle("People");
  return (
    <Stack gap="xl" maw={1200}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>People</Title>
          <Text c="dimmed" mt={6} maw={720}>
            Everyone in your organization, and everyone you've invited. Roles decide who can look
            after Mutual: administrators manage people, program managers run programs.
          </Text>
        </div>
        <PeopleFileActions />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card>
          <InviteForm />
        </Card>
        <Card>
          <InvitationsList />
        </Card>
      </SimpleGrid>
      <PeopleTable />
    </Stack>
  );
}
