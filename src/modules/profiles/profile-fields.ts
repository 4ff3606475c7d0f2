import { z } from "zod";
import { normalizeTimeZone } from "./time-zones.ts";

/** Field schemas shared by the profile's edit routes (and, through OpenAPI, the web forms). */

/** Optional text: trimmed; "" and null both clear it. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullable()
    .transform((value) => (value ? value : null))
    .optional();

export const timeZoneField = z
  .string()
  .max(64, "That isn't a time zone we know. Please choose one from the list.")
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const zone = normalizeTimeZone(value);
    if (!zone) {
      ctx.addIssue({
        code: "custom",
        message: `“${value.slice(0, 40)}” isn't a time zone we know. Please choose one from the list, for example “Europe/Lisbon”.`,
      });
      return z.NEVER;
    }
    return zone;
  })
  .optional();

/** Up to 10 languages, each named once (compared without case). */
export const languagesField = z
  .array(
    z
      .string()
      .trim()
      .min(1, "A language can't be empty.")
      .max(40, "A language can be at most 40 characters."),
  )
  .max(10, "List at most 10 languages.")
  .transform((languages) => {
    const seen = new Set<string>();
    return languages.filter((language) => {
      const key = language.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .optional();

export const mentoringFormatSchema = z.enum(["one_to_one", "group", "peer", "reverse", "flash"]);
export const meetingPreferenceSchema = z.enum(["in_person", "remote", "either"]);

export const preferredFormatsField = z
  .array(mentoringFormatSchema)
  .max(5)
  .transform((formats) => [...new Set(formats)])
  .optional();

export const hireDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Please give the date as YYYY-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "That date doesn't exist. Please check it.")
  .refine(
    (value) => value >= "1900-01-01" && value <= "2200-12-31",
    "Please give a date between 1900 and 2200.",
  )
  .nullable()
  .optional();
