import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ApiError, post } from "../../api/client.ts";
import type { SignedIn } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { PasswordField } from "../../ui/PasswordField.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { applySignedIn } from "./session.ts";

interface OrganizationChoice {
  slug: string;
  name: string;
}

interface SignInBody {
  email: string;
  password: string;
  organization?: string;
}

function organizationsIn(error: unknown): OrganizationChoice[] {
  if (!(error instanceof ApiError) || error.code !== "choose_organization") return [];
  const details = error.details as { organizations?: OrganizationChoice[] } | undefined;
  return Array.isArray(details?.organizations) ? details.organizations : [];
}

export function SignInPage() {
  usePageTitle("Sign in");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { redirect?: string };
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [choices, setChoices] = useState<OrganizationChoice[]>([]);
  const [organization, setOrganization] = useState<string | null>(null);

  const signIn = useMutation({
    mutationFn: (body: SignInBody) => post<SignedIn>("/auth/sign-in", body),
    onSuccess: async (result) => {
      applySignedIn(queryClient, result);
      await navigate({ href: search.redirect ?? "/", replace: true });
    },
    onError: (error) => {
      const organizations = organizationsIn(error);
      if (organizations.length > 0) {
        setChoices(organizations);
        setOrganization((current) => current ?? organizations[0]?.slug ?? null);
      }
    },
  });

  const errors = fieldErrorsOf(signIn.error);
  const needsChoice = choices.length > 0;
  const choosing = signIn.error instanceof ApiError && signIn.error.code === "choose_organization";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({
      email,
      password,
      ...(needsChoice && organization ? { organization } : {}),
    });
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Welcome back
            </Title>
            <Text c="dimmed" mt={6}>
              Sign in to pick up where you left off with your mentors, mentees and peers.
            </Text>
          </div>
          {choosing ? (
            <Alert color="mutual" title="Which organization?">
              Your email address belongs to more than one organization. Choose the one you want to
              sign in to.
            </Alert>
          ) : (
            <ErrorAlert error={formLevelError(signIn.error, ["email", "password"])} />
          )}
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setChoices([]);
              setOrganization(null);
            }}
            error={errors.email}
            autoComplete="email"
          />
          <PasswordField
            label="Password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
            autoComplete="current-password"
          />
          {needsChoice && (
            <NativeSelect
              label="Organization"
              required
              data={choices.map((choice) => ({ value: choice.slug, label: choice.name }))}
              value={organization ?? ""}
              onChange={(event) => setOrganization(event.currentTarget.value)}
            />
          )}
          <Group justify="space-between" align="center" mt="xs">
            <AnchorLink to="/forgot-password" size="sm">
              Forgot your password?
            </AnchorLink>
            <Button type="submit" loading={signIn.isPending} size="md">
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
