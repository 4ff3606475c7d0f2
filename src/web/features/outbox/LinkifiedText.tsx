import { Anchor } from "@mantine/core";
import { Fragment, type ReactNode } from "react";

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that usually ends a sentence rather than a link. */
const TRAILING = /[.,;:!?)\]}]+$/;

interface Part {
  at: number;
  text: string;
  href?: string;
}

/** Split plain text into strings and links. Exported for testing. */
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

/** Renders an email's plain text with its web addresses turned into real links. */
export function LinkifiedText({ text }: { text: string }) {
  const nodes: ReactNode[] = splitLinks(text).map((part) =>
    part.href ? (
      <Anchor key={part.at} href={part.href} className="mutual-break" underline="always">
        {part.text}
      </Anchor>
    ) : (
      <Fragment key={part.at}>{part.text}</Fragment>
    ),
  );
  return <pre className="mutual-email-body">{nodes}</pre>;
}
