import { describe, expect, it } from "vitest";
import { type EnrollmentRow, enrollmentsCsv } from "./enrollments-csv.ts";

const row = (values: Partial<EnrollmentRow>): EnrollmentRow => ({
  personName: "Ada Lovelace",
  asMentee: true,
  asMentor: false,
  mentorCapacity: 1,
  status: "submitted",
  submittedAt: "2026-03-04T10:00:00.000Z",
  preparationDone: 1,
  preparationTotal: 2,
  ...values,
});

describe("the enrollment list as CSV", () => {
  it("has a header and one line per enrollment, with CRLF line ends", () => {
    const csv = enrollmentsCsv([
      row({}),
      row({ personName: "Bo", asMentor: true, mentorCapacity: 3 }),
    ]);
    expect(csv.split("\r\n")).toEqual([
      "Name,Roles,Mentor capacity,Status,Submitted,Preparation done,Preparation pages",
      "Ada Lovelace,Mentee,,Submitted,2026-03-04,1,2",
      "Bo,Mentee and mentor,3,Submitted,2026-03-04,1,2",
      "",
    ]);
  });

  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    const csv = enrollmentsCsv([
      row({ personName: 'Smith, "Jo"\nJunior', status: "started", submittedAt: null }),
      row({ personName: "=HYPERLINK(1)" }),
    ]);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe('"Smith, ""Jo""\nJunior",Mentee,,Started,,1,2');
    expect(lines[2]?.startsWith("'=HYPERLINK(1)")).toBe(true);
  });
});
