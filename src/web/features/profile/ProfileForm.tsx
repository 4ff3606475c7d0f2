import { Button, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Me } from "../../api/types.ts";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import { applyMe } from "../auth/session.ts";
import { PROFILE_LIMITS, type ProfileChanges, updateProfile } from "./api.ts";

function Counter({ value, max, id }: { value: string; max: number; id: string }) {
  const over = value.length > max;
  return (
    <Text id={id} size="xs" c={over ? "red.9" : "dimmed"} ta="right">
      {value.length} / {max}
    </Text>
  );
}

export function ProfileForm({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const [title, setTitle] = useState(me.title ?? "");
  const [bio, setBio] = useState(me.bio ?? "");
  const [nameMissing, setNameMissing] = useState(false);

  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => {
      applyMe(queryClient, updated);
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      notifications.show({ message: "Your profile is saved." });
    },
  });
  const errors = fieldErrorsOf(save.error);

  const tooLong =
    name.length > PROFILE_LIMITS.name ||
    title.length > PROFILE_LIMITS.title ||
    bio.length > PROFILE_LIMITS.bio;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = name.trim() === "";
    setNameMissing(missing);
    if (missing || tooLong) return;
    const changes: ProfileChanges = {
      name: name.trim(),
      title: title.trim() === "" ? null : title.trim(),
      bio: bio.trim() === "" ? null : bio.trim(),
    };
    save.mutate(changes);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="about-you-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="about-you-heading">
            About you
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Everyone in your organization can see this. A good profile says what you do, what you
            could help others with, and what you're curious to learn.
          </Text>
        </div>
        <ErrorAlert error={formLevelError(save.error, ["name", "title", "bio"])} />
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameMissing ? "Please enter your name." : errors.name}
          autoComplete="name"
          maxLength={PROFILE_LIMITS.name}
        />
        <div>
          <TextInput
            label="Title"
            description="Your role at work, for example “Product designer” or “Head of Sales”."
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            autoComplete="organization-title"
          />
          <Counter id="title-counter" value={title} max={PROFILE_LIMITS.title} />
        </div>
        <div>
          <Textarea
            label="Short bio"
            description="What you know well, what you'd love to learn, how you like to help."
            autosize
            minRows={4}
            maxRows={12}
            value={bio}
            onChange={(event) => setBio(event.currentTarget.value)}
            error={errors.bio}
          />
          <Counter id="bio-counter" value={bio} max={PROFILE_LIMITS.bio} />
        </div>
        <Group>
          <Button type="submit" loading={save.isPending} disabled={tooLong}>
            Save profile
          </Button>
          {tooLong && (
            <Text size="sm" c="red.9">
              Some fields are longer than allowed.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
