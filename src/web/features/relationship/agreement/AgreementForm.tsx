import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../../api/client.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { CADENCE_CHOICES, minuteChoices } from "../choices.ts";
import {
  type AgreementAnswer,
  type AgreementTerms,
  type Channel,
  channelLabels,
  saveAgreement,
} from "./api.ts";

const today = () => new Date().toISOString().slice(0, 10);
const inYears = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};

const detailLabels: Record<Channel, { label: string; placeholder: string }> = {
  video: { label: "Meeting link (optional)", placeholder: "https://…" },
  in_person: { label: "Where you'll meet (optional)", placeholder: "A room, a café, a building" },
  phone: { label: "Phone number (optional)", placeholder: "Who calls whom, and the number" },
};

/** Proposing or changing the agreement: every save is a new version the others review. */
export function AgreementForm({
  relationshipId,
  initial,
  words,
  onDone,
  onCancel,
}: {
  relationshipId: string;
  initial: AgreementTerms;
  words: { mentor: string; mentee: string };
  onDone: (answer: AgreementAnswer) => void;
  onCancel: () => void;
}) {
  const [terms, setTerms] = useState<AgreementTerms>(initial);
  const set = <K extends keyof AgreementTerms>(key: K, value: AgreementTerms[K]) =>
    setTerms((t) => ({ ...t, [key]: value }));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      saveAgreement(relationshipId, {
        ...terms,
        channelDetail: terms.channelDetail?.trim() ? terms.channelDetail.trim() : null,
      }),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: ["relationships", relationshipId] });
      onDone(answer);
    },
  });
  const fields = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const detail = detailLabels[terms.channel];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md">
        <Group grow align="flex-start">
          <NativeSelect
            label="How often you meet"
            data={CADENCE_CHOICES}
            value={String(terms.cadenceWeeks)}
            onChange={(e) => set("cadenceWeeks", Number(e.currentTarget.value))}
            error={fields.cadenceWeeks}
            required
          />
          <NativeSelect
            label="How long each session lasts"
            data={minuteChoices(terms.sessionMinutes)}
            value={String(terms.sessionMinutes)}
            onChange={(e) => set("sessionMinutes", Number(e.currentTarget.value))}
            error={fields.sessionMinutes}
            required
          />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label="How you'll meet"
            data={(Object.keys(channelLabels) as Channel[]).map((value) => ({
              value,
              label: channelLabels[value],
            }))}
            value={terms.channel}
            onChange={(e) => set("channel", e.currentTarget.value as Channel)}
            error={fields.channel}
            required
          />
          <TextInput
            label={detail.label}
            placeholder={detail.placeholder}
            value={terms.channelDetail ?? ""}
            onChange={(e) => set("channelDetail", e.currentTarget.value)}
            error={fields.channelDetail}
          />
        </Group>
        <TextInput
          type="date"
          label="Ends on"
          description="You can always agree to change it later."
          min={today()}
          max={inYears(3)}
          value={terms.endsOn}
          onChange={(e) => set("endsOn", e.currentTarget.value)}
          error={fields.endsOn}
          required
        />
        <Textarea
          label="What stays confidential"
          autosize
          minRows={2}
          value={terms.confidentiality}
          onChange={(e) => set("confidentiality", e.currentTarget.value)}
          error={fields.confidentiality}
          required
        />
        <Textarea
          label={`What the ${words.mentor} takes on`}
          autosize
          minRows={2}
          value={terms.mentorResponsibilities}
          onChange={(e) => set("mentorResponsibilities", e.currentTarget.value)}
          error={fields.mentorResponsibilities}
          required
        />
        <Textarea
          label={`What the ${words.mentee} take${words.mentee === "members" ? "" : "s"} on`}
          autosize
          minRows={2}
          value={terms.menteeResponsibilities}
          onChange={(e) => set("menteeResponsibilities", e.currentTarget.value)}
          error={fields.menteeResponsibilities}
          required
        />
        <Textarea
          label="Ending early, without blame"
          description="How either of you can end it if it stops working."
          autosize
          minRows={2}
          value={terms.earlyEnding}
          onChange={(e) => set("earlyEnding", e.currentTarget.value)}
          error={fields.earlyEnding}
          required
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save and ask the others to accept
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
