import { Alert, Card, List, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { learningLogQuery } from "../relationship/debriefs/api.ts";

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/**
 * For a program's managers: what participants chose to share about what they learned, by
 * month, with no names. Shown once enough different people have shared.
 */
export function LearningLogPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/learning-log" });
  const query = useQuery(learningLogQuery(slug));
  usePageTitle(query.data ? `Learning log · ${query.data.program.name}` : "Learning log");
  const data = query.data;
  const lines = data?.months.reduce((n, m) => n + m.entries.length, 0) ?? 0;
  return (
    <Stack maw={820} gap="lg">
      <div>
        {data && (
          <Text size="sm" c="dimmed">
            {data.program.name}
          </Text>
        )}
        <Title order={1}>Learning log</Title>
        <Text c="dimmed" mt={4}>
          What participants learned, in their own words, when they chose to share it. There are no
          names, no pairs and no exact dates here: only the words and the month. Everything people
          keep private stays with them.
        </Text>
      </div>
      {query.isPending && <Skeleton h={160} />}
      {query.isError && <ErrorAlert error={query.error} />}
      {data && !data.enoughPeople && (
        <Alert color="gray" title="Not enough to show yet">
          The log appears once at least {data.minPeople} different people have shared something, so
          that no line can be traced back to the person who wrote it.
        </Alert>
      )}
      {data?.enoughPeople && lines === 0 && <Text c="dimmed">Nothing shared yet.</Text>}
      {data?.months.map((month) => (
        <Card key={month.month} withBorder padding="md" radius="md" component="section">
          <Title order={2} size="h4">
            {monthName(month.month)}
          </Title>
          <List spacing="xs" mt="sm">
            {month.entries.map((entry, index) => (
              // Lines carry no id on purpose (nothing that could point back to a person).
              // biome-ignore lint/suspicious/noArrayIndexKey: a month's list never reorders
              <List.Item key={index}>
                <Text style={{ whiteSpace: "pre-line" }}>{entry.learned}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </Stack>
  );
}
