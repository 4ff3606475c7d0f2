import { describe, expect, it } from "vitest";
import { byDueDate, isOverdue, todayIn } from "./presenters.ts";

describe("todayIn", () => {
  const lateEvening = new Date("2026-03-10T23:30:00Z");

  it("gives the date where the person is", () => {
    expect(todayIn("UTC", lateEvening)).toBe("2026-03-10");
    expect(todayIn("Europe/Berlin", lateEvening)).toBe("2026-03-11");
    expect(todayIn("America/Los_Angeles", lateEvening)).toBe("2026-03-10");
  });

  it("falls back to UTC for an unknown or missing time zone", () => {
    expect(todayIn(null, lateEvening)).toBe("2026-03-10");
    expect(todayIn("Not/AZone", lateEvening)).toBe("2026-03-10");
  });
});

describe("isOverdue", () => {
  it("flags open commitments whose date has passed, not today's or closed ones", () => {
    expect(isOverdue({ status: "open", dueOn: "2026-03-09" }, "2026-03-10")).toBe(true);
    expect(isOverdue({ status: "open", dueOn: "2026-03-10" }, "2026-03-10")).toBe(false);
    expect(isOverdue({ status: "open", dueOn: null }, "2026-03-10")).toBe(false);
    expect(isOverdue({ status: "done", dueOn: "2026-01-01" }, "2026-03-10")).toBe(false);
    expect(isOverdue({ status: "dropped", dueOn: "2026-01-01" }, "2026-03-10")).toBe(false);
  });
});

describe("byDueDate", () => {
  it("puts overdue first, then earlier dates, undated last, then the oldest", () => {
    const item = (id: string, overdue: boolean, dueOn: string | null, createdAt: string) => ({
      id,
      overdue,
      dueOn,
      createdAt,
    });
    const sorted = [
      item("undated-new", false, null, "2026-03-02"),
      item("later", false, "2026-04-01", "2026-03-01"),
      item("overdue", true, "2026-03-01", "2026-02-01"),
      item("undated-old", false, null, "2026-03-01"),
      item("sooner", false, "2026-03-20", "2026-03-05"),
    ].sort(byDueDate);
    expect(sorted.map((c) => c.id)).toEqual([
      "overdue",
      "sooner",
      "later",
      "undated-old",
      "undated-new",
    ]);
  });
});
