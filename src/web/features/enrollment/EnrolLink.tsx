import { ButtonLink } from "../../ui/links.tsx";

/** A small "Enrol" call to action for a program's page; the enrollment page explains the rest. */
export function EnrolLink({ slug, label = "Enrol" }: { slug: string; label?: string }) {
  return (
    <ButtonLink to="/programs/$slug/enroll" params={{ slug }}>
      {label}
    </ButtonLink>
  );
}
