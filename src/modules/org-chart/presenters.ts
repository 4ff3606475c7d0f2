import { z } from "zod";
import { photoUrl } from "../profiles/photos/photo-url.ts";

export const orgChartPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  preferredName: z.string().nullable(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  photoUrl: z.string().nullable(),
  /** Active people who report to this person directly. */
  directReports: z.number().int(),
});
export type OrgChartPerson = z.infer<typeof orgChartPersonSchema>;

export const orgChartPageSchema = z.object({
  people: z.array(orgChartPersonSchema),
  /** How many there are in all, for "show more". */
  total: z.number().int(),
});

/** The columns every org-chart query selects, in snake case as raw SQL returns them. */
export type OrgChartRow = {
  id: string;
  name: string;
  preferred_name: string | null;
  title: string | null;
  department: string | null;
  photo_version: string | null;
  direct_reports: number | string;
};

export function presentOrgChartPerson(row: OrgChartRow): OrgChartPerson {
  return {
    id: row.id,
    name: row.name,
    preferredName: row.preferred_name,
    title: row.title,
    department: row.department,
    photoUrl: photoUrl(row.id, row.photo_version),
    directReports: Number(row.direct_reports),
  };
}
