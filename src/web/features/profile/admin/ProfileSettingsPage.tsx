import { Card, Stack, Text, Title } from "@mantine/core";
import { usePageTitle } from "../../../ui/usePageTitle.ts";
import { ObjectivesAdmin } from "./ObjectivesAdmin.tsx";
import { QuestionsAdmin } from "./QuestionsAdmin.tsx";

/** For administrators: the objectives goals can serve, and the questionnaire's questions. */
export function ProfileSettingsPage() {
  usePageTitle("Objectives and questionnaire");
  return (
    <Stack gap="xl" maw={900}>
      <div>
        <Title order={1}>Objectives and questionnaire</Title>
        <Text c="dimmed" mt={6}>
          Shape what people's profiles ask: the objectives their goals can serve, and the questions
          about how they like to work.
        </Text>
      </div>
      <Card>
        <ObjectivesAdmin />
      </Card>
      <Card>
        <QuestionsAdmin />
      </Card>
    </Stack>
  );
}
