const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that usually ends a sentence rather than a link. */
const TRAILING = /[.,;:!?)\]}]+$/;

export interface Part {
  at: number;
  text: string;
  href?: string;
}

/** Split plain text into strings and web links (http/https only). */
export function splitLinks(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let url = match[0];
    const trailing = url.match(TRAILING)?.[0] ?? "";
    if (trailing) url = url.slice(0, -trailing.length);
    if (start > last) parts.push({ at: last, text: text.slice(last, start) });
    parts.push({ at: start, text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ at: last, text: text.slice(last) });
  return parts;
}
