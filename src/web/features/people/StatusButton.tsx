import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { type Person, setActive } from "./api.ts";

/** Deactivate or reactivate a person, after asking the admin to confirm. */
export function StatusButton({ person }: { person: Person }) {
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const reactivating = person.status === "deactivated";

  const change = useMutation({
    mutationFn: () => setActive(person.id, reactivating),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      close();
      notifications.show({
        message: reactivating
          ? `${updated.name} can sign in again. Welcome back!`
          : `${updated.name} has been deactivated.`,
      });
    },
  });

  const action = reactivating ? "Reactivate" : "Deactivate";
  return (
    <>
      <Button
        size="xs"
        variant={reactivating ? "light" : "subtle"}
        color={reactivating ? "mutual" : "red"}
        onClick={() => {
          change.reset();
          open();
        }}
        aria-label={`${action} ${person.name}`}
      >
        {action}
      </Button>
      <Modal opened={opened} onClose={close} title={`${action} ${person.name}?`} centered>
        <Stack>
          <Text>
            {reactivating
              ? `${person.name} will be able to sign in again with their old password and will appear in Mutual as before.`
              : `${person.name} won't be able to sign in any more. Nothing they've shared is deleted, and you can reactivate them later.`}
          </Text>
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color={reactivating ? "mutual" : "red"}
              loading={change.isPending}
              onClick={() => change.mutate()}
            >
              {action}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
