import type { PersonField, PersonValues } from "./fields.ts";
import {
  type AcceptedRow,
  type ExistingPerson,
  indexPeople,
  type ManagerTarget,
  matchRows,
  type PeopleIndex,
} from "./match-rows.ts";
import type { ReadRow } from "./read-row.ts";
import { resolveManagers } from "./resolve-managers.ts";

export type PlannedChange = {
  field: PersonField | "manager" | "status";
  from: string | null;
  to: string | null;
};
export type PlannedCreate = {
  line: number;
  values: PersonValues;
  /** undefined: the file has no manager column. */
  manager: ManagerTarget | undefined;
};
export type PlannedUpdate = {
  line: number;
  personId: string;
  values: PersonValues;
  changes: PlannedChange[];
  /** Set when the manager changes. */
  manager: ManagerTarget | undefined;
  reactivate: boolean;
};
export type PlannedDeactivation = { personId: string; name: string; email: string };

export type ImportPlan = {
  created: PlannedCreate[];
  updated: PlannedUpdate[];
  unchanged: number;
  deactivated: PlannedDeactivation[];
  rejected: { line: number; reason: string }[];
  /** Administrators a full sync would have deactivated, kept so the organization keeps one. */
  keptAdmins: string[];
};

export type PlanInput = {
  rows: readonly ReadRow[];
  existing: readonly ExistingPerson[];
  /** The person fields the file's columns fill (only these are compared and written). */
  fields: readonly PersonField[];
  fullSync: boolean;
  /** The administrator running the import: never deactivated by it. */
  actorId: string | null;
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

const show = (value: string | string[] | null | undefined) =>
  Array.isArray(value) ? (value.length > 0 ? value.join(", ") : null) : (value ?? null);

/** The fields of a row that differ from the person in Mutual. */
function changesOf(
  values: PersonValues,
  person: ExistingPerson,
  fields: readonly PersonField[],
): PlannedChange[] {
  const changes: PlannedChange[] = [];
  for (const field of fields) {
    const next = values[field];
    if (next === undefined) continue;
    // An empty employee ID never erases one: it is how the next import finds the person.
    if (field === "employeeId" && next === null) continue;
    const current = person[field];
    const same = Array.isArray(next)
      ? sameList(next, current as string[])
      : field === "email"
        ? next === person.email
        : next === current;
    if (!same) changes.push({ field, from: show(current), to: show(next) });
  }
  return changes;
}

function managerChange(
  row: AcceptedRow,
  person: ExistingPerson,
  people: PeopleIndex,
  rowsByLine: Map<number, AcceptedRow>,
): PlannedChange | null {
  if (row.manager === undefined) return null;
  const target = row.target ?? null;
  const current = person.managerId;
  if (target !== null && "personId" in target && target.personId === current) return null;
  if (target === null && current === null) return null;
  const emailOf = (t: ManagerTarget) =>
    t === null
      ? null
      : "personId" in t
        ? (people.byId.get(t.personId)?.email ?? null)
        : (rowsByLine.get(t.line)?.values.email ?? null);
  return {
    field: "manager",
    from: current ? (people.byId.get(current)?.email ?? null) : null,
    to: emailOf(target),
  };
}

/**
 * What an import would do, decided without a database: the same plan is shown in the dry run and
 * written on confirmation. Pure and deterministic, in file order.
 */
export function planImport(input: PlanInput): ImportPlan {
  const people = indexPeople(input.existing);
  const matched = matchRows(input.rows, people);
  resolveManagers({ ...matched, people });
  const { accepted, rejected } = matched;
  const rowsByLine = new Map(accepted.map((row) => [row.line, row]));

  const created: PlannedCreate[] = [];
  const updated: PlannedUpdate[] = [];
  let unchanged = 0;
  for (const row of accepted) {
    if (rejected.has(row.line)) continue;
    const manager = row.manager === undefined ? undefined : (row.target ?? null);
    if (!row.existing) {
      created.push({ line: row.line, values: row.values, manager });
      continue;
    }
    const person = row.existing;
    const changes = changesOf(row.values, person, input.fields);
    const managerChanged = managerChange(row, person, people, rowsByLine);
    if (managerChanged) changes.push(managerChanged);
    const reactivate = input.fullSync && person.status === "deactivated";
    if (reactivate) changes.push({ field: "status", from: "deactivated", to: "active" });
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    updated.push({
      line: row.line,
      personId: person.id,
      values: row.values,
      changes,
      manager: managerChanged ? manager : undefined,
      reactivate,
    });
  }

  const deactivated: PlannedDeactivation[] = [];
  const keptAdmins: string[] = [];
  if (input.fullSync) {
    const leaving = input.existing.filter(
      (person) =>
        person.status === "active" && !matched.named.has(person.id) && person.id !== input.actorId,
    );
    const leavingIds = new Set(leaving.map((person) => person.id));
    const reactivated = new Set(updated.filter((u) => u.reactivate).map((u) => u.personId));
    const adminsLeft = input.existing.some(
      (person) =>
        person.role === "admin" &&
        (person.status === "active" || reactivated.has(person.id)) &&
        !leavingIds.has(person.id),
    );
    for (const person of leaving) {
      if (person.role === "admin" && !adminsLeft) {
        keptAdmins.push(person.name);
        continue;
      }
      deactivated.push({ personId: person.id, name: person.name, email: person.email });
    }
  }

  return {
    created,
    updated,
    unchanged,
    deactivated,
    keptAdmins,
    rejected: [...rejected]
      .map(([line, reason]) => ({ line, reason }))
      .sort((a, b) => a.line - b.line),
  };
}
