import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { calendarMethod, mailOptions } from "./transport.ts";

const invite = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Mutual//Test//EN",
  "METHOD:CANCEL",
  "BEGIN:VEVENT",
  "UID:abc@mutual",
  "SEQUENCE:2",
  "DTSTART:20261208T130000Z",
  "DTEND:20261208T134500Z",
  "STATUS:CANCELLED",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

/** Builds the raw message nodemailer would hand to the SMTP server. */
async function rawMessage(options: ReturnType<typeof mailOptions>) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail(options);
  return (info.message as Buffer).toString("utf8");
}

describe("mailOptions", () => {
  const email = {
    to: "mina@example.org",
    subject: "Your session with Theo",
    text: "See you then.",
    html: "<p>See you then.</p>",
  };

  it("sends only the message's own fields", () => {
    expect(mailOptions("Mutual <m@example.org>", { ...email, calendar: null })).toEqual({
      from: "Mutual <m@example.org>",
      ...email,
    });
  });

  it("attaches a calendar invite as a text/calendar part with its method", async () => {
    const options = mailOptions("Mutual <m@example.org>", { ...email, calendar: invite });
    expect(options.icalEvent).toMatchObject({ method: "CANCEL", content: invite });
    const raw = await rawMessage(options);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    expect(raw).toContain("BEGIN:VCALENDAR");
    expect(raw).toContain("UID:abc@mutual");
    expect(raw).toContain("See you then.");
  });

  it("leaves a message without an invite free of calendar parts", async () => {
    const raw = await rawMessage(mailOptions("Mutual <m@example.org>", email));
    expect(raw).not.toContain("text/calendar");
    expect(raw).not.toContain("BEGIN:VCALENDAR");
  });
});

describe("calendarMethod", () => {
  it("reads the METHOD line, defaulting to PUBLISH", () => {
    expect(calendarMethod(invite)).toBe("CANCEL");
    expect(calendarMethod("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).toBe("PUBLISH");
  });
});
