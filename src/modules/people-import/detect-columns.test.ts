import { describe, expect, it } from "vitest";
import { checkMapping, detectColumns, normalizeHeader } from "./detect-columns.ts";

describe("normalizeHeader", () => {
  it("ignores case, spaces, punctuation and accents", () => {
    expect(normalizeHeader("  Work E-mail ")).toBe("workemail");
    expect(normalizeHeader("Employee #")).toBe("employeenumber");
    expect(normalizeHeader("Date_of_Hire")).toBe("dateofhire");
    expect(normalizeHeader("Département")).toBe("departement");
  });
});

describe("detectColumns", () => {
  it("maps a Workday-style export", () => {
    const headers = [
      "Employee ID",
      "Legal First Name",
      "Legal Last Name",
      "Preferred Name",
      "Work Email",
      "Business Title",
      "Department",
      "Location",
      "Manager Employee ID",
      "Hire Date",
      "Time Zone",
    ];
    expect(detectColumns(headers).mapping).toEqual([
      "employeeId",
      "firstName",
      "lastName",
      "preferredName",
      "email",
      "title",
      "department",
      "location",
      "managerEmployeeId",
      "hireDate",
      "timeZone",
    ]);
  });

  it("maps BambooHR, Personio, HiBob, SuccessFactors and ADP names", () => {
    const cases: [string, string | null][] = [
      ["Employee #", "employeeId"],
      ["Employee Number", "employeeId"],
      ["Worker ID", "employeeId"],
      ["Person ID External", "employeeId"],
      ["Associate ID", "employeeId"],
      ["Email Address", "email"],
      ["E-Mail", "email"],
      ["Given Name", "firstName"],
      ["Surname", "lastName"],
      ["Family name", "lastName"],
      ["Full Name", "fullName"],
      ["Job Title", "title"],
      ["Position", "title"],
      ["Office", "location"],
      ["Supervisor Email", "managerEmail"],
      ["Manager ID", "managerEmployeeId"],
      ["Start Date", "hireDate"],
      ["TimeZone", "timeZone"],
      ["Language", "languages"],
      ["Personalnummer", "employeeId"],
      ["Vorname", "firstName"],
      ["Nachname", "lastName"],
      ["Abteilung", "department"],
      ["Eintrittsdatum", "hireDate"],
      ["Reports To", null],
      ["Personal Email", null],
      ["Cost Center", null],
    ];
    for (const [header, field] of cases) {
      expect(detectColumns([header]).mapping, header).toEqual([field]);
    }
  });

  it("guesses headers no list names, when they say enough", () => {
    expect(
      detectColumns(["Manager's E-mail (work)", "Employee ID number", "Private email address"])
        .mapping,
    ).toEqual(["managerEmail", "employeeId", null]);
  });

  it("gives each field one column: the better-known name, else the leftmost", () => {
    const detected = detectColumns(["Email", "Name", "Work Email", "Full Name", "Email"]);
    expect(detected.mapping).toEqual([null, null, "email", "fullName", null]);
    expect(detected.unmapped).toEqual(["Email", "Name", "Email"]);
  });

  it("uses Division, then Team, as the department only when there is no Department column", () => {
    expect(detectColumns(["Division", "Team"]).mapping).toEqual(["department", null]);
    expect(detectColumns(["Team", "Department", "Division"]).mapping).toEqual([
      null,
      "department",
      null,
    ]);
    expect(detectColumns(["Team"]).mapping).toEqual(["department"]);
  });
});

describe("checkMapping", () => {
  it("refuses a field chosen for two columns, naming both", () => {
    const { errors } = checkMapping(["Mail", "Work Email"], ["email", "email"]);
    expect(errors).toEqual([expect.stringContaining("“Mail” and “Work Email”")]);
  });

  it("warns when no column holds emails or names", () => {
    expect(checkMapping(["A"], [null]).warnings).toHaveLength(2);
    expect(checkMapping(["A", "B"], ["email", "lastName"]).warnings).toEqual([]);
  });

  it("refuses a mapping for a different number of columns", () => {
    expect(checkMapping(["A", "B"], ["email"]).errors).toHaveLength(1);
  });
});
