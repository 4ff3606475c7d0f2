import { z } from "zod";
import type { Person } from "../../db/schema.ts";
import { roleSchema } from "../people/presenters.ts";
import { type GoalView, goalSchema } from "./goals/presenters.ts";
import { photoUrl } from "./photos/photo-url.ts";
import { meetingPreferenceSchema, mentoringFormatSchema } from "./profile-fields.ts";

const personLinkSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  photoUrl: z.string().nullable(),
});
export type PersonLink = z.infer<typeof personLinkSchema>;

export const profileSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  title: z.string().nullable(),
  bio: z.string().nullable(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  languages: z.array(z.string()),
  hireDate: z.string().nullable(),
  /** Only for the person themself and administrators; null for everyone else. */
  employeeId: z.string().nullable(),
  role: roleSchema,
  status: z.enum(["active", "deactivated"]),
  photoUrl: z.string().nullable(),
  manager: personLinkSchema.nullable(),
  directReports: z.number().int(),
  mentoring: z.object({
    openToMentor: z.boolean(),
    mentorCapacity: z.number().int(),
    openToBeMentored: z.boolean(),
    preferredFormats: z.array(mentoringFormatSchema),
    meetingPreference: meetingPreferenceSchema,
  }),
  goals: z.array(goalSchema),
  /** What the viewer may change: their own profile, and (administrators) the work details. */
  canEdit: z.object({ profile: z.boolean(), workDetails: z.boolean() }),
});
export type ProfileView = z.infer<typeof profileSchema>;

export function presentPersonLink(
  person: Pick<Person, "id" | "name" | "title">,
  photoVersion: string | null,
): PersonLink {
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    photoUrl: photoUrl(person.id, photoVersion),
  };
}

export function presentProfile(input: {
  person: Person;
  photoVersion: string | null;
  manager: PersonLink | null;
  directReports: number;
  goals: GoalView[];
  viewer: { isSelf: boolean; isAdmin: boolean };
}): ProfileView {
  const { person, viewer } = input;
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    preferredName: person.preferredName,
    pronouns: person.pronouns,
    title: person.title,
    bio: person.bio,
    department: person.department,
    location: person.location,
    timeZone: person.timeZone,
    languages: person.languages,
    hireDate: person.hireDate,
    employeeId: viewer.isSelf || viewer.isAdmin ? person.employeeId : null,
    role: person.role,
    status: person.status,
    photoUrl: photoUrl(person.id, input.photoVersion),
    manager: input.manager,
    directReports: input.directReports,
    mentoring: {
      openToMentor: person.openToMentor,
      mentorCapacity: person.mentorCapacity,
      openToBeMentored: person.openToBeMentored,
      preferredFormats: person.preferredFormats,
      meetingPreference: person.meetingPreference,
    },
    goals: input.goals,
    canEdit: { profile: viewer.isSelf, workDetails: viewer.isAdmin },
  };
}
