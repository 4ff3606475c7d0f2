import { describe, expect, it } from "vitest";
import { zoneWords } from "../../../../modules/sessions/local-time.ts";
import type { SessionMember } from "./api.ts";
import {
  describeSessionTime,
  localInputToIso,
  myTimeZone,
  previewLocalInput,
  suggestedStart,
  toMyInput,
} from "./times.ts";

const mina: SessionMember = {
  id: "m",
  name: "Mina",
  role: "mentee",
  timeZone: "Europe/Berlin",
  isMe: true,
};
const theo: SessionMember = {
  id: "t",
  name: "Theo",
  role: "mentor",
  timeZone: "America/New_York",
  isMe: false,
};

describe("session times in the browser", () => {
  it("uses my profile's zone, else my device's", () => {
    expect(myTimeZone([mina, theo], "Asia/Tokyo")).toBe("Europe/Berlin");
    expect(myTimeZone([{ ...mina, timeZone: null }, theo], "Asia/Tokyo")).toBe("Asia/Tokyo");
  });

  it("describes a session for me and the others", () => {
    expect(describeSessionTime("2026-12-08T13:00:00Z", [mina, theo], "UTC")).toBe(
      "Tue 8 Dec, 14:00 for you · 08:00 for Theo (New York)",
    );
  });

  it("previews what I type, on everyone's clock", () => {
    expect(previewLocalInput("2026-12-08T14:00", [mina, theo], "UTC")).toBe(
      "Tue 8 Dec, 14:00 for you · 08:00 for Theo (New York)",
    );
    // Theo planning the same moment from New York.
    const asTheo = [
      { ...mina, isMe: false },
      { ...theo, isMe: true },
    ];
    expect(previewLocalInput("2026-12-08T08:00", asTheo, "UTC")).toBe(
      "Tue 8 Dec, 08:00 for you · 14:00 for Mina (Berlin)",
    );
    expect(previewLocalInput("2026-12-08T", [mina, theo], "UTC")).toBeNull();
  });

  it("sends the typed time as a UTC moment", () => {
    expect(localInputToIso("2026-12-08T14:00", "Europe/Berlin")).toBe("2026-12-08T13:00:00.000Z");
    expect(localInputToIso("", "Europe/Berlin")).toBeNull();
  });

  it("fills the form with a session's time on my clock", () => {
    expect(toMyInput("2026-12-08T13:00:00.000Z", "America/New_York")).toBe("2026-12-08T08:00");
  });

  it("suggests 10:00 a week ahead on my clock", () => {
    expect(suggestedStart(new Date("2026-12-07T23:30:00Z"), "Europe/Berlin")).toBe(
      "2026-12-15T10:00",
    );
  });

  it("names a zone in words", () => {
    expect(zoneWords("America/New_York")).toBe("New York time");
    expect(zoneWords("UTC")).toBe("UTC");
  });
});
