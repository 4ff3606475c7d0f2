import { z } from "zod";

/** What a column of an HR file can fill in. */
export const IMPORT_FIELDS = [
  "employeeId",
  "email",
  "firstName",
  "lastName",
  "fullName",
  "preferredName",
  "title",
  "department",
  "location",
  "timeZone",
  "languages",
  "hireDate",
  "managerEmail",
  "managerEmployeeId",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const importFieldSchema = z.enum(IMPORT_FIELDS);

/** One entry per column of the file: the field it fills, or null to leave the column out. */
export type ColumnMapping = (ImportField | null)[];

export const FIELD_LABELS: Record<ImportField, string> = {
  employeeId: "Employee ID",
  email: "Work email",
  firstName: "First name",
  lastName: "Last name",
  fullName: "Full name",
  preferredName: "Preferred name",
  title: "Job title",
  department: "Department",
  location: "Location",
  timeZone: "Time zone",
  languages: "Languages",
  hireDate: "Hire date",
  managerEmail: "Manager's email",
  managerEmployeeId: "Manager's employee ID",
};

/** How to read dates like 03/04/2021: decided from the file, or day first, or month first. */
export const dateOrderSchema = z.enum(["auto", "dmy", "mdy"]);
export type DateOrder = z.infer<typeof dateOrderSchema>;

export const importOptionsSchema = z.object({
  /** Deactivate active people who aren't in the file. */
  fullSync: z.boolean().default(false),
  dateOrder: dateOrderSchema.default("auto"),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** The person's columns an import can set (people.name comes from full or first + last name). */
export type PersonValues = {
  email: string;
  name: string;
  employeeId?: string | null;
  preferredName?: string | null;
  title?: string | null;
  department?: string | null;
  location?: string | null;
  timeZone?: string | null;
  languages?: string[];
  hireDate?: string | null;
};
export type PersonField = keyof PersonValues;

export const PERSON_FIELD_LABELS: Record<PersonField | "manager" | "status", string> = {
  email: "email",
  name: "name",
  employeeId: "employee ID",
  preferredName: "preferred name",
  title: "job title",
  department: "department",
  location: "location",
  timeZone: "time zone",
  languages: "languages",
  hireDate: "hire date",
  manager: "manager",
  status: "status",
};

/** Limits, the same as the profile's own. */
export const LIMITS = {
  name: 120,
  text: 120,
  employeeId: 64,
  email: 254,
  language: 40,
  languages: 10,
};
