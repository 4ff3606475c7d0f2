import { Alert, Button, Paper, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconMailOff } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ApiError, post } from "../../api/client.ts";
import { roleLabels, type SignedIn } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { PasswordField } from "../../ui/PasswordField.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { applySignedIn, sessionQuery } from "../auth/session.ts";
import { invitationPreviewQuery } from "./api.ts";

export function AcceptInvitePage() {
  usePageTitle("Join Mutual");
  const { token } = useParams({ from: "/public/invite/$token" });
  const preview = useQuery(invitationPreviewQuery(token));

  if (preview.isPending) {
    return (
      <Paper withBorder shadow="sm" p="xl" aria-busy="true">
        <Title order={1} size="h2" mb="md">
          Opening your invitation…
        </Title>
        <Stack>
          <Skeleton h={16} />
          <Skeleton h={36} />
          <Skeleton h={36} />
        </Stack>
      </Paper>
    );
  }

  if (preview.isError) {
    const gone = preview.error instanceof ApiError && preview.error.status === 404;
    return (
      <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
        <Stack>
          <Title order={1} size="h2">
            {gone ? "This invitation can't be used" : "We couldn't open your invitation"}
          </Title>
          {gone ? (
            <Alert color="gray" icon={<IconMailOff aria-hidden="true" />}>
              It may have expired, been withdrawn, or already been accepted. Ask the person who
              invited you to send a fresh one.
            </Alert>
          ) : (
            <ErrorAlert error={preview.error} />
          )}
          <Text size="sm">
            Already joined? <AnchorLink to="/sign-in">Sign in</AnchorLink>
          </Text>
        </Stack>
      </Paper>
    );
  }

  return <AcceptForm token={token} {...preview.data} />;
}

interface AcceptFormProps {
  token: string;
  email: string;
  organizationName: string;
  invitedByName: string;
  role: keyof typeof roleLabels;
}

function AcceptForm({ token, email, organizationName, invitedByName, role }: AcceptFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: session } = useQuery(sessionQuery);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);

  const accept = useMutation({
    mutationFn: (body: { token: string; name: string; password: string }) =>
      post<SignedIn>("/invitations/accept", body),
    onSuccess: async (result) => {
      applySignedIn(queryClient, result);
      await navigate({ to: "/", replace: true });
      notifications.show({
        title: `Welcome, ${result.user.name.split(" ")[0]}!`,
        message: `You're now part of ${result.user.organization.name} on Mutual.`,
      });
    },
  });
  const errors = fieldErrorsOf(accept.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const short = password.length < 10;
    setTooShort(short);
    if (!short) accept.mutate({ token, name, password });
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Join {organizationName} on Mutual
            </Title>
            <Text mt={6}>
              <strong>{invitedByName}</strong> invited you to join as{" "}
              {role === "admin" ? "an" : "a"} {roleLabels[role].toLowerCase()}. Mutual is where
              everyone gets to learn from, and teach, each other.
            </Text>
          </div>
          <Text size="sm" c="dimmed" className="mutual-break">
            You'll sign in with <strong>{email}</strong>.
          </Text>
          {session?.signedIn && (
            <Alert color="blue" title={`You're signed in as ${session.user.name}`}>
              This invitation is for someone new. Joining here would sign you out and sign in the
              new account instead.
            </Alert>
          )}
          <ErrorAlert error={formLevelError(accept.error, ["name", "password"])} />
          <TextInput
            label="Your name"
            description="How colleagues will see you."
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            autoComplete="name"
          />
          <PasswordField
            label="Password"
            description="At least 10 characters."
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={tooShort ? "Use at least 10 characters." : errors.password}
            autoComplete="new-password"
          />
          <Button type="submit" loading={accept.isPending} size="md">
            Join
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
