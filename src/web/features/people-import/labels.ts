import type { ImportField } from "./api.ts";

/** What each column can be used for, in the order the mapping menus list them. */
export const FIELD_OPTIONS: { value: ImportField; label: string }[] = [
  { value: "email", label: "Work email" },
  { value: "fullName", label: "Full name" },
  { value: "firstName", label: "First name" },
  { value: "lastName", label: "Last name" },
  { value: "preferredName", label: "Preferred name" },
  { value: "employeeId", label: "Employee ID" },
  { value: "title", label: "Job title" },
  { value: "department", label: "Department" },
  { value: "location", label: "Location" },
  { value: "timeZone", label: "Time zone" },
  { value: "languages", label: "Languages" },
  { value: "hireDate", label: "Hire date" },
  { value: "managerEmail", label: "Manager's email" },
  { value: "managerEmployeeId", label: "Manager's employee ID" },
];

export const IGNORE = "";

const CHANGE_LABELS: Record<string, string> = {
  email: "Email",
  name: "Name",
  employeeId: "Employee ID",
  preferredName: "Preferred name",
  title: "Job title",
  department: "Department",
  location: "Location",
  timeZone: "Time zone",
  languages: "Languages",
  hireDate: "Hire date",
  manager: "Manager",
  status: "Status",
};

/** "Job title: Engineer → Staff engineer" */
export function describeChange(change: {
  field: string;
  from: string | null;
  to: string | null;
}): string {
  const label = CHANGE_LABELS[change.field] ?? change.field;
  if (change.field === "status" && change.to === "active") return "Reactivated";
  return `${label}: ${change.from ?? "(empty)"} → ${change.to ?? "(empty)"}`;
}

/** The fields chosen for more than one column, which the server refuses. */
export function duplicateFields(mapping: (ImportField | null)[]): ImportField[] {
  const seen = new Set<ImportField>();
  const twice = new Set<ImportField>();
  for (const field of mapping) {
    if (!field) continue;
    if (seen.has(field)) twice.add(field);
    seen.add(field);
  }
  return [...twice];
}

export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;
