/** Emails are templates with a plain-text part and a simple HTML part built from the same words. */
export type EmailContent = {
  subject: string;
  text: string;
  html: string;
  /** An iCalendar invitation sent along (session invites); stored in emails.calendar. */
  calendar?: string;
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export type Block = { text: string } | { link: string; label: string };

/**
 * Builds an email from blocks of our words. Features keep their own templates next to their
 * code and render them with this. Never put private content (notes, comments, reasons) in an
 * email: without SMTP, administrators can read every body in the Outbox.
 */
export function renderEmail(subject: string, blocks: Block[]): EmailContent {
  const text = blocks
    .map((b) => ("link" in b ? `${b.label}:\n${b.link}` : b.text))
    .join("\n\n")
    .concat("\n\n— Mutual\n");
  const body = blocks
    .map((b) =>
      "link" in b
        ? `<p><a href="${escapeHtml(b.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p>`
        : `<p>${escapeHtml(b.text)}</p>`,
    )
    .join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:560px">${body}<p style="color:#777">— Mutual</p></body></html>`;
  return { subject, text, html };
}

export function invitationEmail(input: {
  organizationName: string;
  invitedByName: string;
  link: string;
  expiresInDays: number;
}): EmailContent {
  return renderEmail(`${input.invitedByName} invited you to ${input.organizationName} on Mutual`, [
    { text: "Hello," },
    {
      text: `${input.invitedByName} would like you to join ${input.organizationName} on Mutual, where colleagues learn from each other: finding mentors, offering what they know, and growing together.`,
    },
    { link: input.link, label: "Accept the invitation" },
    {
      text: `The link works for ${input.expiresInDays} days. If you weren't expecting this, you can simply ignore it.`,
    },
  ]);
}

export function passwordResetEmail(input: {
  name: string;
  organizationName: string;
  link: string;
  expiresInMinutes: number;
}): EmailContent {
  return renderEmail(`Reset your Mutual password for ${input.organizationName}`, [
    { text: `Hi ${input.name},` },
    { text: "Someone (we hope you) asked to reset your password. Choose a new one here:" },
    { link: input.link, label: "Choose a new password" },
    {
      text: `The link works once, for ${input.expiresInMinutes} minutes. If you didn't ask for this, ignore this message: your password stays as it is.`,
    },
  ]);
}
