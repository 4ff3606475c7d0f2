import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ApiError, post } from "../../api/client.ts";
import type { SignedIn } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { PasswordField } from "../../ui/PasswordField.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { applySignedIn } from "./session.ts";

export function ResetPasswordPage() {
  usePageTitle("Choose a new password");
  const { token } = useParams({ from: "/public/reset-password/$token" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);

  const complete = useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      post<SignedIn>("/auth/password-reset/complete", body),
    onSuccess: async (result) => {
      applySignedIn(queryClient, result);
      await navigate({ to: "/", replace: true });
      notifications.show({ message: "Your new password is set. You're signed in." });
    },
  });

  const expired = complete.error instanceof ApiError && complete.error.code === "invalid_token";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const short = password.length < 10;
    setTooShort(short);
    if (!short) complete.mutate({ token, password });
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Choose a new password
            </Title>
            <Text c="dimmed" mt={6}>
              Pick something at least 10 characters long. You'll be signed in right after.
            </Text>
          </div>
          <ErrorAlert
            error={formLevelError(complete.error, ["password"])}
            title={expired ? "This link has expired" : undefined}
          />
          {expired && (
            <Text size="sm">
              Reset links work once and only for a while.{" "}
              <AnchorLink to="/forgot-password">Ask for a new link</AnchorLink>.
            </Text>
          )}
          <PasswordField
            label="New password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={
              tooShort ? "Use at least 10 characters." : fieldErrorsOf(complete.error).password
            }
            autoComplete="new-password"
          />
          <Button type="submit" loading={complete.isPending} size="md">
            Set new password
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
