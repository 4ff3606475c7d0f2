import { describe, expect, it } from "vitest";
import { splitLinks } from "./linkify.ts";

describe("splitLinks", () => {
  it("finds web links in plain text", () => {
    const parts = splitLinks("Accept the invitation:\nhttp://localhost:3000/invite/abc_123\n");
    expect(parts.map((part) => part.href).filter(Boolean)).toEqual([
      "http://localhost:3000/invite/abc_123",
    ]);
    expect(parts.map((part) => part.text).join("")).toBe(
      "Accept the invitation:\nhttp://localhost:3000/invite/abc_123\n",
    );
  });

  it("leaves sentence punctuation out of the link", () => {
    const parts = splitLinks("Go to https://example.org/reset/xyz.");
    expect(parts.find((part) => part.href)?.href).toBe("https://example.org/reset/xyz");
    expect(parts.at(-1)?.text).toBe(".");
  });

  it("never makes links of other schemes", () => {
    expect(splitLinks("javascript:alert(1) and mailto:a@b.c").every((part) => !part.href)).toBe(
      true,
    );
  });
});
