import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanSearchText, SEARCH_TEXT_MAX } from "./search-text.ts";

/** No lone surrogate: the string survives a round trip through UTF-8. */
const wellFormed = (text: string) => Buffer.from(text, "utf8").toString("utf8") === text;

describe("cleanSearchText", () => {
  it("keeps what a person typed, trimmed, with spaces collapsed", () => {
    expect(cleanSearchText("  Ana   Silva\t")).toBe("Ana Silva");
    expect(cleanSearchText("José O'Brien")).toBe("José O'Brien");
    expect(cleanSearchText("王小明")).toBe("王小明");
    expect(cleanSearchText("C++ & node.js")).toBe("C++ & node.js");
  });

  it("turns control characters (NUL above all) and lone surrogates into spaces", () => {
    expect(cleanSearchText("ana\u0000silva")).toBe("ana silva");
    expect(cleanSearchText("a\u0007b\u2028c")).toBe("a b c");
    expect(cleanSearchText("x\uD800y")).toBe("x y");
  });

  it("is empty when nothing searchable is left", () => {
    for (const input of ["", "   ", "&|!:*()", "'''", "\\\\", "\u0000", "-- ;"]) {
      expect(cleanSearchText(input)).toBe("");
    }
  });

  it("cuts long text at SEARCH_TEXT_MAX characters without splitting one", () => {
    expect(cleanSearchText("a".repeat(5000))).toHaveLength(SEARCH_TEXT_MAX);
    const emoji = cleanSearchText(`b${"😀".repeat(300)}`);
    expect(Array.from(emoji)).toHaveLength(SEARCH_TEXT_MAX);
    expect(wellFormed(emoji)).toBe(true);
  });

  it("never returns NUL, a control character or a broken string, whatever comes in", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => {
        const out = cleanSearchText(input);
        expect(out).not.toMatch(/[\p{Cc}]/u);
        expect(wellFormed(out)).toBe(true);
        expect(Array.from(out).length).toBeLessThanOrEqual(SEARCH_TEXT_MAX);
        expect(out).toBe(out.trim());
      }),
    );
  });
});
