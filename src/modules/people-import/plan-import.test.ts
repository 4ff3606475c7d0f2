import { describe, expect, it } from "vitest";
import type { ImportField } from "./fields.ts";
import type { ExistingPerson } from "./match-rows.ts";
import { planImport } from "./plan-import.ts";
import { readRow } from "./read-row.ts";

/** Rows from a small table: the first line names the fields, the rest are lines 2, 3, … */
function rows(fields: ImportField[], ...table: string[][]) {
  const headers = fields.map(String);
  return table.map((cells, i) =>
    readRow({ line: i + 2, cells }, { headers, mapping: fields, dayMonthOrder: null }),
  );
}

let nextId = 0;
function person(values: Partial<ExistingPerson> & { email: string }): ExistingPerson {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, "0")}`,
    employeeId: null,
    name: values.email.split("@")[0] ?? "someone",
    preferredName: null,
    title: null,
    department: null,
    location: null,
    timeZone: null,
    languages: [],
    hireDate: null,
    managerId: null,
    status: "active",
    role: "member",
    ...values,
  };
}

const plan = (
  input: Partial<Parameters<typeof planImport>[0]> & Pick<Parameters<typeof planImport>[0], "rows">,
) =>
  planImport({
    existing: [],
    fields: ["email", "name", "employeeId", "title"],
    fullSync: false,
    actorId: null,
    ...input,
  });

const F: ImportField[] = ["employeeId", "email", "fullName", "title", "managerEmail"];

describe("planImport", () => {
  it("creates new people, updates changed ones with what changed, and counts the rest unchanged", () => {
    const ada = person({ email: "ada@x.org", employeeId: "E1", name: "Ada", title: "Engineer" });
    const bo = person({ email: "bo@x.org", employeeId: "E2", name: "Bo", title: "Designer" });
    const result = plan({
      existing: [ada, bo],
      rows: rows(
        ["employeeId", "email", "fullName", "title"],
        ["E1", "ADA@x.org", "Ada", "Engineer"],
        ["E2", "bo@x.org", "Bo", "Lead designer"],
        ["E3", "cy@x.org", "Cy", ""],
      ),
    });
    expect(result.unchanged).toBe(1);
    expect(result.updated).toEqual([
      expect.objectContaining({
        line: 3,
        personId: bo.id,
        changes: [{ field: "title", from: "Designer", to: "Lead designer" }],
      }),
    ]);
    expect(result.created.map((c) => c.values)).toEqual([
      { email: "cy@x.org", name: "Cy", employeeId: "E3", title: null },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it("matches by employee ID first, then by email, and gives an employee ID to someone who had none", () => {
    const ada = person({ email: "ada@x.org", employeeId: "E1" });
    const bo = person({ email: "bo@x.org" });
    const result = plan({
      existing: [ada, bo],
      rows: rows(
        ["employeeId", "email", "fullName"],
        ["E1", "ada.l@x.org", "ada"],
        ["E2", "bo@x.org", "bo"],
      ),
    });
    expect(result.created).toEqual([]);
    expect(result.updated.map((u) => [u.personId, u.changes])).toEqual([
      [ada.id, [{ field: "email", from: "ada@x.org", to: "ada.l@x.org" }]],
      [bo.id, [{ field: "employeeId", from: null, to: "E2" }]],
    ]);
  });

  it("rejects later duplicates of an employee ID or email, naming the first line", () => {
    const result = plan({
      rows: rows(
        ["employeeId", "email", "fullName"],
        ["E1", "a@x.org", "A"],
        ["E1", "b@x.org", "B"],
        ["E3", "A@X.org", "C"],
      ),
    });
    expect(result.created).toHaveLength(1);
    expect(result.rejected).toEqual([
      { line: 3, reason: "The employee ID “E1” already appears on line 2." },
      { line: 4, reason: "The email a@x.org already appears on line 2." },
    ]);
  });

  it("rejects a row whose employee ID and email belong to two different people", () => {
    const ada = person({ email: "ada@x.org", employeeId: "E1", name: "Ada" });
    const bo = person({ email: "bo@x.org", employeeId: "E2", name: "Bo" });
    const result = plan({
      existing: [ada, bo],
      rows: rows(
        ["employeeId", "email", "fullName"],
        ["E1", "bo@x.org", "Ada"],
        ["E9", "ada@x.org", "X"],
      ),
    });
    expect(result.rejected).toEqual([
      { line: 2, reason: expect.stringContaining("already belongs to Bo (employee ID E2)") },
      { line: 3, reason: expect.stringContaining("whose employee ID is E1, not E9") },
    ]);
  });

  it("gives reasons a person understands for rows that can't be read", () => {
    const result = plan({
      rows: rows(
        ["email", "fullName", "firstName", "lastName"],
        ["not-an-email", "X", "", ""],
        ["", "Y", "", ""],
        ["z@x.org", "", "", ""],
        ["w@x.org", "", "Wen", "Li"],
      ),
    });
    expect(result.rejected.map((r) => r.reason)).toEqual([
      "“not-an-email” isn't a valid email address.",
      "This row has no work email, and every person needs one.",
      "This row has no name: fill in the full name, or the first and last name.",
    ]);
    expect(result.created[0]?.values.name).toBe("Wen Li");
  });

  it("resolves managers in the file first, then in Mutual, and rejects unknown ones", () => {
    const boss = person({ email: "boss@x.org", employeeId: "B1" });
    const result = plan({
      existing: [boss],
      rows: rows(
        F,
        ["E1", "lead@x.org", "Lead", "", "boss@x.org"],
        ["E2", "dev@x.org", "Dev", "", "LEAD@x.org"],
        ["E3", "new@x.org", "New", "", "nobody@x.org"],
      ),
    });
    expect(result.created.map((c) => [c.line, c.manager])).toEqual([
      [2, { personId: boss.id }],
      [3, { line: 2 }],
    ]);
    expect(result.rejected).toEqual([
      { line: 4, reason: "The manager “nobody@x.org” isn't in this file or in Mutual." },
    ]);
  });

  it("rejects the reports of a rejected manager, all the way down, unless Mutual knows the manager", () => {
    const known = person({ email: "known@x.org" });
    const result = plan({
      existing: [known],
      rows: rows(
        F,
        ["E1", "top@x.org", "Top", "", "ghost@x.org"],
        ["E2", "mid@x.org", "Mid", "", "top@x.org"],
        ["E3", "low@x.org", "Low", "", "mid@x.org"],
        ["E4", "known@x.org", "Known", "", "oops"],
        ["E5", "ok@x.org", "Ok", "", "known@x.org"],
      ),
    });
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(result.rejected[1]?.reason).toBe(
      "The manager (line 2) couldn't be imported, so this row can't be either. Fix line 2 first.",
    );
    expect(result.rejected[2]?.reason).toContain("(line 3)");
    expect(result.created.map((c) => [c.line, c.manager])).toEqual([[6, { personId: known.id }]]);
  });

  it("rejects reporting cycles, naming the people in them, and self-management", () => {
    const result = plan({
      rows: rows(
        F,
        ["E1", "a@x.org", "Ada", "", "b@x.org"],
        ["E2", "b@x.org", "Bo", "", "c@x.org"],
        ["E3", "c@x.org", "Cy", "", "a@x.org"],
        ["E4", "d@x.org", "Di", "", "d@x.org"],
        ["E5", "e@x.org", "Eve", "", "a@x.org"],
      ),
    });
    expect(result.rejected).toEqual([
      { line: 2, reason: expect.stringContaining("Ada → Bo → Cy → Ada") },
      { line: 3, reason: expect.stringContaining("reporting cycle") },
      { line: 4, reason: expect.stringContaining("reporting cycle") },
      { line: 5, reason: "This row names the person as their own manager." },
      { line: 6, reason: expect.stringContaining("(line 2)") },
    ]);
    expect(result.created).toEqual([]);
  });

  it("finds a cycle closed by someone already in Mutual who isn't in the file", () => {
    const ada = person({ email: "ada@x.org", name: "Ada" });
    const bo = person({ email: "bo@x.org", name: "Bo", managerId: ada.id });
    const result = plan({
      existing: [ada, bo],
      rows: rows(F, ["", "ada@x.org", "Ada", "", "bo@x.org"]),
    });
    expect(result.rejected).toEqual([
      { line: 2, reason: expect.stringContaining("Ada → Bo → Ada") },
    ]);
  });

  it("shows a manager change by email, and leaves managers alone without a manager column", () => {
    const ada = person({ email: "ada@x.org" });
    const bo = person({ email: "bo@x.org", managerId: ada.id });
    const withColumn = plan({ existing: [ada, bo], rows: rows(F, ["", "bo@x.org", "bo", "", ""]) });
    expect(withColumn.updated[0]?.changes).toEqual([
      { field: "manager", from: "ada@x.org", to: null },
    ]);
    expect(withColumn.updated[0]?.manager).toBeNull();
    const without = plan({
      existing: [ada, bo],
      rows: rows(["email", "fullName"], ["bo@x.org", "bo"]),
    });
    expect(without.unchanged).toBe(1);
  });

  it("with full sync, deactivates active people absent from the file, except the admin importing and the last admin", () => {
    const me = person({ email: "me@x.org", role: "admin" });
    const stays = person({ email: "stays@x.org" });
    const typo = person({ email: "typo@x.org", employeeId: "T1" });
    const gone = person({ email: "gone@x.org", name: "Gone" });
    const away = person({ email: "away@x.org", status: "deactivated" });
    const back = person({ email: "back@x.org", status: "deactivated" });
    const input = {
      existing: [me, stays, typo, gone, away, back],
      rows: rows(
        ["employeeId", "email", "fullName", "hireDate"],
        ["", "stays@x.org", "stays", ""],
        ["T1", "typo@x.org", "typo", "not a date"],
        ["", "back@x.org", "back", ""],
      ),
      fields: ["email", "name", "employeeId", "hireDate"] as const,
    };
    expect(plan(input).deactivated).toEqual([]);
    const synced = plan({ ...input, fullSync: true, actorId: me.id });
    expect(synced.deactivated).toEqual([{ personId: gone.id, name: "Gone", email: "gone@x.org" }]);
    expect(synced.updated.map((u) => [u.personId, u.reactivate])).toEqual([[back.id, true]]);

    // Without an admin importing (the command line), the last admins stay.
    const cli = plan({ ...input, fullSync: true, actorId: null });
    expect(cli.deactivated.map((d) => d.email)).toEqual(["gone@x.org"]);
    expect(cli.keptAdmins).toEqual(["me"]);
  });

  it("plans nothing new the second time the same file is imported", () => {
    const table = [
      ["E1", "boss@x.org", "Boss", "CEO", ""],
      ["E2", "lead@x.org", "Lead", "Lead", "boss@x.org"],
    ];
    const first = plan({ rows: rows(F, ...table) });
    const ids = new Map(first.created.map((c, i) => [c.line, `id-${i}`]));
    const existing = first.created.map((c) =>
      person({
        ...c.values,
        id: ids.get(c.line) as string,
        managerId:
          c.manager && "line" in c.manager
            ? (ids.get(c.manager.line) ?? null)
            : c.manager && "personId" in c.manager
              ? c.manager.personId
              : null,
      }),
    );
    const second = plan({ existing, rows: rows(F, ...table) });
    expect(second).toMatchObject({ created: [], updated: [], unchanged: 2, rejected: [] });
  });
});
