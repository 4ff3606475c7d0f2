import { patch } from "../../api/client.ts";
import type { Me } from "../../api/types.ts";

export interface ProfileChanges {
  name?: string;
  title?: string | null;
  bio?: string | null;
}

export const updateProfile = (changes: ProfileChanges) => patch<Me>("/me/profile", changes);

export const PROFILE_LIMITS = { name: 120, title: 120, bio: 2000 } as const;
