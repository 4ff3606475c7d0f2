import { SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { applyMe } from "../auth/session.ts";
import { PROFILE_LIMITS, type Profile, updateProfile } from "./api.ts";
import { SaveState } from "./SaveState.tsx";
import { WhoCanSee } from "./WhoCanSee.tsx";

function Counter({ value, max, id }: { value: string; max: number; id: string }) {
  const over = value.length > max;
  return (
    <Text id={id} size="xs" c={over ? "red.9" : "dimmed"} ta="right">
      {value.length} / {max}
    </Text>
  );
}

const clean = (value: string) => (value.trim() === "" ? null : value.trim());

/** "About you": name, preferred name, pronouns, title and short bio. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const initial = {
    name: profile.name,
    preferredName: profile.preferredName ?? "",
    pronouns: profile.pronouns ?? "",
    title: profile.title ?? "",
    bio: profile.bio ?? "",
  };
  const [saved, setSaved] = useState(initial);
  const [values, setValues] = useState(initial);
  const [nameMissing, setNameMissing] = useState(false);
  const set = (field: keyof typeof initial) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated, _changes) => {
      applyMe(queryClient, updated);
      setSaved(values);
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      void queryClient.invalidateQueries({ queryKey: ["profile", profile.id] });
      notifications.show({ message: "Your profile is saved." });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const tooLong =
    values.name.length > PROFILE_LIMITS.name ||
    values.title.length > PROFILE_LIMITS.title ||
    values.bio.length > PROFILE_LIMITS.bio;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = values.name.trim() === "";
    setNameMissing(missing);
    if (missing || tooLong) return;
    save.mutate({
      name: values.name.trim(),
      preferredName: clean(values.preferredName),
      pronouns: clean(values.pronouns),
      title: clean(values.title),
      bio: clean(values.bio),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="about-you-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="about-you-heading">
            About you
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            A good profile says what you do, what you could help others with, and what you're
            curious to learn.
          </Text>
          <WhoCanSee>everyone in your organization.</WhoCanSee>
        </div>
        <ErrorAlert
          error={formLevelError(save.error, ["name", "preferredName", "pronouns", "title", "bio"])}
        />
        <TextInput
          label="Name"
          required
          value={values.name}
          onChange={(event) => set("name")(event.currentTarget.value)}
          error={nameMissing ? "Please enter your name." : errors.name}
          autoComplete="name"
          maxLength={PROFILE_LIMITS.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Preferred name"
            description="What colleagues should call you, if not your full name."
            value={values.preferredName}
            onChange={(event) => set("preferredName")(event.currentTarget.value)}
            error={errors.preferredName}
            autoComplete="nickname"
            maxLength={120}
          />
          <TextInput
            label="Pronouns (optional)"
            description="For example she/her, he/him or they/them."
            value={values.pronouns}
            onChange={(event) => set("pronouns")(event.currentTarget.value)}
            error={errors.pronouns}
            maxLength={40}
          />
        </SimpleGrid>
        <div>
          <TextInput
            label="Title"
            description="Your role at work, for example “Product designer” or “Head of Sales”."
            value={values.title}
            onChange={(event) => set("title")(event.currentTarget.value)}
            error={errors.title}
            autoComplete="organization-title"
          />
          <Counter id="title-counter" value={values.title} max={PROFILE_LIMITS.title} />
        </div>
        <div>
          <Textarea
            label="Short bio"
            description="What you know well, what you'd love to learn, how you like to help."
            autosize
            minRows={4}
            maxRows={12}
            value={values.bio}
            onChange={(event) => set("bio")(event.currentTarget.value)}
            error={errors.bio}
          />
          <Counter id="bio-counter" value={values.bio} max={PROFILE_LIMITS.bio} />
        </div>
        <SaveState
          label="Save profile"
          dirty={dirty}
          pending={save.isPending}
          saved={save.isSuccess}
          disabled={tooLong}
        />
        {tooLong && (
          <Text size="sm" c="red.9">
            Some fields are longer than allowed.
          </Text>
        )}
      </Stack>
    </form>
  );
}
