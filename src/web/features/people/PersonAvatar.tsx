import { Avatar, type AvatarProps } from "@mantine/core";
import { initials } from "../layout/UserMenu.tsx";

/** A person's photo, or their initials when they have none. Decorative: the name is beside it. */
export function PersonAvatar({
  name,
  photoUrl,
  ...props
}: { name: string; photoUrl: string | null } & AvatarProps) {
  return (
    <Avatar color="mutual" radius="xl" src={photoUrl ?? undefined} alt="" {...props}>
      <span aria-hidden="true">{initials(name)}</span>
    </Avatar>
  );
}
