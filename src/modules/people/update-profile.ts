import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import {
  languagesField,
  meetingPreferenceSchema,
  optionalText,
  preferredFormatsField,
  timeZoneField,
} from "../profiles/profile-fields.ts";
import { nameSchema } from "../setup/create-organization.ts";
import { getMe } from "./get-me.ts";

const ADMIN_FIELDS = new Set(["managerId", "hireDate", "employeeId"]);
const ADMIN_ONLY =
  "Your manager, hire date and employee ID are kept by your administrators, so they can't be changed here.";

/**
 * What a person may change about themself. Strict: the fields administrators keep (manager,
 * hire date, employee ID) are refused rather than silently dropped.
 */
export const updateProfileInput = z.strictObject(
  {
    name: nameSchema.optional(),
    preferredName: optionalText(120, "A preferred name"),
    pronouns: optionalText(40, "Pronouns"),
    title: optionalText(120, "A title"),
    bio: optionalText(2000, "A bio"),
    department: optionalText(120, "A department"),
    location: optionalText(120, "A location"),
    timeZone: timeZoneField,
    languages: languagesField,
    openToMentor: z.boolean().optional(),
    mentorCapacity: z
      .number()
      .int("Please give a whole number of mentees.")
      .min(0, "Capacity can't be negative.")
      .max(20, "You can take at most 20 mentees at once.")
      .optional(),
    openToBeMentored: z.boolean().optional(),
    preferredFormats: preferredFormatsField,
    meetingPreference: meetingPreferenceSchema.optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" && issue.keys.some((key) => ADMIN_FIELDS.has(key))
        ? ADMIN_ONLY
        : undefined,
  },
);
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export async function updateProfile(ctx: Ctx, input: UpdateProfileInput) {
  authorize(ctx.actor, "profile.update", {
    organizationId: ctx.actor.organizationId,
    personId: ctx.actor.personId,
  });
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(changes).length > 0) {
    await ctx.db
      .update(people)
      .set({ ...changes, updatedAt: new Date() })
      .where(
        and(eq(people.id, ctx.actor.personId), eq(people.organizationId, ctx.actor.organizationId)),
      );
  }
  return getMe(ctx.db, ctx.actor);
}
