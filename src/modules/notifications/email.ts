import type { EmailContent } from "../email/templates.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * The email that goes with a notification: a greeting, a few short paragraphs and one button,
 * in plain text and simple HTML built from the same words.
 */
export function noticeEmail(input: {
  subject: string;
  name: string;
  paragraphs: string[];
  link: string;
  linkLabel: string;
}): EmailContent {
  const text = [
    `Hi ${input.name},`,
    ...input.paragraphs,
    `${input.linkLabel}:\n${input.link}`,
    "You're getting this because you take part in a program on Mutual.",
  ]
    .join("\n\n")
    .concat("\n\n— Mutual\n");
  const paragraphs = [`Hi ${input.name},`, ...input.paragraphs]
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  const button = `<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(input.linkLabel)}</a></p>`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:560px">${paragraphs}\n${button}<p style="color:#777">You're getting this because you take part in a program on Mutual.<br>— Mutual</p></body></html>`;
  return { subject: input.subject, text, html };
}
