import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { InvitationsList } from "../invitations/InvitationsList.tsx";
import { InviteForm } from "../invitations/InviteForm.tsx";
import { PeopleTable } from "./PeopleTable.tsx";

export function PeoplePage() {
  usePageTitle("People");
  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <Title order={1}>People</Title>
        <Text c="dimmed" mt={6}>
          Everyone in your organization, and everyone you've invited. Roles decide who can look
          after Mutual: administrators manage people, program managers run programs.
        </Text>
      </div>
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
