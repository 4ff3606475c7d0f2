import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildStarterTaxonomy,
  DEFAULT_ESCO_CSV,
  parseCsv,
} from "../../../scripts/build-starter-taxonomy.ts";
import { ESCO_ATTRIBUTION as SHOWN_IN_THE_APP } from "../../web/features/skills/api.ts";
import { normalizeSkillName, skillAliasKeys } from "./normalize.ts";
import { starterTaxonomy } from "./starter-taxonomy.ts";

const { skills, categories } = starterTaxonomy;
const esco = skills.filter((skill) => skill.escoUri !== null);
const ours = skills.filter((skill) => skill.escoUri === null);
const byName = (name: string) => skills.find((skill) => skill.name === name);

describe("the starter taxonomy", () => {
  it("holds a few hundred skills: ESCO's leaves and our own list", () => {
    expect(skills.length).toBeGreaterThanOrEqual(400);
    expect(skills.length).toBeLessThanOrEqual(700);
    expect(esco.length).toBeGreaterThanOrEqual(250);
    expect(ours.length).toBeGreaterThanOrEqual(150);
    expect(ours.length).toBeLessThanOrEqual(250);
  });

  it("leads every name and synonym to exactly one skill", () => {
    const owner = new Map<string, string>();
    for (const skill of skills) {
      for (const key of skillAliasKeys(skill.name, skill.synonyms)) {
        expect(owner.get(key), `“${key}” of “${skill.name}”`).toBeUndefined();
        owner.set(key, skill.name);
      }
    }
    expect(owner.get(normalizeSkillName("JS"))).toBe("JavaScript");
    expect(owner.get(normalizeSkillName("k8s"))).toBe("Kubernetes");
    expect(owner.get(normalizeSkillName("NodeJS"))).toBe("Node.js");
  });

  it("keeps C, C++ and C# apart", () => {
    expect(byName("C")).toBeDefined();
    expect(byName("C++")).toBeDefined();
    expect(byName("C#")).toBeDefined();
  });

  it("has no synonym that could mean several things at work", () => {
    const ambiguous = ["pm", "pr", "ba", "word", "sheets", "docs", "cs", "it"];
    for (const skill of skills) {
      for (const synonym of skill.synonyms) {
        expect(ambiguous, `“${synonym}” of “${skill.name}”`).not.toContain(
          normalizeSkillName(synonym),
        );
      }
    }
  });

  it("keeps the ESCO identifier of every ESCO skill, and files every skill in a listed category", () => {
    for (const skill of esco) {
      expect(skill.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
    }
    expect(new Set(esco.map((skill) => skill.escoUri)).size).toBe(esco.length);
    expect(new Set(categories).size).toBe(categories.length);
    for (const skill of skills) expect(categories).toContain(skill.category);
    for (const category of categories) {
      expect(skills.some((skill) => skill.category === category)).toBe(true);
    }
  });

  it("leaves out ESCO codes that only repeat their parent, and uses the leaves as skills", () => {
    // "Negotiating" is a group (S1.1) with leaves; its repeat S1.1.0 is not a skill either.
    expect(byName("Negotiating")).toBeUndefined();
    expect(byName("Negotiating and managing contracts and agreements")?.category).toBe(
      "Communication, collaboration and creativity",
    );
    expect(byName("Mastering languages")?.synonyms).toContain("language skills");
    expect(byName("Designing ICT systems or applications")).toBeDefined();
  });

  it("has names and synonyms that are tidy and short enough to show", () => {
    for (const skill of skills) {
      expect(skill.name).toBe(skill.name.trim());
      expect(skill.name.length).toBeLessThanOrEqual(120);
      for (const synonym of skill.synonyms) expect(synonym.length).toBeLessThanOrEqual(120);
    }
  });

  it("says where ESCO's part comes from", () => {
    expect(starterTaxonomy.attribution).toBe(
      "This service uses the ESCO classification of the European Commission.",
    );
    expect(fs.readFileSync(new URL("../../../NOTICE", import.meta.url), "utf8")).toContain(
      starterTaxonomy.attribution,
    );
    expect(SHOWN_IN_THE_APP).toBe(starterTaxonomy.attribution);
  });
});

describe("building the starter taxonomy", () => {
  it("reads quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",x,\n\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["two\nlines", "x", ""],
    ]);
  });

  // The ESCO file sits beside the repository on a developer's machine, not in it; where it is
  // absent there is nothing to rebuild from, and the checks above still cover the JSON.
  it.skipIf(!fs.existsSync(DEFAULT_ESCO_CSV))(
    "is deterministic, and the checked-in JSON is what the script builds",
    () => {
      const csv = fs.readFileSync(DEFAULT_ESCO_CSV, "utf8");
      const built = buildStarterTaxonomy(csv);
      expect(buildStarterTaxonomy(csv)).toEqual(built);
      const checkedIn = fs.readFileSync(
        new URL("./starter-taxonomy.json", import.meta.url),
        "utf8",
      );
      expect(built).toEqual(JSON.parse(checkedIn));
    },
  );
});
