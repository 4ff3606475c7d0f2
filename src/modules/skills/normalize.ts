/**
 * The key that search, matching and uniqueness compare skills by. Two spellings that a person
 * would call the same skill get the same key: "Node.js", "NodeJS" and "node js" are all "nodejs";
 * "Front-end" and "front end" are "frontend". The symbols that make a different skill stay:
 * "C++", "C#" and "C" are three keys, and "UX/UI" is not "UI/UX".
 *
 * Steps: Unicode NFKC (full-width and compatibility forms), case folding, then everything that
 * only separates words (spaces, dots, hyphens, underscores, commas, brackets, quotes) is dropped,
 * "&" reads as "and", and leading or trailing slashes go. Synonyms ("JS" → "JavaScript") are not
 * resolved here: each synonym's key is a row in skill_aliases.
 */
export function normalizeSkillName(name: string): string {
  let key = name;
  // Dropping a separator can expose more work: in "e \u0301" the accent joins the "e" only once
  // the space is gone, so the steps repeat until nothing changes (twice for such strings).
  for (let round = 0; round < 3; round++) {
    const next = foldOnce(key);
    if (next === key) break;
    key = next;
  }
  return key;
}

/** Characters kept although Unicode calls them punctuation: they change what the skill is. */
const KEPT = new Set(["+", "#", "/"]);

function foldOnce(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toUpperCase()
    .toLowerCase()
    .normalize("NFKC")
    .replace(/\u266f/g, "#") // the music sharp sign, as in "C♯"
    .replace(/&/g, "and");
  let key = "";
  for (const char of folded) {
    if (KEPT.has(char) || /[\p{L}\p{M}\p{N}]/u.test(char)) key += char;
    else if (/\p{S}/u.test(char) && char !== "\u2212") key += char;
    // Everything else (spaces, punctuation, controls, format characters, the minus sign) only
    // separates words.
  }
  return key.replace(/^\/+|\/+$/g, "");
}

/** The distinct keys a skill is found by: its name's first, then its synonyms', empty ones left out. */
export function skillAliasKeys(name: string, synonyms: readonly string[]): string[] {
  const keys: string[] = [];
  for (const spelling of [name, ...synonyms]) {
    const key = normalizeSkillName(spelling);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Synonyms as an admin or the starter list gave them, trimmed, with inner spaces collapsed, and
 * without those that add nothing (same key as the name or as an earlier synonym).
 */
export function cleanSynonyms(name: string, synonyms: readonly string[]): string[] {
  const seen = new Set([normalizeSkillName(name)]);
  const kept: string[] = [];
  for (const raw of synonyms) {
    const synonym = tidySkillName(raw);
    const key = normalizeSkillName(synonym);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(synonym);
  }
  return kept;
}

/** A name as a person typed it, tidied for display: NFC, trimmed, inner whitespace collapsed. */
export function tidySkillName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}
