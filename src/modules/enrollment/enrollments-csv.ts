import { csvCell } from "../people-import/export-people.ts";

/** One line of the managers' enrollment list, as listed on the page and in the download. */
export type EnrollmentRow = {
  personName: string;
  asMentee: boolean;
  asMentor: boolean;
  mentorCapacity: number;
  status: "started" | "submitted" | "withdrawn";
  submittedAt: string | null;
  preparationDone: number;
  preparationTotal: number;
};

const STATUS_LABELS: Record<EnrollmentRow["status"], string> = {
  started: "Started",
  submitted: "Submitted",
  withdrawn: "Withdrawn",
};

export function rolesLabel(row: Pick<EnrollmentRow, "asMentee" | "asMentor">): string {
  if (row.asMentee && row.asMentor) return "Mentee and mentor";
  if (row.asMentor) return "Mentor";
  if (row.asMentee) return "Mentee";
  return "";
}

const HEADER = [
  "Name",
  "Roles",
  "Mentor capacity",
  "Status",
  "Submitted",
  "Preparation done",
  "Preparation pages",
];

/** The enrollment list as CSV (RFC 4180 quoting, CRLF line ends, formulas defused). */
export function enrollmentsCsv(rows: EnrollmentRow[]): string {
  const lines = [HEADER.map(csvCell).join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.personName,
        rolesLabel(row),
        row.asMentor ? String(row.mentorCapacity) : "",
        STATUS_LABELS[row.status],
        row.submittedAt ? row.submittedAt.slice(0, 10) : "",
        String(row.preparationDone),
        String(row.preparationTotal),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
