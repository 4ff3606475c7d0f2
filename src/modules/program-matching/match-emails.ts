import type { EmailContent } from "../email/templates.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** The email each person gets when a run is published: who, why, and what happens next. */
export function matchEmail(input: {
  programName: string;
  otherName: string;
  role: "mentee" | "mentor";
  reasons: string[];
  proposed: boolean;
  link: string;
}): EmailContent {
  const subject = input.proposed
    ? `A suggested ${input.role === "mentee" ? "mentor" : "mentee"} for you in ${input.programName}`
    : `You've been matched in ${input.programName}`;
  const who =
    input.role === "mentee"
      ? `${input.otherName} will be your mentor in ${input.programName}.`
      : `You'll be mentoring ${input.otherName} in ${input.programName}.`;
  const lines = [
    "Hello,",
    input.proposed
      ? `We'd like to suggest a pairing: ${who} Have a look and say whether it suits you. If it doesn't, you can decline privately: the other person won't be told why.`
      : `${who} Reach out to say hello and agree on when you'll first meet.`,
    ...(input.reasons.length > 0
      ? [
          `Why we think you'll work well together:\n${input.reasons.map((r) => `• ${r}`).join("\n")}`,
        ]
      : []),
  ];
  const text = `${lines.join("\n\n")}\n\nOpen Mutual:\n${input.link}\n\n— Mutual\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:560px">${lines
    .map((l) => `<p>${escapeHtml(l).replaceAll("\n", "<br>")}</p>`)
    .join(
      "\n",
    )}<p><a href="${escapeHtml(input.link)}">Open Mutual</a></p><p style="color:#777">— Mutual</p></body></html>`;
  return { subject, text, html };
}
