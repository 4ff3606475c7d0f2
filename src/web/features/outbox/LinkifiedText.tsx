import { Anchor } from "@mantine/core";
import { Fragment, type ReactNode } from "react";
import { splitLinks } from "./linkify.ts";

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
