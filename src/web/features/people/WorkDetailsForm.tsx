import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { patch } from "../../api/client.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { PersonSearch } from "../org-chart/PersonSearch.tsx";
import type { PersonLink, Profile } from "../profile/api.ts";
import { SaveState } from "../profile/SaveState.tsx";
import { PersonAvatar } from "./PersonAvatar.tsx";

interface WorkDetails {
  title: string | null;
  department: string | null;
  location: string | null;
  hireDate: string | null;
  employeeId: string | null;
  managerId: string | null;
}

const updateWorkDetails = (personId: string, changes: WorkDetails) =>
  patch<Profile>(`/people/${personId}/work`, changes);

const clean = (value: string) => (value.trim() === "" ? null : value.trim());

/** For administrators: the details HR keeps about a person, including their manager. */
export function WorkDetailsForm({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const initial = {
    title: profile.title ?? "",
    department: profile.department ?? "",
    location: profile.location ?? "",
    hireDate: profile.hireDate ?? "",
    employeeId: profile.employeeId ?? "",
  };
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState({ ...initial, manager: profile.manager });
  const [manager, setManager] = useState<PersonLink | null>(profile.manager);
  const set = (field: keyof typeof initial) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = useMutation({
    mutationFn: () =>
      updateWorkDetails(profile.id, {
        title: clean(values.title),
        department: clean(values.department),
        location: clean(values.location),
        hireDate: clean(values.hireDate),
        employeeId: clean(values.employeeId),
        managerId: manager?.id ?? null,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(["profile", profile.id], updated);
      setSaved({ ...values, manager });
      void queryClient.invalidateQueries({ queryKey: ["org-chart"] });
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      notifications.show({ message: `${profile.name}'s work details are saved.` });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const dirty =
    JSON.stringify({ ...values, manager: manager?.id }) !==
    JSON.stringify({ ...saved, manager: saved.manager?.id });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="work-details-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="work-details-heading">
            Work details
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            As an administrator you keep these up to date, usually from your HR system.{" "}
            {profile.name} can't change their manager, start date or employee ID themself.
          </Text>
        </div>
        <ErrorAlert
          error={formLevelError(save.error, [
            "title",
            "department",
            "location",
            "hireDate",
            "employeeId",
          ])}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            value={values.title}
            onChange={(e) => set("title")(e.currentTarget.value)}
            error={errors.title}
            maxLength={120}
          />
          <TextInput
            label="Department"
            value={values.department}
            onChange={(e) => set("department")(e.currentTarget.value)}
            error={errors.department}
            maxLength={120}
          />
          <TextInput
            label="Location"
            value={values.location}
            onChange={(e) => set("location")(e.currentTarget.value)}
            error={errors.location}
            maxLength={120}
          />
          <TextInput
            label="Start date"
            type="date"
            value={values.hireDate}
            onChange={(e) => set("hireDate")(e.currentTarget.value)}
            error={errors.hireDate}
          />
          <TextInput
            label="Employee ID"
            value={values.employeeId}
            onChange={(e) => set("employeeId")(e.currentTarget.value)}
            error={errors.employeeId}
            maxLength={64}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Manager
          </Text>
          {manager ? (
            <Group gap="sm">
              <PersonAvatar name={manager.name} photoUrl={manager.photoUrl} size={28} />
              <Text size="sm">{manager.name}</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => setManager(null)}>
                Remove manager
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No manager: {profile.name} shows at the top of the org chart.
            </Text>
          )}
          <PersonSearch
            label={manager ? "Choose a different manager" : "Choose a manager"}
            exclude={profile.id}
            onPick={(person) =>
              setManager({
                id: person.id,
                name: person.name,
                title: person.title,
                photoUrl: person.photoUrl,
              })
            }
          />
        </Stack>
        <SaveState
          label="Save work details"
          dirty={dirty}
          pending={save.isPending}
          saved={save.isSuccess}
        />
      </Stack>
    </form>
  );
}
