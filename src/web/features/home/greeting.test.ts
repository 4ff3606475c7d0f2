import { describe, expect, it } from "vitest";
import { firstName, greetingFor, greetingName } from "./greeting.ts";

const at = (hour: number) => new Date(2026, 0, 15, hour, 30);

describe("greetingFor", () => {
  it("follows the local time of day", () => {
    expect(greetingFor(at(7))).toBe("Good morning");
    expect(greetingFor(at(12))).toBe("Good afternoon");
    expect(greetingFor(at(17))).toBe("Good afternoon");
    expect(greetingFor(at(18))).toBe("Good evening");
    expect(greetingFor(at(2))).toBe("Good evening");
  });
});

describe("firstName", () => {
  it("uses the first word of a name", () => {
    expect(firstName("Ada Lovelace")).toBe("Ada");
    expect(firstName("  Grace  Brewster Hopper ")).toBe("Grace");
    expect(firstName("Plato")).toBe("Plato");
  });
});

describe("greetingName", () => {
  it("uses the name someone asked to be called by, else the first word of their name", () => {
    expect(greetingName({ name: "Huỳnh Quốc Bảo", preferredName: "Bảo" })).toBe("Bảo");
    expect(greetingName({ name: "Ada Lovelace", preferredName: null })).toBe("Ada");
    expect(greetingName({ name: "Ada Lovelace", preferredName: "  " })).toBe("Ada");
  });
});
