import type { Role } from "../../db/schema.ts";
import type { PersonValues } from "./fields.ts";
import type { ManagerRef, ReadRow } from "./read-row.ts";

/** A person already in the organization, as the planner compares against. */
export type ExistingPerson = {
  id: string;
  /** Lower-cased. */
  email: string;
  employeeId: string | null;
  name: string;
  preferredName: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  timeZone: string | null;
  languages: string[];
  hireDate: string | null;
  managerId: string | null;
  status: "active" | "deactivated";
  role: Role;
};

/** Where a row's manager ends up: someone already in Mutual, a new row of the file, or nobody. */
export type ManagerTarget = { personId: string } | { line: number } | null;

/** A row that passed reading and matching; the manager is resolved later. */
export type AcceptedRow = {
  line: number;
  values: PersonValues;
  manager: ManagerRef | null | undefined;
  existing: ExistingPerson | null;
  target?: ManagerTarget;
};

export type PeopleIndex = {
  byId: Map<string, ExistingPerson>;
  byEmployeeId: Map<string, ExistingPerson>;
  byEmail: Map<string, ExistingPerson>;
};

export function indexPeople(existing: readonly ExistingPerson[]): PeopleIndex {
  const index: PeopleIndex = { byId: new Map(), byEmployeeId: new Map(), byEmail: new Map() };
  for (const person of existing) {
    index.byId.set(person.id, person);
    index.byEmail.set(person.email, person);
    if (person.employeeId) index.byEmployeeId.set(person.employeeId, person);
  }
  return index;
}

const described = (person: ExistingPerson) =>
  person.employeeId ? `${person.name} (employee ID ${person.employeeId})` : person.name;

/**
 * First pass over the rows: rejects what couldn't be read, later duplicates of an employee ID or
 * email, and rows whose keys point at two different people; matches the rest to existing people
 * by employee ID, else by email. Also notes every existing person a row names, even a rejected
 * row: a full sync must never deactivate someone only because their row had a typo.
 */
export function matchRows(rows: readonly ReadRow[], people: PeopleIndex) {
  const accepted: AcceptedRow[] = [];
  const rejected = new Map<number, string>();
  const named = new Set<string>();
  const firstLineOfEmployeeId = new Map<string, number>();
  const firstLineOfEmail = new Map<string, number>();
  const lineOfPerson = new Map<string, number>();

  for (const row of rows) {
    const employeeId = row.ok ? (row.values.employeeId ?? null) : row.employeeId;
    const email = row.ok ? row.values.email : row.email;
    const byEmployeeId = employeeId ? people.byEmployeeId.get(employeeId) : undefined;
    const byEmail = email ? people.byEmail.get(email) : undefined;
    if (byEmployeeId) named.add(byEmployeeId.id);
    if (byEmail) named.add(byEmail.id);

    const earlierId = employeeId ? firstLineOfEmployeeId.get(employeeId) : undefined;
    const earlierEmail = email ? firstLineOfEmail.get(email) : undefined;
    if (employeeId && earlierId === undefined) firstLineOfEmployeeId.set(employeeId, row.line);
    if (email && earlierEmail === undefined) firstLineOfEmail.set(email, row.line);

    if (!row.ok) {
      rejected.set(row.line, row.reason);
      continue;
    }
    if (earlierId !== undefined) {
      rejected.set(
        row.line,
        `The employee ID “${employeeId}” already appears on line ${earlierId}.`,
      );
      continue;
    }
    if (earlierEmail !== undefined) {
      rejected.set(row.line, `The email ${email} already appears on line ${earlierEmail}.`);
      continue;
    }

    let existing: ExistingPerson | null = null;
    if (byEmployeeId) {
      if (byEmail && byEmail !== byEmployeeId) {
        rejected.set(
          row.line,
          `The email ${email} already belongs to ${described(byEmail)} in Mutual, not to employee ID ${employeeId}.`,
        );
        continue;
      }
      existing = byEmployeeId;
    } else if (byEmail) {
      if (employeeId && byEmail.employeeId && byEmail.employeeId !== employeeId) {
        rejected.set(
          row.line,
          `The email ${email} belongs to ${byEmail.name} in Mutual, whose employee ID is ${byEmail.employeeId}, not ${employeeId}.`,
        );
        continue;
      }
      existing = byEmail;
    }
    if (existing) {
      const other = lineOfPerson.get(existing.id);
      if (other !== undefined) {
        rejected.set(
          row.line,
          `This row and line ${other} both describe ${existing.name}, who is already in Mutual.`,
        );
        continue;
      }
      lineOfPerson.set(existing.id, row.line);
    }
    accepted.push({ line: row.line, values: row.values, manager: row.manager, existing });
  }
  return { accepted, rejected, named, firstLineOfEmployeeId, firstLineOfEmail };
}
