import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, post } from "../../api/client.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { PasswordField } from "../../ui/PasswordField.tsx";

interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);

  const change = useMutation({
    mutationFn: (body: ChangePasswordBody) => post<void>("/auth/change-password", body),
    onSuccess: () => {
      setCurrentPassword("");
      setNewPassword("");
      notifications.show({ message: "Your password has been changed." });
    },
  });

  const errors = fieldErrorsOf(change.error);
  const wrongPassword = change.error instanceof ApiError && change.error.code === "wrong_password";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const short = newPassword.length < 10;
    setTooShort(short);
    if (!short) change.mutate({ currentPassword, newPassword });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-password-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="change-password-heading">
            Password
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Change the password you use to sign in to Mutual.
          </Text>
        </div>
        {!wrongPassword && (
          <ErrorAlert error={formLevelError(change.error, ["currentPassword", "newPassword"])} />
        )}
        <PasswordField
          label="Current password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={wrongPassword ? change.error?.message : errors.currentPassword}
          autoComplete="current-password"
        />
        <PasswordField
          label="New password"
          description="At least 10 characters."
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={tooShort ? "Use at least 10 characters." : errors.newPassword}
          autoComplete="new-password"
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
