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
  for (const raw of candidates(pasted)) {
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

/**
 * The address-like words of a pasted list. In an entry (between commas, semicolons or line
 * breaks, outside quotes) that holds an address in angle brackets, only addresses count, not the
 * words of a display name, which may be quoted and hold commas: "Hopper, Grace" <grace@x.org>.
 * Linear in the input's length, which may be 100 kB.
 */
function candidates(pasted: string): string[] {
  const words: string[] = [];
  for (const entry of pasted.match(/(?:"[^"\n]*"|[^",;\n]+|")+/g) ?? []) {
    if (!/<[^<>]*>/.test(entry)) {
      words.push(...entry.split(/\s+/));
      continue;
    }
    for (const word of entry.replace(/"[^"]*"/g, " ").match(/<[^<>]*>|[^\s<>]+/g) ?? []) {
      if (word.startsWith("<")) words.push(word.slice(1, -1));
      else if (word.includes("@")) words.push(word);
    }
  }
  return words;
}
