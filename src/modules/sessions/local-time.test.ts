import { describe, expect, it } from "vitest";
import {
  describeForEveryone,
  formatInZone,
  fromLocalInput,
  offsetMinutes,
  placeOfZone,
  safeTimeZone,
  toLocalInput,
  wallClock,
} from "./local-time.ts";

describe("wallClock and toLocalInput", () => {
  it("reads one moment on clocks in different zones", () => {
    const moment = new Date("2026-12-08T13:00:00Z");
    expect(wallClock(moment, "Europe/Berlin")).toEqual({
      date: "2026-12-08",
      time: "14:00",
      weekday: "Tue",
    });
    expect(wallClock(moment, "America/New_York")).toEqual({
      date: "2026-12-08",
      time: "08:00",
      weekday: "Tue",
    });
    expect(toLocalInput(moment, "Pacific/Auckland")).toBe("2026-12-09T02:00");
    expect(toLocalInput(moment, "Asia/Kolkata")).toBe("2026-12-08T18:30");
  });

  it("treats midnight as 00:00, not 24:00", () => {
    expect(wallClock(new Date("2026-06-01T22:00:00Z"), "Europe/Berlin").time).toBe("00:00");
  });

  it("falls back to UTC for a missing or unknown zone", () => {
    expect(safeTimeZone(null)).toBe("UTC");
    expect(safeTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(toLocalInput(new Date("2026-01-01T09:15:00Z"), "Not/AZone")).toBe("2026-01-01T09:15");
  });
});

describe("offsetMinutes", () => {
  it("follows daylight saving", () => {
    expect(offsetMinutes(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(offsetMinutes(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(offsetMinutes(new Date("2026-01-15T12:00:00Z"), "America/New_York")).toBe(-300);
    expect(offsetMinutes(new Date("2026-01-15T12:00:00Z"), "Asia/Kathmandu")).toBe(345);
  });
});

describe("fromLocalInput", () => {
  it("reads a datetime-local value in the given zone", () => {
    expect(fromLocalInput("2026-12-08T14:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-12-08T13:00:00.000Z",
    );
    expect(fromLocalInput("2026-07-08T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-07-08T13:00:00.000Z",
    );
    expect(fromLocalInput("2026-12-08T14:00", "UTC")?.toISOString()).toBe(
      "2026-12-08T14:00:00.000Z",
    );
  });

  it("round-trips with toLocalInput across a year of hours in several zones", () => {
    for (const zone of ["Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe", "UTC"]) {
      for (let hour = 0; hour < 365 * 24; hour += 29) {
        const moment = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
        const local = toLocalInput(moment, zone);
        const back = fromLocalInput(local, zone);
        expect(back && toLocalInput(back, zone), `${zone} ${local}`).toBe(local);
      }
    }
  });

  it("moves a time skipped by clocks going forward past the gap", () => {
    // Berlin, 29 March 2026: 02:00 becomes 03:00.
    expect(fromLocalInput("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });

  it("takes the first of a time that happens twice when clocks go back", () => {
    // Berlin, 25 October 2026: 03:00 becomes 02:00 again.
    expect(fromLocalInput("2026-10-25T02:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("refuses what isn't a date and time", () => {
    expect(fromLocalInput("", "UTC")).toBeNull();
    expect(fromLocalInput("tomorrow at noon", "UTC")).toBeNull();
    expect(fromLocalInput("2026-02-30T10:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-13-01T10:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-01-01T24:00", "UTC")).toBeNull();
  });
});

describe("describing a time for everyone", () => {
  const moment = new Date("2026-12-08T13:00:00Z");

  it("names a zone's place", () => {
    expect(placeOfZone("America/New_York")).toBe("New York");
    expect(placeOfZone("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(placeOfZone("UTC")).toBe("UTC");
  });

  it("formats a moment shortly, in a zone", () => {
    expect(formatInZone(moment, "Europe/Berlin")).toBe("Tue 8 Dec, 14:00");
    expect(formatInZone(moment, "Pacific/Auckland")).toBe("Wed 9 Dec, 02:00");
  });

  it("gives my time, then the others' where their clock differs", () => {
    expect(
      describeForEveryone(moment, { timeZone: "Europe/Berlin" }, [
        { name: "Theo", timeZone: "America/New_York" },
      ]),
    ).toBe("Tue 8 Dec, 14:00 for you · 08:00 for Theo (New York)");
  });

  it("names the weekday when it's another day for them, and skips those on my clock", () => {
    expect(
      describeForEveryone(moment, { timeZone: "Europe/Berlin" }, [
        { name: "Aroha", timeZone: "Pacific/Auckland" },
        { name: "Greta", timeZone: "Europe/Rome" },
      ]),
    ).toBe("Tue 8 Dec, 14:00 for you · Wed 02:00 for Aroha (Auckland)");
  });
});
