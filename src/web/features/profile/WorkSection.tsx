import { Button, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { applyMe } from "../auth/session.ts";
import { type Profile, updateProfile } from "./api.ts";
import { SaveState } from "./SaveState.tsx";
import { WhoCanSee } from "./WhoCanSee.tsx";

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
/** A calendar date ("2021-03-15") as the reader's locale writes it, the same day everywhere. */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

const clean = (value: string) => (value.trim() === "" ? null : value.trim());
export const splitLanguages = (value: string) =>
  value
    .split(/[,;\n]/)
    .map((language) => language.trim())
    .filter(Boolean);

function useTimeZones(current: string) {
  return useMemo(() => {
    const zones = Intl.supportedValuesOf("timeZone");
    if (current && !zones.includes(current)) zones.unshift(current);
    return [
      { value: "", label: "Not set" },
      ...zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
    ];
  }, [current]);
}

/** "Work": where and when a person works, and the details administrators keep (read-only here). */
export function WorkSection({ profile, isAdmin }: { profile: Profile; isAdmin: boolean }) {
  const queryClient = useQueryClient();
  const initial = {
    department: profile.department ?? "",
    location: profile.location ?? "",
    timeZone: profile.timeZone ?? "",
    languages: profile.languages.join(", "),
  };
  const [saved, setSaved] = useState(initial);
  const [values, setValues] = useState(initial);
  const set = (field: keyof typeof initial) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const zones = useTimeZones(values.timeZone);
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => {
      applyMe(queryClient, updated);
      setSaved(values);
      void queryClient.invalidateQueries({ queryKey: ["profile", profile.id] });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      department: clean(values.department),
      location: clean(values.location),
      timeZone: clean(values.timeZone),
      languages: splitLanguages(values.languages),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="work-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="work-heading">
            Work
          </Title>
          <WhoCanSee>
            everyone in your organization, except your employee ID, which only you and
            administrators see.
          </WhoCanSee>
        </div>
        <ErrorAlert
          error={formLevelError(save.error, ["department", "location", "timeZone", "languages"])}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Department"
            value={values.department}
            onChange={(event) => set("department")(event.currentTarget.value)}
            error={errors.department}
            maxLength={120}
          />
          <TextInput
            label="Location"
            description="An office or a city, or “Remote”."
            value={values.location}
            onChange={(event) => set("location")(event.currentTarget.value)}
            error={errors.location}
            maxLength={120}
          />
        </SimpleGrid>
        <div>
          <NativeSelect
            label="Time zone"
            description="So people can find a time that suits you both."
            data={zones}
            value={values.timeZone}
            onChange={(event) => set("timeZone")(event.currentTarget.value)}
            error={errors.timeZone}
          />
          {deviceZone && values.timeZone !== deviceZone && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={() => set("timeZone")(deviceZone)}
            >
              Use this device's time zone ({deviceZone.replaceAll("_", " ")})
            </Button>
          )}
        </div>
        <TextInput
          label="Languages you work in"
          description="Separate them with commas, for example “English, Portuguese”."
          value={values.languages}
          onChange={(event) => set("languages")(event.currentTarget.value)}
          error={
            errors.languages ??
            Object.entries(errors).find(([k]) => k.startsWith("languages."))?.[1]
          }
        />
        <SaveState
          label="Save work details"
          dirty={dirty}
          pending={save.isPending}
          saved={save.isSuccess}
        />
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            Kept by your administrators
          </Text>
          <Text size="sm">
            Manager:{" "}
            {profile.manager ? (
              <AnchorLink to="/people/$personId" params={{ personId: profile.manager.id }}>
                {profile.manager.name}
              </AnchorLink>
            ) : (
              "none"
            )}
          </Text>
          <Text size="sm">
            Started: {profile.hireDate ? formatDay(profile.hireDate) : "not recorded"}
          </Text>
          <Text size="sm">Employee ID: {profile.employeeId ?? "not recorded"}</Text>
          {isAdmin ? (
            <Text size="sm">
              <AnchorLink to="/people/$personId" params={{ personId: profile.id }}>
                Change these as an administrator
              </AnchorLink>
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              If something here is wrong, ask one of your administrators to correct it.
            </Text>
          )}
        </Stack>
      </Stack>
    </form>
  );
}
