import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { levelLabels } from "../skills/api.ts";
import { SkillPicker } from "../skills/SkillPicker.tsx";
import { HELPERS_PAGE_SIZE, type Helper, whoCanHelpQuery } from "./api.ts";
import { PageControls } from "./PageControls.tsx";
import { PersonCard } from "./PersonCard.tsx";
import { type DirectorySearch, peopleCount } from "./search-params.ts";

/** "Who can help me with…": pick a skill, see who offers it, the best-placed to help first. */
export function WhoCanHelp({
  search,
  onChange,
}: {
  search: DirectorySearch;
  onChange: (next: Partial<DirectorySearch>) => void;
}) {
  const skill = search.skill ?? "";
  const answer = useQuery(whoCanHelpQuery(skill, search.page ?? 1));
  const pages = answer.data ? Math.ceil(answer.data.total / HELPERS_PAGE_SIZE) : 0;
  const name = answer.data?.skill?.name ?? search.skillName ?? "that skill";
  return (
    <Stack gap="lg">
      <Card>
        <SkillPicker
          label="What would you like help with?"
          description="Pick a skill. We'll show who offers it: people who can teach it and have time to mentor come first."
          allowPropose={false}
          onPick={(picked) =>
            onChange({ skill: picked.id, skillName: picked.name, page: undefined })
          }
        />
      </Card>
      {skill !== "" && (
        <section aria-label={`People who can help with ${name}`} aria-busy={answer.isFetching}>
          <ErrorAlert error={answer.error} />
          {answer.isPending ? (
            <Skeleton h={160} />
          ) : answer.data ? (
            <Stack gap="md">
              <Text role="status">
                <Text span fw={600}>
                  {name}:
                </Text>{" "}
                {answer.data.total === 0
                  ? "nobody lists it yet."
                  : `${peopleCount(answer.data.total, answer.data.totalIsExact)} can help.`}
              </Text>
              {answer.data.people.length === 0 ? (
                <NobodyYet name={name} suggestions={answer.data.suggestions} onChange={onChange} />
              ) : (
                <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} p={0} m={0}>
                  {answer.data.people.map((helper) => (
                    <PersonCard key={helper.id} person={helper}>
                      <HowTheyCanHelp helper={helper} />
                    </PersonCard>
                  ))}
                </SimpleGrid>
              )}
              <PageControls
                page={search.page ?? 1}
                pages={pages}
                onPage={(page) => onChange({ page: page > 1 ? page : undefined })}
              />
            </Stack>
          ) : null}
        </section>
      )}
    </Stack>
  );
}

function HowTheyCanHelp({ helper }: { helper: Helper }) {
  return (
    <Group gap={6} mt={6}>
      <Badge variant="filled" color="mutual" size="sm" tt="none">
        {levelLabels[helper.level] ?? `Level ${helper.level}`}
      </Badge>
      {helper.canTeach && (
        <Badge variant="light" color="blue" size="sm" tt="none">
          Happy to teach it
        </Badge>
      )}
      <Text size="xs" c="dimmed" w="100%">
        {helper.available
          ? `Has room to mentor: ${helper.placesLeft} ${helper.placesLeft === 1 ? "place" : "places"} free`
          : "Not taking on mentees right now — a short question may still be welcome"}
      </Text>
    </Group>
  );
}

function NobodyYet({
  name,
  suggestions,
  onChange,
}: {
  name: string;
  suggestions: { id: string; name: string }[];
  onChange: (next: Partial<DirectorySearch>) => void;
}) {
  return (
    <Card withBorder>
      <Text fw={600}>Nobody here lists {name} yet.</Text>
      <Text size="sm" c="dimmed" mt={4}>
        Someone may still know it: ask in your team, or add it to the skills you want on your
        profile, so the people who learn it later can find you.
      </Text>
      {suggestions.length > 0 && (
        <Text size="sm" mt="sm">
          Did you mean{" "}
          {suggestions.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ", "}
              <Anchor
                component="button"
                type="button"
                onClick={() => onChange({ skill: s.id, skillName: s.name, page: undefined })}
              >
                {s.name}
              </Anchor>
            </span>
          ))}
          ?
        </Text>
      )}
    </Card>
  );
}
