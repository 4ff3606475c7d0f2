import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconCircleCheck, IconMailForward } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { inviteNewPeople, type PeopleImport } from "./api.ts";
import { plural } from "./labels.ts";
import { useImportProgress } from "./useImportProgress.ts";
import { WorkProgress } from "./WorkProgress.tsx";

/** Confirming a checked file: what will happen, said once more, then the import with progress. */
export function ConfirmImport({
  current,
  onApply,
  applying,
  error,
  stale,
}: {
  current: PeopleImport;
  onApply: () => void;
  applying: boolean;
  error: unknown;
  /** The choices changed since the last check: check again before importing. */
  stale: boolean;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const progress = useImportProgress(current.id, applying);
  const report = current.report;
  if (!report) return null;
  const nothing = report.created + report.updated + report.deactivated === 0;
  const summary = [
    report.created > 0 && `create ${plural(report.created, "person", "people")}`,
    report.updated > 0 && `update ${plural(report.updated, "person", "people")}`,
    report.deactivated > 0 && `deactivate ${plural(report.deactivated, "person", "people")}`,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <Card component="section" aria-labelledby="confirm-heading">
      <Stack>
        <Title order={2} size="h3" id="confirm-heading">
          Import
        </Title>
        <ErrorAlert error={error} />
        {applying ? (
          <WorkProgress label="Importing people" progress={progress} />
        ) : (
          <>
            <Text size="sm">
              {nothing
                ? "Everyone in this file is already in Mutual as the file says: there is nothing to import."
                : `The import will ${summary}, in one go: if anything goes wrong, nothing changes.`}
              {report.rejected > 0 &&
                ` ${plural(report.rejected, "rejected row is", "rejected rows are")} left out.`}
            </Text>
            {stale && (
              <Text size="sm" c="orange.9">
                You changed the choices above: check again before importing.
              </Text>
            )}
            <Group justify="flex-end">
              <Button onClick={open} disabled={nothing || stale}>
                Import
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <Modal opened={opened} onClose={close} title="Import these people?" centered>
        <Stack>
          <Text>This will {summary}. You can import an updated file later at any time.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                close();
                onApply();
              }}
            >
              Yes, import
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** After the import: what happened, and inviting the new people to join. */
export function ImportDone({ current }: { current: PeopleImport }) {
  const queryClient = useQueryClient();
  const invite = useMutation({
    mutationFn: () => inviteNewPeople(current.id),
    onSuccess: (result) => {
      queryClient.setQueryData(["people-imports", current.id], {
        ...current,
        newPeopleToInvite: 0,
        invitedAt: new Date().toISOString(),
      });
      void queryClient.invalidateQueries({ queryKey: ["invitations"] });
      void queryClient.invalidateQueries({ queryKey: ["outbox"] });
      notifications.show({
        message: `Sent ${plural(result.invited, "invitation", "invitations")}.`,
      });
    },
  });
  const progress = useImportProgress(current.id, invite.isPending);
  const report = current.report;
  return (
    <Card component="section" aria-labelledby="done-heading">
      <Stack>
        <Alert
          color="mutual"
          icon={<IconCircleCheck aria-hidden="true" />}
          title="The import is done"
          role="status"
        >
          <span id="done-heading">
            {report
              ? `${plural(report.created, "person", "people")} added, ${report.updated.toLocaleString()} updated, ${report.deactivated.toLocaleString()} deactivated.`
              : "The people are in Mutual."}
          </span>
        </Alert>
        <ErrorAlert error={invite.error} />
        {current.newPeopleToInvite > 0 && (
          <Stack gap="xs">
            <Text size="sm">
              New people can't sign in until they choose a password. Send them an invitation — or
              they can use “Forgot your password?” on the sign-in page.
            </Text>
            {invite.isPending && <WorkProgress label="Writing invitations" progress={progress} />}
            <Group>
              <Button
                leftSection={<IconMailForward size={18} aria-hidden="true" />}
                onClick={() => invite.mutate()}
                loading={invite.isPending}
              >
                Send invitations to the{" "}
                {plural(current.newPeopleToInvite, "new person", "new people")}
              </Button>
            </Group>
          </Stack>
        )}
        {current.invitedAt && <Text size="sm">Invitations sent to the new people.</Text>}
        <Group>
          <ButtonLink to="/admin/people" variant="light">
            See everyone
          </ButtonLink>
          <ButtonLink to="/admin/import" search={{}} variant="subtle">
            Import another file
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
