import { describe, expect, it } from "vitest";
import { inferDayMonthOrder, readDate } from "./read-date.ts";

const ok = (value: string) => ({ ok: true, value });

describe("readDate", () => {
  it("reads ISO dates, also with a time after them, and year-first slashes", () => {
    expect(readDate("2021-04-03", null)).toEqual(ok("2021-04-03"));
    expect(readDate("2021-4-3", null)).toEqual(ok("2021-04-03"));
    expect(readDate("2021-04-03T00:00:00Z", null)).toEqual(ok("2021-04-03"));
    expect(readDate("2021-04-03 00:00:00", null)).toEqual(ok("2021-04-03"));
    expect(readDate("2021/04/03", null)).toEqual(ok("2021-04-03"));
  });

  it("reads dotted dates day first", () => {
    expect(readDate("03.04.2021", null)).toEqual(ok("2021-04-03"));
    expect(readDate("3.4.2021", "mdy")).toEqual(ok("2021-04-03"));
  });

  it("reads slash dates in the file's order", () => {
    expect(readDate("03/04/2021", "dmy")).toEqual(ok("2021-04-03"));
    expect(readDate("03/04/2021", "mdy")).toEqual(ok("2021-03-04"));
    expect(readDate("3-4-2021", "mdy")).toEqual(ok("2021-03-04"));
  });

  it("reads a slash date that can only be one way, and refuses one that could be two", () => {
    expect(readDate("25/12/2020", null)).toEqual(ok("2020-12-25"));
    expect(readDate("12/25/2020", null)).toEqual(ok("2020-12-25"));
    expect(readDate("05/05/2020", null)).toEqual(ok("2020-05-05"));
    const ambiguous = readDate("03/04/2021", null);
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) {
      expect(ambiguous.reason).toContain("3 April or March 4");
      expect(ambiguous.reason).toContain("day or the month first");
    }
  });

  it("refuses dates that don't exist or can't be read, saying why", () => {
    const reasons = ["2021-02-29", "31.04.2021", "1850-01-01", "03/04/21", "44927", "next May"].map(
      (value) => {
        const result = readDate(value, "dmy");
        return result.ok ? "read" : result.reason;
      },
    );
    expect(reasons).toEqual([
      expect.stringContaining("isn't a date that exists"),
      expect.stringContaining("isn't a date that exists"),
      expect.stringContaining("between 1900 and 2200"),
      expect.stringContaining("two-digit year"),
      expect.stringContaining("spreadsheet's date number"),
      expect.stringContaining("couldn't read"),
    ]);
  });
});

describe("inferDayMonthOrder", () => {
  it("follows the dates that tell, and gives up when none do or they disagree", () => {
    expect(inferDayMonthOrder(["03/04/2021", "25/12/2020", "2020-01-01", ""])).toBe("dmy");
    expect(inferDayMonthOrder(["03/04/2021", "12/25/2020"])).toBe("mdy");
    expect(inferDayMonthOrder(["03/04/2021", "01/02/2020"])).toBeNull();
    expect(inferDayMonthOrder(["25/12/2020", "12/25/2020"])).toBeNull();
  });
});
