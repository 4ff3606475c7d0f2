import { z } from "zod";

const names = z
  .array(z.string().trim().min(1).max(200))
  .max(500, "That's a long list: at most 500 at a time.");

/**
 * Who may enrol. `{ all: true }`, or a selection: people named in `personIds` are always in;
 * otherwise a person must be in one of `departments` (when that list has any) and in one of
 * `locations` (when that list has any). An empty selection lets nobody in but named people.
 */
export const eligibilitySchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({
    all: z.literal(false).optional(),
    departments: names.default([]),
    locations: names.default([]),
    personIds: z.array(z.uuid("That isn't a valid person id.")).max(5000).default([]),
  }),
]);
export type Eligibility = z.infer<typeof eligibilitySchema>;

export type EligibilityPerson = {
  id: string;
  department: string | null;
  location: string | null;
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const inList = (value: string | null, list: readonly string[]) =>
  value !== null && list.some((item) => same(item, value));

/** Reads a stored eligibility value; anything unreadable means "everyone". */
export function parseEligibility(stored: unknown): Eligibility {
  const parsed = eligibilitySchema.safeParse(stored);
  return parsed.success ? parsed.data : { all: true };
}

/** Whether a person may enrol in a program, by its eligibility (see {@link eligibilitySchema}). */
export function isEligible(person: EligibilityPerson, program: { eligibility: unknown }): boolean {
  const rule = parseEligibility(program.eligibility);
  if ("all" in rule && rule.all === true) return true;
  const { departments, locations, personIds } = rule as Exclude<Eligibility, { all: true }>;
  if (personIds.includes(person.id)) return true;
  if (departments.length === 0 && locations.length === 0) return false;
  return (
    (departments.length === 0 || inList(person.department, departments)) &&
    (locations.length === 0 || inList(person.location, locations))
  );
}
