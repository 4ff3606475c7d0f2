import { Alert, Modal, Select, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { type RunPerson, runMentorsQuery, whyNot } from "./api.ts";

/** "Why not…?": pick any mentor of the program and read why this mentee didn't get them. */
export function WhyNotModal({
  slug,
  runId,
  mentee,
  onClose,
}: {
  slug: string;
  runId: string;
  mentee: RunPerson | null;
  onClose: () => void;
}) {
  const [mentorId, setMentorId] = useState<string | null>(null);
  const mentors = useQuery({ ...runMentorsQuery(slug, runId), enabled: mentee !== null });
  const answer = useQuery({
    queryKey: ["why-not", slug, runId, mentee?.id, mentorId],
    queryFn: () => whyNot(slug, runId, mentee?.id as string, mentorId as string),
    enabled: mentee !== null && mentorId !== null,
  });
  return (
    <Modal
      opened={mentee !== null}
      onClose={() => {
        setMentorId(null);
        onClose();
      }}
      title={mentee ? `Why not another mentor for ${mentee.name}?` : ""}
    >
      <Stack>
        <Select
          label="Mentor"
          placeholder="Choose a mentor"
          searchable
          data={(mentors.data ?? [])
            .filter((m) => m.id !== mentee?.id)
            .map((m) => ({
              value: m.id,
              label: `${m.name} (${m.assigned} of ${m.capacity} ${m.capacity === 1 ? "place" : "places"} taken)`,
            }))}
          value={mentorId}
          onChange={setMentorId}
        />
        <ErrorAlert error={mentors.error ?? answer.error} />
        {answer.data && (
          <Alert color={answer.data.reason === "chosen" ? "teal" : "blue"}>
            <Text>{answer.data.text}</Text>
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
