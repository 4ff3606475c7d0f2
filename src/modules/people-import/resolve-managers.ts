import { findReportingCycles, formatReportingChain } from "../org-chart/cycles.ts";
import type { AcceptedRow, ManagerTarget, PeopleIndex } from "./match-rows.ts";
import type { ManagerRef } from "./read-row.ts";

type Resolved = { target: ManagerTarget; viaLine: number | null } | { reason: string };

const describeRef = (ref: ManagerRef) =>
  ref.email ? `“${ref.email}”` : `with employee ID “${ref.employeeId}”`;

/**
 * Second pass: finds each row's manager, in the file first and then among the people already in
 * Mutual, and rejects rows whose manager can't be found or who would close a reporting cycle.
 * Rejecting a row can strand the rows that named it as their manager, so those are looked at
 * again (a worklist, linear overall); a rejected row keeps its current manager in Mutual, which
 * can close a cycle of its own, so cycles are looked for again until none is left.
 */
export function resolveManagers(input: {
  accepted: AcceptedRow[];
  rejected: Map<number, string>;
  people: PeopleIndex;
  firstLineOfEmployeeId: Map<string, number>;
  firstLineOfEmail: Map<string, number>;
}) {
  const { accepted, rejected, people } = input;
  const byLine = new Map<number, AcceptedRow>();
  const byPersonId = new Map<string, AcceptedRow>();
  const lineOfEmployeeId = new Map<string, number>();
  const lineOfEmail = new Map<string, number>();
  for (const row of accepted) {
    byLine.set(row.line, row);
    if (row.existing) byPersonId.set(row.existing.id, row);
    if (row.values.employeeId) lineOfEmployeeId.set(row.values.employeeId, row.line);
    lineOfEmail.set(row.values.email, row.line);
  }
  const dependents = new Map<number, AcceptedRow[]>();
  const stranded: number[] = [];

  const reject = (row: AcceptedRow, reason: string) => {
    if (rejected.has(row.line)) return;
    rejected.set(row.line, reason);
    if (row.values.employeeId && lineOfEmployeeId.get(row.values.employeeId) === row.line) {
      lineOfEmployeeId.delete(row.values.employeeId);
    }
    if (lineOfEmail.get(row.values.email) === row.line) lineOfEmail.delete(row.values.email);
    stranded.push(row.line);
  };

  const rejectedLineOf = (ref: ManagerRef) => {
    const lines = [
      ref.employeeId ? input.firstLineOfEmployeeId.get(ref.employeeId) : undefined,
      ref.email ? input.firstLineOfEmail.get(ref.email) : undefined,
    ];
    return lines.find((line) => line !== undefined && rejected.has(line));
  };

  const resolve = (row: AcceptedRow): Resolved => {
    const ref = row.manager;
    if (!ref) return { target: null, viaLine: null };
    const line =
      (ref.employeeId ? lineOfEmployeeId.get(ref.employeeId) : undefined) ??
      (ref.email ? lineOfEmail.get(ref.email) : undefined);
    if (line !== undefined) {
      if (line === row.line) return { reason: "This row names the person as their own manager." };
      const manager = byLine.get(line);
      const target = manager?.existing ? { personId: manager.existing.id } : { line };
      return { target, viaLine: line };
    }
    const person =
      (ref.employeeId ? people.byEmployeeId.get(ref.employeeId) : undefined) ??
      (ref.email ? people.byEmail.get(ref.email) : undefined);
    if (person) {
      if (person === row.existing) {
        return { reason: "This row names the person as their own manager." };
      }
      return { target: { personId: person.id }, viaLine: null };
    }
    const rejectedLine = rejectedLineOf(ref);
    if (rejectedLine !== undefined) {
      return {
        reason: `The manager (line ${rejectedLine}) couldn't be imported, so this row can't be either. Fix line ${rejectedLine} first.`,
      };
    }
    return { reason: `The manager ${describeRef(ref)} isn't in this file or in Mutual.` };
  };

  const settle = (row: AcceptedRow) => {
    const resolved = resolve(row);
    if ("reason" in resolved) return reject(row, resolved.reason);
    row.target = resolved.target;
    if (resolved.viaLine !== null) {
      const list = dependents.get(resolved.viaLine);
      if (list) list.push(row);
      else dependents.set(resolved.viaLine, [row]);
    }
  };

  const drain = () => {
    while (stranded.length > 0) {
      const line = stranded.pop() as number;
      for (const row of dependents.get(line) ?? []) {
        if (!rejected.has(row.line)) settle(row);
      }
      dependents.delete(line);
    }
  };

  for (const row of accepted) if (row.manager !== undefined) settle(row);
  drain();

  for (;;) {
    const cycles = findCycles(accepted, rejected, people);
    if (cycles.length === 0) break;
    for (const cycle of cycles) {
      const names = cycle.map((key) => nameOf(key, byLine, people));
      const reason = `This would make a reporting cycle: ${formatReportingChain([...names, names[0] ?? ""])}. Give one of them a different manager.`;
      for (const key of cycle) {
        const row = key.startsWith("line:")
          ? byLine.get(Number(key.slice(5)))
          : byPersonId.get(key);
        if (row && !rejected.has(row.line)) reject(row, reason);
      }
    }
    drain();
  }
}

const keyOfRow = (row: AcceptedRow) => (row.existing ? row.existing.id : `line:${row.line}`);
const keyOfTarget = (target: ManagerTarget) =>
  target === null ? null : "personId" in target ? target.personId : `line:${target.line}`;

function nameOf(key: string, byLine: Map<number, AcceptedRow>, people: PeopleIndex) {
  if (key.startsWith("line:")) return byLine.get(Number(key.slice(5)))?.values.name ?? key;
  return people.byId.get(key)?.name ?? key;
}

/**
 * The reporting chains as they would be after the import: accepted rows with their new managers,
 * everyone else (and rejected rows' people) as they are now. Only cycles through at least one
 * accepted row are the file's doing.
 */
function findCycles(
  accepted: AcceptedRow[],
  rejected: Map<number, string>,
  people: PeopleIndex,
): string[][] {
  const edges = new Map<string, string | null>();
  const fromFile = new Set<string>();
  for (const row of accepted) {
    if (rejected.has(row.line)) continue;
    const key = keyOfRow(row);
    fromFile.add(key);
    edges.set(
      key,
      row.manager === undefined
        ? (row.existing?.managerId ?? null)
        : keyOfTarget(row.target ?? null),
    );
  }
  for (const person of people.byId.values()) {
    if (!edges.has(person.id)) edges.set(person.id, person.managerId);
  }
  return findReportingCycles(edges).filter((cycle) => cycle.some((key) => fromFile.has(key)));
}
