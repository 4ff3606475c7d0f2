/** The longest search text we look at; more would only slow the query down. */
export const SEARCH_TEXT_MAX = 200;

/**
 * What a person typed, made safe to hand to PostgreSQL as a bound parameter: control characters
 * (NUL above all, which PostgreSQL refuses in text) and lone surrogates become spaces, runs of
 * space collapse, and it is cut at SEARCH_TEXT_MAX characters without splitting a character.
 * The text never becomes SQL or tsquery syntax: the query is built in SQL from the words
 * to_tsvector finds in it (see prefixQuery), so quotes, `&|!:*()` and backslashes are just text.
 * Returns "" when nothing searchable is left.
 */
export function cleanSearchText(input: string): string {
  const cleaned = input
    .replace(/[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const capped = Array.from(cleaned).slice(0, SEARCH_TEXT_MAX).join("").trim();
  return /[\p{L}\p{N}]/u.test(capped) ? capped : "";
}
