import type { EmailContent } from "../email/templates.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** A gentle nudge to someone who began enrolling in a program and hasn't sent it yet. */
export function enrollmentReminderEmail(input: {
  name: string;
  programName: string;
  link: string;
  closesOn: string | null;
}): EmailContent {
  const subject = `Your place in ${input.programName} is waiting for you`;
  const paragraphs = [
    `Hi ${input.name},`,
    `You started enrolling in ${input.programName} but haven't sent your answers yet. Everything you wrote is saved: it only takes a moment to finish.`,
    input.closesOn
      ? `Enrollment closes on ${input.closesOn}.`
      : "Enrollment is open until the program managers start matching.",
    "If you've changed your mind, that's fine too: you can withdraw from the same page, and we won't remind you again.",
  ];
  const label = "Finish enrolling";
  const text = [...paragraphs.slice(0, 2), `${label}:\n${input.link}`, ...paragraphs.slice(2)]
    .join("\n\n")
    .concat("\n\n— Mutual\n");
  const p = (words: string) => `<p>${escapeHtml(words)}</p>`;
  const button = `<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${label}</a></p>`;
  const body = [...paragraphs.slice(0, 2).map(p), button, ...paragraphs.slice(2).map(p)].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:560px">${body}<p style="color:#777">— Mutual</p></body></html>`;
  return { subject, text, html };
}
