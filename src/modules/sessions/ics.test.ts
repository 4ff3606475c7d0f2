import { describe, expect, it } from "vitest";
import { calendarMethod } from "../email/transport.ts";
import {
  buildSessionInvite,
  inviteTitle,
  parseMailbox,
  type SessionInvite,
  sessionUid,
} from "./ics.ts";

const sessionId = "4b7c2f3e-9f0a-4d5e-8c1b-2a3d4e5f6a7b";
const base: SessionInvite = {
  sessionId,
  startsAt: new Date("2026-12-08T13:00:00Z"),
  durationMinutes: 45,
  channel: "video",
  channelDetail: "https://meet.example.test/mina-theo",
  sequence: 0,
  confirmed: true,
  method: "REQUEST",
  title: "Mentoring: Mina & Theo",
  sessionUrl: `https://mutual.example.org/relationships/r1/sessions/${sessionId}`,
  organizer: "Mutual <mutual@example.org>",
  attendees: [
    { name: "Mina Mentee", email: "mina@example.org" },
    { name: "Theo Mentor", email: "theo@example.org" },
  ],
};

/** The invite's lines, with folded lines unfolded (RFC 5545 §3.1). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");
const line = (ics: string, name: string) =>
  lines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("buildSessionInvite", () => {
  const ics = buildSessionInvite(base);

  it("is one VEVENT in a VCALENDAR with METHOD:REQUEST", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(lines(ics).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(line(ics, "METHOD")).toEqual(["METHOD:REQUEST"]);
    expect(calendarMethod(ics)).toBe("REQUEST");
    expect(line(ics, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
  });

  it("names the event by the session, with its sequence", () => {
    expect(line(ics, "UID")).toEqual([`UID:${sessionId}@mutual`]);
    expect(sessionUid(sessionId)).toBe(`${sessionId}@mutual`);
    expect(line(ics, "SEQUENCE")).toEqual(["SEQUENCE:0"]);
    expect(line(ics, "SUMMARY")).toEqual(["SUMMARY:Mentoring: Mina & Theo"]);
  });

  it("writes start and end in UTC", () => {
    expect(line(ics, "DTSTART")).toEqual(["DTSTART:20261208T130000Z"]);
    expect(line(ics, "DTEND")).toEqual(["DTEND:20261208T134500Z"]);
  });

  it("puts the meeting link in LOCATION and URL, and only a link to the session page in the description", () => {
    expect(line(ics, "LOCATION")).toEqual(["LOCATION:https://meet.example.test/mina-theo"]);
    expect(line(ics, "URL")).toEqual(["URL:https://meet.example.test/mina-theo"]);
    const description = line(ics, "DESCRIPTION").join("");
    expect(description).toContain(base.sessionUrl);
    expect(description).toBe(
      `DESCRIPTION:Your agenda and notes are on the session page in Mutual: ${base.sessionUrl}`,
    );
  });

  it("has Mutual as organizer and the members as attendees", () => {
    expect(line(ics, "ORGANIZER").join("").toLowerCase()).toContain("mailto:mutual@example.org");
    const attendees = line(ics, "ATTENDEE").map((l) => l.toLowerCase());
    expect(attendees).toHaveLength(2);
    expect(attendees[0]).toContain("mailto:mina@example.org");
    expect(attendees[1]).toContain("mailto:theo@example.org");
  });

  it("keeps the UID and moves the times on a reschedule, with a higher sequence", () => {
    const moved = buildSessionInvite({
      ...base,
      startsAt: new Date("2026-12-10T07:30:00Z"),
      durationMinutes: 60,
      sequence: 3,
    });
    expect(line(moved, "UID")).toEqual(line(ics, "UID"));
    expect(line(moved, "SEQUENCE")).toEqual(["SEQUENCE:3"]);
    expect(line(moved, "DTSTART")).toEqual(["DTSTART:20261210T073000Z"]);
    expect(line(moved, "DTEND")).toEqual(["DTEND:20261210T083000Z"]);
  });

  it("is the same moment written in UTC whatever zone the input was given in", () => {
    const fromOffset = buildSessionInvite({
      ...base,
      startsAt: new Date("2026-12-08T08:00:00-05:00"),
    });
    expect(line(fromOffset, "DTSTART")).toEqual(["DTSTART:20261208T130000Z"]);
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED for the same UID", () => {
    const cancelled = buildSessionInvite({ ...base, method: "CANCEL", sequence: 4 });
    expect(line(cancelled, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(calendarMethod(cancelled)).toBe("CANCEL");
    expect(line(cancelled, "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(line(cancelled, "UID")).toEqual([`UID:${sessionId}@mutual`]);
    expect(line(cancelled, "SEQUENCE")).toEqual(["SEQUENCE:4"]);
  });

  it("is tentative while the time is only proposed", () => {
    expect(line(buildSessionInvite({ ...base, confirmed: false }), "STATUS")).toEqual([
      "STATUS:TENTATIVE",
    ]);
  });

  it("uses a room as the location without a URL, and the channel when there's no detail", () => {
    const room = buildSessionInvite({ ...base, channel: "in_person", channelDetail: "Room 4.12" });
    expect(line(room, "LOCATION")).toEqual(["LOCATION:Room 4.12"]);
    expect(line(room, "URL")).toEqual([]);
    const phone = buildSessionInvite({ ...base, channel: "phone", channelDetail: null });
    expect(line(phone, "LOCATION")).toEqual(["LOCATION:Phone call"]);
  });
});

describe("unusual details never stop an invite", () => {
  it("leaves out an address the package can't take, and keeps the others", () => {
    const ics = buildSessionInvite({
      ...base,
      attendees: [
        { name: "Zoë", email: "zoë@exämple.de" },
        { name: "Theo Mentor", email: "theo@example.org" },
      ],
    });
    const attendees = line(ics, "ATTENDEE").map((l) => l.toLowerCase());
    expect(attendees).toHaveLength(1);
    expect(attendees[0]).toContain("mailto:theo@example.org");
    expect(line(ics, "UID")).toEqual([`UID:${sessionId}@mutual`]);
  });

  it("takes links and places as people type them", () => {
    for (const channelDetail of [
      "http://localhost:8080/room",
      "https://zoom.us/j/1?pwd=a;b,c",
      "Room 4\nBuilding B",
    ]) {
      expect(buildSessionInvite({ ...base, channelDetail })).toContain("BEGIN:VEVENT");
    }
  });
});

describe("invite helpers", () => {
  it("reads a mailbox with or without a name", () => {
    expect(parseMailbox("Mutual <mutual@example.org>")).toEqual({
      name: "Mutual",
      email: "mutual@example.org",
    });
    expect(parseMailbox('"Acme Mentoring" <m@acme.test>')).toEqual({
      name: "Acme Mentoring",
      email: "m@acme.test",
    });
    expect(parseMailbox("m@acme.test")).toEqual({ email: "m@acme.test" });
  });

  it("titles a pair by its people and a circle by its name", () => {
    expect(inviteTitle({ kind: "pair", name: null, memberNames: ["Mina", "Theo"] })).toBe(
      "Mentoring: Mina & Theo",
    );
    expect(inviteTitle({ kind: "circle", name: "Product leads", memberNames: ["A", "B"] })).toBe(
      "Product leads",
    );
  });
});
