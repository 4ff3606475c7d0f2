import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanSynonyms, normalizeSkillName, skillAliasKeys, tidySkillName } from "./normalize.ts";

const same = (...spellings: string[]) => new Set(spellings.map(normalizeSkillName)).size === 1;

describe("normalizeSkillName", () => {
  it("treats case, spacing and separating punctuation as one skill", () => {
    expect(same("Node.js", "NodeJS", "node js", " NODE  JS ", "node-js", "Node_JS")).toBe(true);
    expect(same("Front-end development", "front end development", "Frontend Development")).toBe(
      true,
    );
    expect(
      same("Public speaking", "public   speaking.", "Public Speaking!", "“public speaking”"),
    ).toBe(true);
    expect(normalizeSkillName("Node.js")).toBe("nodejs");
  });

  it("keeps the symbols that make a different skill", () => {
    const keys = ["C", "C++", "C#", "F#", "R"].map(normalizeSkillName);
    expect(new Set(keys).size).toBe(5);
    expect(normalizeSkillName("C++")).toBe("c++");
    expect(normalizeSkillName("c#")).toBe("c#");
    expect(normalizeSkillName("C♯")).toBe("c#");
    expect(normalizeSkillName("UX/UI")).not.toBe(normalizeSkillName("UI/UX"));
    expect(same("UX / UI", "ux/ui")).toBe(true);
  });

  it("folds full-width and compatibility forms, and case beyond ASCII", () => {
    expect(normalizeSkillName("Ｐｙｔｈｏｎ")).toBe("python");
    expect(normalizeSkillName("ＣＶ ＋＋")).toBe("cv++");
    expect(same("Straße", "STRASSE", "strasse")).toBe(true);
    expect(same("ΣΟΦΙΑ", "σοφια")).toBe(true);
    expect(normalizeSkillName("Ångström")).toBe("ångström");
  });

  it("settles an accent that a dropped separator leaves next to a letter", () => {
    expect(normalizeSkillName("cafe \u0301")).toBe("café".normalize("NFC"));
    expect(normalizeSkillName(normalizeSkillName("cafe \u0301"))).toBe(normalizeSkillName("café"));
  });

  it("keeps letters of every script", () => {
    expect(normalizeSkillName("日本語")).toBe("日本語");
    expect(normalizeSkillName("Русский язык")).toBe("русскийязык");
    expect(normalizeSkillName("التفاوض")).toBe("التفاوض");
  });

  it("reads & as and, and drops leading and trailing slashes", () => {
    expect(same("Sales & marketing", "sales and marketing")).toBe(true);
    expect(normalizeSkillName("/ops/")).toBe("ops");
  });

  it("leaves nothing of a name with no letters or digits", () => {
    for (const empty of ["", "   ", "...", "-–—", "()", "\u200b"]) {
      expect(normalizeSkillName(empty)).toBe("");
    }
  });

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const once = normalizeSkillName(text);
        expect(normalizeSkillName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const once = normalizeSkillName(text);
        expect(normalizeSkillName(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it("ignores case, surrounding space and doubled spaces on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 30 }), (text) => {
        const key = normalizeSkillName(text);
        expect(normalizeSkillName(`  ${text.toUpperCase()}  `)).toBe(key);
        expect(normalizeSkillName(text.replace(/ /g, "   "))).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it("never produces whitespace or separating punctuation", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(normalizeSkillName(text)).not.toMatch(/[\s.,;:!?'"()[\]{}_\-–—]/u);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("skillAliasKeys and cleanSynonyms", () => {
  it("lists the name's key first and each distinct synonym key once", () => {
    expect(skillAliasKeys("JavaScript", ["JS", "java script", "ECMAScript", "js", "..."])).toEqual([
      "javascript",
      "js",
      "ecmascript",
    ]);
  });

  it("drops synonyms that add nothing, tidying the rest", () => {
    expect(
      cleanSynonyms("Kubernetes", ["  k8s ", "KUBERNETES", "K8S", "kube   ctl", "", "!!"]),
    ).toEqual(["k8s", "kube ctl"]);
  });

  it("tidies a typed name for display", () => {
    expect(tidySkillName("  Public \t speaking \n")).toBe("Public speaking");
  });
});
