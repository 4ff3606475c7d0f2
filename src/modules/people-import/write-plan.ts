import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { NO_PASSWORD_YET } from "../auth/passwords.ts";
import type { PersonField } from "./fields.ts";
import type { ManagerTarget } from "./match-rows.ts";
import type { ProgressReport } from "./plan-file.ts";
import type { ImportPlan, PlannedCreate } from "./plan-import.ts";

/** The people columns an import writes, with their SQL types for json_to_recordset. */
const COLUMNS: Record<PersonField, { column: string; type: string }> = {
  email: { column: "email", type: "text" },
  name: { column: "name", type: "text" },
  employeeId: { column: "employee_id", type: "text" },
  preferredName: { column: "preferred_name", type: "text" },
  title: { column: "title", type: "text" },
  department: { column: "department", type: "text" },
  location: { column: "location", type: "text" },
  timeZone: { column: "time_zone", type: "text" },
  languages: { column: "languages", type: "text[]" },
  hireDate: { column: "hire_date", type: "date" },
};

const BATCH = 2000;

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Runs one batched statement and insists every row of the batch was written. */
async function writeBatch(tx: Executor, statement: SQL, expected: number, what: string) {
  const count = affected(await tx.execute(statement));
  if (count !== expected) {
    throw new Error(`people import: ${what} wrote ${count} rows, expected ${expected}`);
  }
}

/** New people ordered so that each one's manager, when also new, comes first. */
export function managersFirst(created: readonly PlannedCreate[]): PlannedCreate[] {
  const reports = new Map<number, PlannedCreate[]>();
  const ordered: PlannedCreate[] = [];
  for (const row of created) {
    const manager = row.manager;
    if (manager && "line" in manager) {
      const list = reports.get(manager.line);
      if (list) list.push(row);
      else reports.set(manager.line, [row]);
    } else ordered.push(row);
  }
  for (let i = 0; i < ordered.length; i++) {
    const row = ordered[i] as PlannedCreate;
    for (const report of reports.get(row.line) ?? []) ordered.push(report);
  }
  if (ordered.length !== created.length) throw new Error("people import: a new manager is missing");
  return ordered;
}

/**
 * Writes a plan inside the caller's transaction, in batched statements (one JSON parameter per
 * batch, unpacked by json_to_recordset): updates first (so an email someone gives up is free),
 * then new people, managers before their reports, then a second pass for existing people whose
 * manager changes (possibly to someone new), then full-sync deactivations. New people get no usable password: they join by invitation or password reset.
 * Returns the ids of the people created.
 */
export async function writePlan(
  tx: Executor,
  input: {
    organizationId: string;
    plan: ImportPlan;
    fields: readonly PersonField[];
    onProgress?: ProgressReport;
  },
): Promise<string[]> {
  const { organizationId: org, plan } = input;
  const fields = input.fields;
  const updates = plan.updated.filter(
    (u) => u.reactivate || u.changes.some((c) => c.field !== "manager"),
  );
  const idOfLine = new Map(plan.created.map((c) => [c.line, randomUUID()]));
  const created = managersFirst(plan.created);
  const managerLinks = plan.updated
    .filter((u) => u.manager !== undefined)
    .map((u) => ({ id: u.personId, target: u.manager }));
  const total =
    updates.length + plan.created.length + managerLinks.length + plan.deactivated.length;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    input.onProgress?.("Writing people", done, total);
  };
  const recordType = (extra: string[]) =>
    sql.raw(
      ["id uuid", ...fields.map((f) => `${COLUMNS[f].column} ${COLUMNS[f].type}`), ...extra].join(
        ", ",
      ),
    );
  const valuesOf = (values: Record<string, unknown>) =>
    Object.fromEntries(fields.map((f) => [COLUMNS[f].column, values[f] ?? null]));

  const plain = fields.filter((f) => f !== "email" && f !== "employeeId");
  const sets = sql.raw(
    [
      ...plain.map((f) => `${COLUMNS[f].column} = x.${COLUMNS[f].column}`),
      ...(fields.includes("email")
        ? ["email = case when lower(p.email) = x.email then p.email else x.email end"]
        : []),
      ...(fields.includes("employeeId")
        ? ["employee_id = coalesce(x.employee_id, p.employee_id)"]
        : []),
      "status = case when x.reactivate then 'active'::person_status else p.status end",
      "updated_at = now()",
    ].join(", "),
  );
  for (const batch of batches(updates)) {
    const json = JSON.stringify(
      batch.map((u) => ({ id: u.personId, ...valuesOf(u.values), reactivate: u.reactivate })),
    );
    await writeBatch(
      tx,
      sql`update people p set ${sets}
          from json_to_recordset(${json}::json) as x(${recordType(["reactivate boolean"])})
          where p.id = x.id and p.organization_id = ${org}`,
      batch.length,
      "update",
    );
    progress(batch.length);
  }

  const idOfTarget = (target: ManagerTarget | undefined) =>
    !target ? null : "personId" in target ? target.personId : (idOfLine.get(target.line) ?? null);
  // Managers come before their reports, so each new person's manager exists by the time their
  // batch is written (a batch's own rows are checked at the end of its statement).
  const insertColumns = sql.raw(fields.map((f) => COLUMNS[f].column).join(", "));
  const selectColumns = sql.raw(fields.map((f) => `x.${COLUMNS[f].column}`).join(", "));
  for (const batch of batches(created)) {
    const json = JSON.stringify(
      batch.map((c) => ({
        id: idOfLine.get(c.line),
        ...valuesOf(c.values),
        manager_id: idOfTarget(c.manager),
      })),
    );
    await writeBatch(
      tx,
      sql`insert into people (id, organization_id, password_hash, manager_id, ${insertColumns})
          select x.id, ${org}::uuid, ${NO_PASSWORD_YET}, x.manager_id, ${selectColumns}
          from json_to_recordset(${json}::json) as x(${recordType(["manager_id uuid"])})
          where x.manager_id is null or exists (
            select 1 from people m where m.id = x.manager_id and m.organization_id = ${org})
            or x.manager_id in (select y.id from json_to_recordset(${json}::json) as y(id uuid))`,
      batch.length,
      "insert",
    );
    progress(batch.length);
  }

  for (const batch of batches(managerLinks)) {
    const json = JSON.stringify(
      batch.map((link) => ({ id: link.id, manager_id: idOfTarget(link.target) })),
    );
    // The manager must be in the same organization: checked here too, not only by the planner.
    await writeBatch(
      tx,
      sql`update people p set manager_id = x.manager_id, updated_at = now()
          from json_to_recordset(${json}::json) as x(id uuid, manager_id uuid)
          where p.id = x.id and p.organization_id = ${org}
            and (x.manager_id is null or exists (
              select 1 from people m where m.id = x.manager_id and m.organization_id = ${org}))`,
      batch.length,
      "manager links",
    );
    progress(batch.length);
  }

  for (const batch of batches(plan.deactivated)) {
    const json = JSON.stringify(batch.map((d) => d.personId));
    await tx.execute(
      sql`update people set status = 'deactivated', updated_at = now()
          where organization_id = ${org} and status = 'active'
            and id in (select value::uuid from json_array_elements_text(${json}::json))`,
    );
    await tx.execute(
      sql`delete from sessions where organization_id = ${org}
            and person_id in (select value::uuid from json_array_elements_text(${json}::json))`,
    );
    progress(batch.length);
  }
  return [...idOfLine.values()];
}
