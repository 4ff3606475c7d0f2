export type Role = "admin" | "program_manager" | "member";

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  /** What colleagues should call them, if it isn't their full name. */
  preferredName: string | null;
  title: string | null;
  bio: string | null;
  role: Role;
  organization: Organization;
}

export type Session =
  | { signedIn: false; setupNeeded: boolean }
  | { signedIn: true; setupNeeded: false; csrfToken: string; user: Me };

/** What the server returns when it signs someone in. */
export interface SignedIn {
  user: Me;
  csrfToken: string;
}

export const roleLabels: Record<Role, string> = {
  admin: "Administrator",
  program_manager: "Program manager",
  member: "Member",
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((value) => ({
  value,
  label: roleLabels[value],
}));
