import { AnchorLink } from "../../ui/links.tsx";

/** The way back to the program's own page, above each enrollment page. */
export function BackToProgram({ slug, name }: { slug: string; name?: string }) {
  return (
    <AnchorLink to="/programs/$slug" params={{ slug }} size="sm">
      ← {name ? `Back to ${name}` : "Back to the program"}
    </AnchorLink>
  );
}
