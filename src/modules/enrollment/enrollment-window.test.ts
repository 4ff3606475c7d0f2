import { describe, expect, it } from "vitest";
import { canWithdrawIn, enrollmentOpenness } from "./enrollment-window.ts";

const now = new Date("2026-06-10T12:00:00Z");
const program = (values: Partial<Parameters<typeof enrollmentOpenness>[0]>) => ({
  state: "enrolling" as const,
  enrollmentOpensAt: null,
  enrollmentClosesAt: null,
  ...values,
});

describe("whether enrollment is open", () => {
  it("is open while enrolling, inside the window when there is one", () => {
    expect(enrollmentOpenness(program({}), now)).toEqual({ open: true });
    expect(
      enrollmentOpenness(
        program({
          enrollmentOpensAt: new Date("2026-06-01T00:00:00Z"),
          enrollmentClosesAt: new Date("2026-06-30T00:00:00Z"),
        }),
        now,
      ),
    ).toEqual({ open: true });
  });

  it("says why not, with the date", () => {
    expect(enrollmentOpenness(program({ state: "draft" }), now)).toEqual({
      open: false,
      reason: "This program isn't open for enrollment yet.",
    });
    expect(enrollmentOpenness(program({ state: "running" }), now)).toEqual({
      open: false,
      reason: "Enrollment for this program has closed.",
    });
    expect(
      enrollmentOpenness(program({ enrollmentOpensAt: new Date("2026-06-15T09:00:00Z") }), now),
    ).toEqual({ open: false, reason: "Enrollment opens on 15 June 2026." });
    expect(
      enrollmentOpenness(program({ enrollmentClosesAt: new Date("2026-06-10T12:00:00Z") }), now),
    ).toEqual({ open: false, reason: "Enrollment closed on 10 June 2026." });
  });

  it("lets people withdraw until the program runs", () => {
    expect(["draft", "enrolling", "matching"].every((s) => canWithdrawIn(s as "draft"))).toBe(true);
    expect(["running", "closing", "closed"].some((s) => canWithdrawIn(s as "running"))).toBe(false);
  });
});
