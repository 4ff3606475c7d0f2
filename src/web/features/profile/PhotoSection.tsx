import { Button, FileButton, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { PersonAvatar } from "../people/PersonAvatar.tsx";
import { type Profile, removePhoto, uploadPhoto } from "./api.ts";
import { WhoCanSee } from "./WhoCanSee.tsx";

const MAX_BYTES = 5 * 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error("We couldn't read that file. Please try another."));
    reader.readAsDataURL(file);
  });
}

/** The profile photo: upload (the server crops it to a small square) or remove. */
export function PhotoSection({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const [tooBig, setTooBig] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["profile", profile.id] });
    void queryClient.invalidateQueries({ queryKey: ["org-chart"] });
  };
  const upload = useMutation({
    mutationFn: async (file: File) => uploadPhoto(await readAsDataUrl(file)),
    onSuccess: () => {
      refresh();
      notifications.show({ message: "Your new photo is up." });
    },
  });
  const remove = useMutation({
    mutationFn: removePhoto,
    onSuccess: () => {
      refresh();
      notifications.show({ message: "Your photo is removed." });
    },
  });

  function onFile(file: File | null) {
    if (!file) return;
    upload.reset();
    const big = file.size > MAX_BYTES;
    setTooBig(big);
    if (!big) upload.mutate(file);
  }

  return (
    <Stack aria-labelledby="photo-heading" component="section">
      <div>
        <Title order={2} size="h3" id="photo-heading">
          Photo
        </Title>
        <WhoCanSee>everyone in your organization.</WhoCanSee>
      </div>
      <Group gap="lg" wrap="nowrap">
        <PersonAvatar name={profile.name} photoUrl={profile.photoUrl} size={96} />
        <Stack gap="xs">
          <Group gap="sm">
            <FileButton onChange={onFile} accept="image/jpeg,image/png,image/webp,image/gif">
              {(props) => (
                <Button {...props} loading={upload.isPending} variant="light">
                  {profile.photoUrl ? "Choose a new photo" : "Choose a photo"}
                </Button>
              )}
            </FileButton>
            {profile.photoUrl && (
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                Remove photo
              </Button>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            A JPEG, PNG or WebP up to 5 MB. We crop it to a square around the middle.
          </Text>
        </Stack>
      </Group>
      {tooBig && (
        <Text size="sm" c="red.9" role="alert">
          That photo is larger than 5 MB. Please choose a smaller one, or crop it first.
        </Text>
      )}
      <ErrorAlert error={upload.error ?? remove.error} />
    </Stack>
  );
}
