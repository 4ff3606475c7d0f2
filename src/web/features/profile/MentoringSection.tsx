import { Checkbox, Group, NativeSelect, Radio, Stack, Switch, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import {
  formatLabels,
  type MeetingPreference,
  type MentoringFormat,
  meetingLabels,
  type Profile,
  updateProfile,
} from "./api.ts";
import { SaveState } from "./SaveState.tsx";
import { WhoCanSee } from "./WhoCanSee.tsx";

const capacityOptions = Array.from({ length: 21 }, (_, n) => ({
  value: String(n),
  label: n === 1 ? "1 mentee" : `${n} mentees`,
}));

/** "Mentoring preferences": whether and how a person wants to mentor or be mentored. */
export function MentoringSection({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(profile.mentoring);
  const [values, setValues] = useState(profile.mentoring);
  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: () => {
      setSaved(values);
      void queryClient.invalidateQueries({ queryKey: ["profile", profile.id] });
    },
  });
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(values);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="mentoring-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="mentoring-heading">
            Mentoring preferences
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Everyone has something to teach and something to learn. Say what suits you; you can
            change it at any time.
          </Text>
          <WhoCanSee>
            everyone in your organization, and the matching that suggests pairs.
          </WhoCanSee>
        </div>
        <ErrorAlert error={save.error} />
        <Switch
          label="I'm open to mentoring someone"
          checked={values.openToMentor}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setValues((v) => ({ ...v, openToMentor: checked }));
          }}
        />
        {values.openToMentor && (
          <NativeSelect
            label="How many mentees at once"
            data={capacityOptions}
            value={String(values.mentorCapacity)}
            onChange={(event) => {
              const capacity = Number(event.currentTarget.value);
              setValues((v) => ({ ...v, mentorCapacity: capacity }));
            }}
            maw={240}
          />
        )}
        <Switch
          label="I'd like to be mentored"
          checked={values.openToBeMentored}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setValues((v) => ({ ...v, openToBeMentored: checked }));
          }}
        />
        <Checkbox.Group
          label="Formats you'd enjoy"
          value={values.preferredFormats}
          onChange={(formats) =>
            setValues((v) => ({ ...v, preferredFormats: formats as MentoringFormat[] }))
          }
        >
          <Stack gap={6} mt={6}>
            {(Object.keys(formatLabels) as MentoringFormat[]).map((format) => (
              <Checkbox key={format} value={format} label={formatLabels[format]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group
          label="Meeting"
          value={values.meetingPreference}
          onChange={(value) =>
            setValues((v) => ({ ...v, meetingPreference: value as MeetingPreference }))
          }
        >
          <Group mt={6}>
            {(Object.keys(meetingLabels) as MeetingPreference[]).map((preference) => (
              <Radio key={preference} value={preference} label={meetingLabels[preference]} />
            ))}
          </Group>
        </Radio.Group>
        <SaveState
          label="Save mentoring preferences"
          dirty={dirty}
          pending={save.isPending}
          saved={save.isSuccess}
        />
      </Stack>
    </form>
  );
}
