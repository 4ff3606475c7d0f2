import { z } from "zod";

const email = z.email();

export type ParsedEmailList = { valid: string[]; invalid: string[]; duplicates: string[] };

/**
 * Splits a pasted list ("a@x.org, b@x.org; Name <c@x.org>" or one per line) into distinct
 * lower-cased addresses, keeping what isn't an address aside so the admin can be told.
 */
export function parseEmailList(pasted: string): ParsedEmailList {
  const valid: string[] = [];
  const invalid: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const withoutNames = pasted.replace(/[^<>,;\n]*<([^<>]+)>/g, " $1 ");
  for (const raw of withoutNames.split(/[\s,;]+/)) {
    const candidate = raw
      .trim()
      .replace(/^mailto:/i, "")
      .toLowerCase();
    if (!candidate) continue;
    if (!email.safeParse(candidate).success || candidate.length > 254) {
      invalid.push(raw.trim());
    } else if (seen.has(candidate)) {
      duplicates.push(candidate);
    } else {
      seen.add(candidate);
      valid.push(candidate);
    }
  }
  return { valid, invalid, duplicates };
}
