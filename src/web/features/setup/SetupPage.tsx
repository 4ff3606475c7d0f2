import { Button, Checkbox, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ApiError, post } from "../../api/client.ts";
import type { SignedIn } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { PasswordField } from "../../ui/PasswordField.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { applySignedIn, sessionQuery } from "../auth/session.ts";
import { ESCO_ATTRIBUTION } from "../skills/api.ts";
import { SLUG_PATTERN, suggestSlug } from "./slug.ts";

interface SetupBody {
  organizationName: string;
  organizationSlug: string;
  name: string;
  email: string;
  password: string;
  starterSkills: boolean;
}

const FIELDS = ["organizationName", "organizationSlug", "name", "email", "password"];

export function SetupPage() {
  usePageTitle("Set up Mutual");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [organizationName, setOrganizationName] = useState("");
  const [organizationSlug, setOrganizationSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [starterSkills, setStarterSkills] = useState(true);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const setup = useMutation({
    mutationFn: (body: SetupBody) => post<SignedIn>("/setup", body),
    onSuccess: async (result) => {
      applySignedIn(queryClient, result);
      await navigate({ to: "/" });
      notifications.show({
        title: `Welcome to Mutual, ${result.user.name.split(" ")[0]}!`,
        message: `${result.user.organization.name} is ready. Invite your colleagues whenever you like.`,
      });
    },
    onError: async (error) => {
      // Someone else finished setup in the meantime: this page no longer applies.
      if (error instanceof ApiError && error.code === "setup_done") {
        await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
        notifications.show({ message: error.message });
        await navigate({ to: "/sign-in" });
      }
    },
  });

  const serverErrors = fieldErrorsOf(setup.error);
  const errors = { ...serverErrors, ...localErrors };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!SLUG_PATTERN.test(organizationSlug)) {
      problems.organizationSlug =
        "Use 2–40 lowercase letters, digits or hyphens, for example “acme-labs”.";
    }
    if (password.length < 10) problems.password = "Use at least 10 characters.";
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setup.mutate({ organizationName, organizationSlug, name, email, password, starterSkills });
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Welcome! Let's set up Mutual
            </Title>
            <Text c="dimmed" mt={6}>
              Create a home for your organization and your own administrator account. You can invite
              everyone else in a moment.
            </Text>
          </div>
          <ErrorAlert error={formLevelError(setup.error, FIELDS)} />
          <TextInput
            label="Organization name"
            required
            value={organizationName}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setOrganizationName(value);
              if (!slugEdited) setOrganizationSlug(suggestSlug(value));
            }}
            error={errors.organizationName}
            autoComplete="organization"
          />
          <TextInput
            label="URL slug"
            description="A short name for links and sign-in: lowercase letters, digits and hyphens."
            required
            value={organizationSlug}
            onChange={(event) => {
              setSlugEdited(true);
              setOrganizationSlug(event.currentTarget.value.toLowerCase());
            }}
            error={errors.organizationSlug}
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextInput
            label="Your name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            autoComplete="name"
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            autoComplete="email"
          />
          <PasswordField
            label="Password"
            description="At least 10 characters. A short sentence is easy to remember."
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
            autoComplete="new-password"
          />
          <Checkbox
            label="Start with a ready-made list of workplace skills"
            description={`About 500 skills people can offer and learn, which you can edit, merge or add to later. ${ESCO_ATTRIBUTION}`}
            checked={starterSkills}
            onChange={(event) => setStarterSkills(event.currentTarget.checked)}
          />
          <Button type="submit" loading={setup.isPending} size="md" mt="xs">
            Create organization
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
