import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import type { Config } from "../../config.ts";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar invitation (emails.calendar), sent as the message's calendar part. */
  calendar?: string | null;
};
export type Transport = { mode: "smtp" | "outbox"; deliver(email: OutgoingEmail): Promise<void> };

const transports = new Map<string, Transporter>();

/** The METHOD of an iCalendar text (REQUEST, CANCEL …): mail clients read it beside the part. */
export function calendarMethod(calendar: string): string {
  return /^METHOD:([A-Z-]+)\r?$/m.exec(calendar)?.[1] ?? "PUBLISH";
}

/**
 * The message nodemailer sends: only the fields we mean to send. A calendar invitation goes as
 * nodemailer's `icalEvent` (a text/calendar alternative with its method), which is what lets
 * mail clients offer to add it to the calendar.
 */
export function mailOptions(from: string, email: OutgoingEmail): SendMailOptions {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(email.calendar
      ? {
          icalEvent: {
            method: calendarMethod(email.calendar),
            filename: "invite.ics",
            content: email.calendar,
          },
        }
      : {}),
  };
}

/**
 * With SMTP_URL set, mail goes out over SMTP. Without it, nothing leaves the machine: the
 * message stays in the outbox table, which administrators read in the app.
 */
export function mailTransport(config: Config): Transport {
  const url = config.smtpUrl;
  if (!url) return { mode: "outbox", deliver: async () => {} };
  let transporter = transports.get(url);
  if (!transporter) {
    transporter = nodemailer.createTransport(url);
    transports.set(url, transporter);
  }
  const smtp = transporter;
  return {
    mode: "smtp",
    async deliver(email) {
      await smtp.sendMail(mailOptions(config.mailFrom, email));
    },
  };
}
