import {
  Badge,
  Card,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../../api/client.ts";
import { type Role, roleOptions } from "../../api/types.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { useMe } from "../auth/session.ts";
import { changeRole, type Person, peopleQuery } from "./api.ts";
import { StatusButton } from "./StatusButton.tsx";

export function PeopleTable() {
  const people = useQuery(peopleQuery);
  const count = people.data?.length;

  return (
    <Card component="section" aria-labelledby="people-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="people-heading">
            Members{count !== undefined ? ` (${count})` : ""}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Change someone's role, or deactivate an account when a person leaves. Deactivated people
            can't sign in, and you can bring them back at any time.
          </Text>
        </div>
        {people.isPending && (
          <Stack gap="xs" role="status" aria-label="Loading people">
            <Skeleton h={40} />
            <Skeleton h={40} />
            <Skeleton h={40} />
          </Stack>
        )}
        {people.isError && <ErrorAlert error={people.error} />}
        {people.isSuccess && people.data.length === 0 && (
          <Text c="dimmed">No one here yet. Invite your first colleagues above.</Text>
        )}
        {people.isSuccess && people.data.length > 0 && (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.map((person) => (
                  <PersonRow key={person.id} person={person} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function PersonRow({ person }: { person: Person }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const isMe = person.id === me.id;

  const role = useMutation({
    mutationFn: (next: Role) => changeRole(person.id, next),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      if (isMe) void queryClient.invalidateQueries({ queryKey: ["session"] });
      notifications.show({ message: `${updated.name} is now ${roleWithArticle(updated.role)}.` });
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }),
  });

  const deactivated = person.status === "deactivated";
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          <AnchorLink to="/people/$personId" params={{ personId: person.id }} inherit>
            {person.name}
          </AnchorLink>
          {isMe && (
            <Text span c="dimmed" size="sm" fw={400}>
              {" "}
              (you)
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          Joined {formatDate(person.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {person.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{person.title ?? "—"}</Text>
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Access level for ${person.name}`}
          data={roleOptions}
          value={person.role}
          disabled={role.isPending || deactivated}
          onChange={(event) => role.mutate(event.currentTarget.value as Role)}
          size="xs"
          miw={160}
        />
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={deactivated ? "gray" : "mutual"} miw="max-content">
          {deactivated ? "Deactivated" : "Active"}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{!isMe && <StatusButton person={person} />}</Table.Td>
    </Table.Tr>
  );
}

function roleWithArticle(role: Role): string {
  const label = roleOptions.find((option) => option.value === role)?.label ?? role;
  return `${role === "admin" ? "an" : "a"} ${label.toLowerCase()}`;
}
