import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconX } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { PersonPicker, type PickedPerson } from "../directory/PersonPicker.tsx";
import { programQuery } from "../programs/api.ts";
import {
  addCircleMember,
  type Circle,
  type CircleRole,
  circlesQuery,
  createCircle,
  MAX_CIRCLE_MEMBERS,
  MAX_FACILITATORS,
  MIN_CIRCLE_MEMBERS,
  removeCircleMember,
} from "./api.ts";

/** For a program's managers: its group circles, starting one, and changing who is in it. */
export function CirclesPage() {
  const { slug } = useParams({ from: "/app/programs/$slug/circles" });
  const program = useQuery(programQuery(slug));
  const circles = useQuery(circlesQuery(slug));
  usePageTitle(program.data ? `Circles · ${program.data.name}` : "Circles");
  return (
    <Stack maw={900} gap="lg">
      <div>
        <Text size="sm">
          <AnchorLink to="/programs/$slug" params={{ slug }}>
            {program.data?.name ?? "The program"}
          </AnchorLink>
        </Text>
        <Title order={1}>Circles</Title>
        <Text c="dimmed" mt={4}>
          A circle is a small group that learns together: one or two facilitators and up to{" "}
          {MAX_CIRCLE_MEMBERS} members, who share sessions, an agenda and commitments. You see who
          is in each circle; what they talk about stays with them.
        </Text>
      </div>
      <NewCircleForm slug={slug} />
      <Title order={2} size="h3">
        {circles.data && circles.data.length > 0
          ? `${circles.data.length} ${circles.data.length === 1 ? "circle" : "circles"}`
          : "Circles in this program"}
      </Title>
      {circles.isPending && <Skeleton h={120} />}
      {circles.isError && <ErrorAlert error={circles.error} />}
      {circles.data?.length === 0 && (
        <Text c="dimmed">
          No circles yet. Start the first one above: it only takes a name and a few people.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {circles.data?.map((circle) => (
          <CircleCard key={circle.id} circle={circle} slug={slug} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function PeopleChosen({
  people,
  listName,
  onRemove,
}: {
  people: PickedPerson[];
  listName: string;
  onRemove: (id: string) => void;
}) {
  if (people.length === 0) return null;
  return (
    <Group gap={6}>
      {people.map((p) => (
        <Badge
          key={p.id}
          variant="light"
          size="lg"
          tt="none"
          rightSection={
            <ActionIcon
              size="xs"
              variant="transparent"
              color="gray"
              aria-label={`Take ${p.name} off the ${listName} list`}
              onClick={() => onRemove(p.id)}
            >
              <IconX size={12} aria-hidden />
            </ActionIcon>
          }
        >
          {p.name}
        </Badge>
      ))}
    </Group>
  );
}

function NewCircleForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [facilitators, setFacilitators] = useState<PickedPerson[]>([]);
  const [members, setMembers] = useState<PickedPerson[]>([]);
  const chosen = new Set([...facilitators, ...members].map((p) => p.id));
  const create = useMutation({
    mutationFn: () =>
      createCircle(slug, {
        name: name.trim(),
        facilitatorIds: facilitators.map((p) => p.id),
        memberIds: members.map((p) => p.id),
      }),
    onSuccess: ({ circle }) => {
      setName("");
      setFacilitators([]);
      setMembers([]);
      void queryClient.invalidateQueries({ queryKey: ["circles", slug] });
      notifications.show({
        message: `${/\bcircle$/i.test(circle.name) ? circle.name : `The ${circle.name} circle`} has started. Everyone in it has been told.`,
      });
    },
  });
  const ready =
    name.trim().length > 0 &&
    facilitators.length >= 1 &&
    members.length >= MIN_CIRCLE_MEMBERS &&
    members.length <= MAX_CIRCLE_MEMBERS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) create.mutate();
  };
  return (
    <Card withBorder padding="lg" component="form" onSubmit={submit} aria-labelledby="new-circle">
      <Title order={2} size="h3" id="new-circle">
        Start a circle
      </Title>
      <Stack gap="sm" mt="sm">
        <TextInput
          label="Name"
          placeholder="For example: New managers circle"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={100}
          required
        />
        <PersonPicker
          label={`Facilitators (one or two, ${facilitators.length} of ${MAX_FACILITATORS})`}
          exclude={chosen}
          disabled={facilitators.length >= MAX_FACILITATORS}
          onPick={(p) => setFacilitators((list) => [...list, p])}
        />
        <PeopleChosen
          people={facilitators}
          listName="facilitator"
          onRemove={(id) => setFacilitators((list) => list.filter((p) => p.id !== id))}
        />
        <PersonPicker
          label={`Members (${MIN_CIRCLE_MEMBERS} to ${MAX_CIRCLE_MEMBERS}, ${members.length} so far)`}
          exclude={chosen}
          disabled={members.length >= MAX_CIRCLE_MEMBERS}
          onPick={(p) => setMembers((list) => [...list, p])}
        />
        <PeopleChosen
          people={members}
          listName="member"
          onRemove={(id) => setMembers((list) => list.filter((p) => p.id !== id))}
        />
        <ErrorAlert error={create.error} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Everyone is told in the app and by email.
          </Text>
          <Button type="submit" disabled={!ready} loading={create.isPending}>
            Start the circle
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function CircleCard({ circle, slug }: { circle: Circle; slug: string }) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<CircleRole>("member");
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["circles", slug] });
  const add = useMutation({
    mutationFn: (personId: string) => addCircleMember(circle.id, personId, role),
    onSuccess: () => void refresh(),
  });
  const remove = useMutation({
    mutationFn: (personId: string) => removeCircleMember(circle.id, personId),
    onSuccess: () => void refresh(),
  });
  const facilitators = circle.people.filter((p) => p.role === "facilitator");
  const members = circle.people.filter((p) => p.role === "member");
  const open = circle.status === "active";
  const inCircle = new Set(circle.people.map((p) => p.id));
  const full =
    role === "facilitator"
      ? facilitators.length >= MAX_FACILITATORS
      : members.length >= MAX_CIRCLE_MEMBERS;
  return (
    <Card withBorder padding="md" component="section" aria-label={circle.name}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Title order={3} size="h4">
            {circle.name}
          </Title>
          <Text size="xs" c="dimmed">
            {circle.startedAt ? `Started ${formatDate(circle.startedAt)}` : "Not started"}
            {circle.endedAt ? ` · ended ${formatDate(circle.endedAt)}` : ""}
          </Text>
        </div>
        <Badge variant="light" color={open ? "mutual" : "gray"}>
          {open ? "Under way" : "Closed"}
        </Badge>
      </Group>
      <Stack gap={4} mt="sm">
        {[...facilitators, ...members].map((person) => (
          <Group key={person.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {person.name}{" "}
              {person.role === "facilitator" && (
                <Text span size="xs" c="dimmed">
                  facilitator
                </Text>
              )}
            </Text>
            {open && (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Take ${person.name} out of ${circle.name}`}
                onClick={() => remove.mutate(person.id)}
                loading={remove.isPending && remove.variables === person.id}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {open && (
        <Stack gap={6} mt="sm">
          <SegmentedControl
            size="xs"
            value={role}
            onChange={(value) => setRole(value as CircleRole)}
            data={[
              { value: "member", label: "Add a member" },
              { value: "facilitator", label: "Add a facilitator" },
            ]}
            aria-label={`Who to add to ${circle.name}`}
          />
          <PersonPicker
            label={role === "facilitator" ? "New facilitator" : "New member"}
            exclude={inCircle}
            disabled={full || add.isPending}
            onPick={(p) => add.mutate(p.id)}
          />
          {full && (
            <Text size="xs" c="dimmed">
              {role === "facilitator"
                ? `A circle has at most ${MAX_FACILITATORS} facilitators.`
                : `A circle has at most ${MAX_CIRCLE_MEMBERS} members.`}
            </Text>
          )}
        </Stack>
      )}
      <ErrorAlert error={add.error ?? remove.error} />
    </Card>
  );
}
