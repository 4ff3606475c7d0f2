import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { errorMessage } from "../api/client.ts";

/** Shows the server's message for a failed request. Renders nothing when there is no error. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />} title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
