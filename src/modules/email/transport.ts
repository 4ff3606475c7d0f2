import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../../config.ts";

export type OutgoingEmail = { to: string; subject: string; text: string; html: string };
export type Transport = { mode: "smtp" | "outbox"; deliver(email: OutgoingEmail): Promise<void> };

const transports = new Map<string, Transporter>();

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
      await smtp.sendMail({ from: config.mailFrom, ...email });
    },
  };
}
