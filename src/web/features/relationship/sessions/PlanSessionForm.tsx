import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useId, useMemo, useState } from "react";
import { zoneWords } from "../../../../modules/sessions/local-time.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../../ui/fieldErrors.ts";
import { minuteChoices } from "../choices.ts";
import {
  channelLabels,
  type MeetingChannel,
  type SessionList,
  type SessionMember,
  type SessionTimeInput,
} from "./api.ts";
import { localInputToIso, myTimeZone, previewLocalInput } from "./times.ts";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const detailLabels: Record<MeetingChannel, { label: string; placeholder: string }> = {
  video: { label: "Video link", placeholder: "https://…" },
  in_person: { label: "Where", placeholder: "A room, a café, an address" },
  phone: { label: "Phone number", placeholder: "Who calls whom, and the number" },
};

/**
 * When, how long, and how: the time is typed on my own clock (a native datetime-local input)
 * and shown, as I type, on everyone else's.
 */
export function PlanSessionForm(props: {
  members: SessionMember[];
  initial: {
    local: string;
    durationMinutes: number;
    channel: MeetingChannel;
    channelDetail: string | null;
  };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: SessionTimeInput) => void;
  onCancel?: () => void;
}) {
  const zone = useMemo(() => myTimeZone(props.members, deviceZone()), [props.members]);
  const [local, setLocal] = useState(props.initial.local);
  const [minutes, setMinutes] = useState<number>(props.initial.durationMinutes);
  const [channel, setChannel] = useState<MeetingChannel>(props.initial.channel);
  const [detail, setDetail] = useState(props.initial.channelDetail ?? "");
  const [localError, setLocalError] = useState<string | null>(null);
  const previewId = useId();
  const preview = previewLocalInput(local, props.members, deviceZone());
  const fields = fieldErrorsOf(props.error);
  const others = props.members.filter((m) => !m.isMe);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = localInputToIso(local, zone);
    if (!startsAt) {
      setLocalError("Choose a date and a time.");
      return;
    }
    setLocalError(null);
    props.onSubmit({
      startsAt,
      durationMinutes: minutes,
      channel,
      channelDetail: detail.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={`When (your time, ${zoneWords(zone)})`}
          value={local}
          onChange={(event) => setLocal(event.currentTarget.value)}
          error={localError ?? fields.startsAt}
          aria-describedby={previewId}
          required
          maw={320}
        />
        <Text id={previewId} size="sm" c="dimmed" aria-live="polite">
          {preview
            ? others.length > 0
              ? preview
              : preview.replace(" for you", "")
            : "Pick a date and a time to see it on everyone's clock."}
        </Text>
        <NativeSelect
          label="How long"
          data={minuteChoices(minutes)}
          value={String(minutes)}
          onChange={(e) => setMinutes(Number(e.currentTarget.value))}
          error={fields.durationMinutes}
          maw={200}
        />
        <Radio.Group
          label="How you'll meet"
          value={channel}
          onChange={(value) => setChannel(value as MeetingChannel)}
          error={fields.channel}
        >
          <Group gap="lg" mt={6}>
            {(Object.keys(channelLabels) as MeetingChannel[]).map((value) => (
              <Radio key={value} value={value} label={channelLabels[value]} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={detailLabels[channel].label}
          placeholder={detailLabels[channel].placeholder}
          description="Only the people in this relationship see it, and it goes into your calendar invites."
          value={detail}
          onChange={(event) => setDetail(event.currentTarget.value)}
          error={fields.channelDetail}
        />
        <ErrorAlert
          error={formLevelError(props.error, [
            "startsAt",
            "durationMinutes",
            "channel",
            "channelDetail",
          ])}
        />
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="subtle" onClick={props.onCancel}>
              Never mind
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

export type PlanDefaults = SessionList["defaults"];
