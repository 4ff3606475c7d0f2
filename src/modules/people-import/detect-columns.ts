import type { ColumnMapping, ImportField } from "./fields.ts";

/**
 * Header names as HR systems write them (Workday, BambooHR, Personio, HiBob, SAP SuccessFactors,
 * ADP and plain spreadsheets; a few German ones, as Personio exports write them), compared after
 * `normalizeHeader`. Within a field, earlier names
 * win when a file has several candidate columns ("Work Email" over "Email").
 */
const KNOWN_HEADERS: Record<ImportField, string[]> = {
  employeeId: [
    "employeeid",
    "employeenumber",
    "employeeno",
    "empid",
    "empno",
    "eeid",
    "workerid",
    "personnelnumber",
    "personidexternal",
    "personid",
    "associateid",
    "staffid",
    "staffnumber",
    "userid",
    "personalnummer",
    "id",
  ],
  email: [
    "workemail",
    "workemailaddress",
    "businessemail",
    "businessemailaddress",
    "companyemail",
    "officeemail",
    "primaryworkemail",
    "emailwork",
    "email",
    "emailaddress",
    "mail",
  ],
  firstName: ["firstname", "givenname", "legalfirstname", "forename", "first", "vorname"],
  lastName: ["lastname", "surname", "familyname", "legallastname", "last", "nachname"],
  fullName: [
    "fullname",
    "name",
    "employeename",
    "workername",
    "displayname",
    "legalname",
    "worker",
    "employee",
  ],
  preferredName: ["preferredname", "preferredfirstname", "nickname", "knownas", "callname"],
  title: [
    "jobtitle",
    "title",
    "businesstitle",
    "positiontitle",
    "position",
    "jobprofile",
    "designation",
    "job",
    "stellenbezeichnung",
  ],
  // Division and team stand in for the department only when there is no department column.
  department: [
    "department",
    "departmentname",
    "dept",
    "organizationalunit",
    "organisationalunit",
    "orgunit",
    "division",
    "team",
    "teamname",
    "abteilung",
  ],
  location: [
    "location",
    "worklocation",
    "officelocation",
    "office",
    "site",
    "workplace",
    "branch",
    "standort",
  ],
  timeZone: ["timezone", "tz", "timezoneid", "worktimezone"],
  languages: ["languages", "language", "spokenlanguages", "workinglanguages", "preferredlanguage"],
  hireDate: [
    "hiredate",
    "startdate",
    "dateofhire",
    "originalhiredate",
    "employmentstartdate",
    "joiningdate",
    "joindate",
    "datejoined",
    "hiredon",
    "eintrittsdatum",
  ],
  managerEmail: [
    "manageremail",
    "managerworkemail",
    "manageremailaddress",
    "supervisoremail",
    "supervisoremailaddress",
    "linemanageremail",
    "reportstoemail",
    "reportingtoemail",
  ],
  managerEmployeeId: [
    "manageremployeeid",
    "managerid",
    "manageremployeenumber",
    "managerworkerid",
    "supervisoremployeeid",
    "supervisorid",
    "linemanagerid",
    "reportstoid",
    "reportstoemployeeid",
    "managerpersonnelnumber",
  ],
};

const EXACT = new Map<string, { field: ImportField; score: number }>();
for (const [field, names] of Object.entries(KNOWN_HEADERS) as [ImportField, string[]][]) {
  names.forEach((name, index) => {
    EXACT.set(name, { field, score: 100 - index });
  });
}

/** "Work E-mail (primary)" → "workemailprimary": case, spaces, punctuation and accents ignored. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/#/g, "number")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const has = (text: string, ...words: string[]) => words.some((word) => text.includes(word));

/** A weaker guess for headers no list names exactly ("Manager's E-mail (work)"). */
function guess(name: string): ImportField | null {
  const manager = has(name, "manager", "supervisor", "reportsto", "reportingto");
  if (has(name, "email", "mail")) {
    if (manager) return "managerEmail";
    if (has(name, "personal", "private", "home", "secondary", "other")) return null;
    return "email";
  }
  const id = /(id|number|no)$/.test(name) || has(name, "number");
  if (manager && id) return "managerEmployeeId";
  if (has(name, "employee", "worker", "staff", "personnel") && id) return "employeeId";
  if (has(name, "timezone")) return "timeZone";
  if (has(name, "hire", "start", "join") && has(name, "date")) return "hireDate";
  return null;
}

export type DetectedColumns = {
  mapping: ColumnMapping;
  /** Headers of the columns left out, for the admin to look at. */
  unmapped: string[];
};

/**
 * Suggests a field for each column of a header line. Each field goes to at most one column: the
 * best-known name wins, then the leftmost. The admin can change any of it before importing.
 */
export function detectColumns(headers: readonly string[]): DetectedColumns {
  const candidates = headers.map((header, index) => {
    const name = normalizeHeader(header);
    const exact = EXACT.get(name);
    if (exact) return { index, ...exact };
    const field = name ? guess(name) : null;
    return field ? { index, field, score: 10 } : null;
  });
  const best = new Map<ImportField, { index: number; score: number }>();
  for (const candidate of candidates) {
    if (!candidate) continue;
    const current = best.get(candidate.field);
    if (!current || candidate.score > current.score) best.set(candidate.field, candidate);
  }
  const mapping: ColumnMapping = headers.map(() => null);
  for (const [field, { index }] of best) mapping[index] = field;
  return {
    mapping,
    unmapped: headers.filter((_, index) => mapping[index] === null),
  };
}

/**
 * What stops a mapping from working: a field chosen for two columns is an error to fix; no email
 * column, or no name column, would reject every row and is said once, plainly.
 */
export function checkMapping(headers: readonly string[], mapping: ColumnMapping) {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (mapping.length !== headers.length) {
    errors.push(
      `The file has ${headers.length} columns, but a choice was sent for ${mapping.length}.`,
    );
    return { errors, warnings };
  }
  const seen = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (!field) return;
    const first = seen.get(field);
    if (first !== undefined) {
      errors.push(
        `“${headers[first]}” and “${headers[index]}” are both set to the same field. Choose one of them and ignore the other.`,
      );
    } else seen.set(field, index);
  });
  if (!seen.has("email")) {
    warnings.push(
      "No column is set to Work email. Every person needs one, so every row would be left out: choose the column that holds work email addresses.",
    );
  }
  if (!seen.has("fullName") && !seen.has("firstName") && !seen.has("lastName")) {
    warnings.push(
      "No column is set to a name (Full name, or First and Last name), so every row would be left out.",
    );
  }
  return { errors, warnings };
}
