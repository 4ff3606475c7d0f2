import { z } from "zod";
import { photoUrl } from "../profiles/photos/photo-url.ts";

export const directorySkillSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.number().int(),
});

export const directoryPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  preferredName: z.string().nullable(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  photoUrl: z.string().nullable(),
  openToMentor: z.boolean(),
  status: z.enum(["active", "deactivated"]),
  /** Up to three skills the person offers, strongest first. */
  topSkills: z.array(directorySkillSchema),
});
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

export const directoryPageSchema = z.object({
  people: z.array(directoryPersonSchema),
  /** How many people match, counted up to `totalLimit`; `totalIsExact` is false past it. */
  total: z.number().int(),
  totalIsExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const helperSchema = directoryPersonSchema.extend({
  /** The asked-for skill: the helper's level (1–5) and whether they can teach it. */
  level: z.number().int(),
  canTeach: z.boolean(),
  /** Open to mentor with a place free. */
  available: z.boolean(),
  /** Mentoring places left: capacity minus active mentoring relationships. */
  placesLeft: z.number().int(),
});
export type Helper = z.infer<typeof helperSchema>;

export const skillRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const whoCanHelpSchema = z.object({
  /** The skill the question was resolved to; null when none in the organization fits. */
  skill: skillRefSchema.nullable(),
  /** Skills with a similar name, when the question named none exactly. */
  suggestions: z.array(skillRefSchema),
  people: z.array(helperSchema),
  total: z.number().int(),
  totalIsExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const directoryFiltersSchema = z.object({
  departments: z.array(z.object({ name: z.string(), count: z.number().int() })),
  locations: z.array(z.object({ name: z.string(), count: z.number().int() })),
});

/** A row of the directory queries (snake_case, as SQL returns it). */
export type DirectoryRow = {
  id: string;
  name: string;
  preferred_name: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  time_zone: string | null;
  photo_version: string | null;
  open_to_mentor: boolean;
  status: "active" | "deactivated";
  top_skills: unknown;
};

/** JSON columns come back parsed from pg and PGlite alike, but accept text too. */
function parseSkills(value: unknown): z.infer<typeof directorySkillSchema>[] {
  const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) return [];
  return list.map((skill: { id: string; name: string; level: number }) => ({
    id: skill.id,
    name: skill.name,
    level: Number(skill.level),
  }));
}

/** Lists the fields one by one: email, role, bio and HR fields stay out of the directory card. */
export function presentDirectoryPerson(row: DirectoryRow): DirectoryPerson {
  return {
    id: row.id,
    name: row.name,
    preferredName: row.preferred_name,
    title: row.title,
    department: row.department,
    location: row.location,
    timeZone: row.time_zone,
    photoUrl: photoUrl(row.id, row.photo_version),
    openToMentor: row.open_to_mentor,
    status: row.status,
    topSkills: parseSkills(row.top_skills),
  };
}

export function presentHelper(
  row: DirectoryRow & { level: number; can_teach: boolean; places_left: number },
): Helper {
  const placesLeft = Number(row.places_left);
  return {
    ...presentDirectoryPerson(row),
    level: Number(row.level),
    canTeach: row.can_teach,
    available: row.open_to_mentor && placesLeft > 0,
    placesLeft,
  };
}
