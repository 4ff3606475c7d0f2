import { Alert, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { post } from "../../api/client.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";

export function ForgotPasswordPage() {
  usePageTitle("Forgot your password?");
  const [email, setEmail] = useState("");
  const request = useMutation({
    mutationFn: (body: { email: string }) =>
      post<{ message: string }>("/auth/password-reset/request", body),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ email });
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
      <Stack>
        <div>
          <Title order={1} size="h2">
            Forgot your password?
          </Title>
          <Text c="dimmed" mt={6}>
            It happens to all of us. Tell us your email address and we'll send you a link to choose
            a new one.
          </Text>
        </div>
        {request.isSuccess ? (
          <Alert
            color="mutual"
            icon={<IconMailCheck aria-hidden="true" />}
            title="Check your inbox"
            role="status"
          >
            {request.data?.message ??
              "If that address has an account, a reset link is on its way. It works for a limited time."}
          </Alert>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <ErrorAlert error={formLevelError(request.error, ["email"])} />
              <TextInput
                label="Email"
                type="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrorsOf(request.error).email}
                autoComplete="email"
              />
              <Button type="submit" loading={request.isPending} size="md">
                Send reset link
              </Button>
            </Stack>
          </form>
        )}
        <Text size="sm" ta="center">
          Remembered it? <AnchorLink to="/sign-in">Back to sign in</AnchorLink>
        </Text>
      </Stack>
    </Paper>
  );
}
