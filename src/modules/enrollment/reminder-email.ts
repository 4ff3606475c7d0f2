import type { EmailContent } from "../email/templates.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export type UnfinishedProgram = { name: string; link: string; closesOn: string | null };

const andList = (names: string[]) =>
  names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** A gentle nudge to someone who began enrolling in one or more programs and hasn't sent it. */
export function enrollmentReminderEmail(input: {
  name: string;
  programs: UnfinishedProgram[];
}): EmailContent {
  const names = input.programs.map((p) => p.name);
  const one = input.programs.length === 1;
  const subject = one
    ? `Your place in ${names[0]} is waiting for you`
    : "Your places in Mutual's programs are waiting for you";
  const intro = [
    `Hi ${input.name},`,
    `You started enrolling in ${andList(names)} but haven't sent your answers yet. Everything you wrote is saved: it only takes a moment to finish.`,
  ];
  const outro =
    "If you've changed your mind, that's fine too: you can withdraw from the same page, and we won't remind you again.";
  const label = (p: UnfinishedProgram) =>
    one ? "Finish enrolling" : `Finish enrolling in ${p.name}`;
  const closing = (p: UnfinishedProgram) =>
    p.closesOn ? `Enrollment${one ? "" : ` in ${p.name}`} closes on ${p.closesOn}.` : null;

  const text = [
    ...intro,
    ...input.programs.flatMap((p) => [`${label(p)}:\n${p.link}`, closing(p)].filter(Boolean)),
    outro,
  ]
    .join("\n\n")
    .concat("\n\n— Mutual\n");
  const para = (words: string) => `<p>${escapeHtml(words)}</p>`;
  const button = (p: UnfinishedProgram) =>
    `<p><a href="${escapeHtml(p.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(label(p))}</a></p>`;
  const body = [
    ...intro.map(para),
    ...input.programs.flatMap((p) => {
      const closes = closing(p);
      return closes ? [button(p), para(closes)] : [button(p)];
    }),
    para(outro),
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:560px">${body}<p style="color:#777">— Mutual</p></body></html>`;
  return { subject, text, html };
}
