import { describe, expect, it } from "vitest";
import { redactPath } from "./app.ts";

describe("request log paths", () => {
  it("never carry a one-time token or a query string", () => {
    const token = "Jk3n0y6l1c2Vx9aQp8rT4uW7zB5mN0sD1fG2hJ3kL4";
    expect(redactPath(`/invite/${token}`)).toBe("/invite/:token");
    expect(redactPath(`/reset-password/${token}?from=mail`)).toBe("/reset-password/:token");
    expect(redactPath("/admin/people")).toBe("/admin/people");
  });
});
