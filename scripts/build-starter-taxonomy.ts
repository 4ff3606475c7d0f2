/**
 * Builds src/modules/skills/starter-taxonomy.json, the skills a new organization can start with:
 * the ESCO skill groups (categories from the top levels, skills from the leaves, ESCO's
 * alternative labels as synonyms, the concept URI kept) plus our own list of named tools,
 * languages and methods (build-starter-taxonomy.skills.ts). Deterministic: the same CSV gives
 * the same bytes. The app reads only the JSON, never the CSV.
 *
 *   npx tsx scripts/build-starter-taxonomy.ts [path/to/esco-skill-groups.csv]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  cleanSynonyms,
  normalizeSkillName,
  tidySkillName,
} from "../src/modules/skills/normalize.ts";
import { EXTRA_SKILLS } from "./build-starter-taxonomy.skills.ts";

export const ESCO_ATTRIBUTION =
  "This service uses the ESCO classification of the European Commission.";

export type StarterSkill = {
  name: string;
  category: string;
  description: string | null;
  synonyms: string[];
  escoUri: string | null;
};
export type StarterTaxonomy = {
  source: string;
  attribution: string;
  categories: string[];
  skills: StarterSkill[];
};

type EscoRow = { code: string; label: string; synonyms: string; description: string; uri: string };

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((value) => value !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value !== "")) rows.push(row);
  return rows;
}

function readEscoRows(csv: string): EscoRow[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  const expected = ["code", "label", "synonyms", "description", "uri"];
  if (header?.join(",") !== expected.join(",")) {
    throw new Error(`unexpected ESCO header: ${header?.join(",")}`);
  }
  return rows.map(([code = "", label = "", synonyms = "", description = "", uri = ""]) => ({
    code,
    label,
    synonyms,
    description,
    uri,
  }));
}

/** "S1.8.1" → "S1.8"; "S1" → "S"; "S" → null. */
const parentCode = (code: string) =>
  code.includes(".")
    ? code.slice(0, code.lastIndexOf("."))
    : code.length > 1
      ? code.slice(0, 1)
      : null;

const codeOrder = (a: string, b: string) => {
  const parts = (code: string) => code.split(/[.]/).map((part) => part.replace(/^[A-Z]/, ""));
  const [pa, pb] = [parts(a), parts(b)];
  if (a[0] !== b[0]) return (a[0] ?? "").localeCompare(b[0] ?? "");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = Number(pa[i] ?? -1) - Number(pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
};

/** ESCO labels are lower case; a skill name reads better with a capital (and "ICT" as such). */
const displayLabel = (label: string) => {
  const tidy = tidySkillName(label).replace(/\bict\b/g, "ICT");
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
};

/**
 * ESCO's skill groups as categories and skills. A code that repeats its parent's label (S1.0,
 * S1.0.0) is the parent again and is left out. Top-level groups (S1, T2) are categories; the
 * leaves below them are skills, filed under their top-level group.
 */
function escoSkills(rows: EscoRow[]): { categories: string[]; skills: StarterSkill[] } {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const repeatsParent = (row: EscoRow) => {
    const parent = parentCode(row.code);
    return parent !== null && byCode.get(parent)?.label === row.label;
  };
  const kept = rows.filter((row) => !repeatsParent(row)).sort((a, b) => codeOrder(a.code, b.code));
  const hasChildren = new Set(kept.map((row) => parentCode(row.code)));
  const topOf = (code: string) => code.split(".")[0] ?? code;
  const categories = kept.filter((row) => /^[A-Z]\d+$/.test(row.code));
  const skills = kept
    .filter((row) => row.code.includes(".") && !hasChildren.has(row.code))
    .map((row) => {
      const category = byCode.get(topOf(row.code));
      if (!category) throw new Error(`no top-level group for ${row.code}`);
      const name = displayLabel(row.label);
      return {
        name,
        category: displayLabel(category.label),
        description: row.description.trim() || null,
        synonyms: cleanSynonyms(name, row.synonyms ? row.synonyms.split("|") : []),
        escoUri: row.uri,
      };
    });
  return { categories: categories.map((row) => displayLabel(row.label)), skills };
}

function extraSkills(): { categories: string[]; skills: StarterSkill[] } {
  const skills: StarterSkill[] = [];
  for (const [category, entries] of Object.entries(EXTRA_SKILLS)) {
    for (const [name, ...synonyms] of entries) {
      if (!name) throw new Error(`an empty entry in ${category}`);
      skills.push({
        name,
        category,
        description: null,
        synonyms: cleanSynonyms(name, synonyms),
        escoUri: null,
      });
    }
  }
  return { categories: Object.keys(EXTRA_SKILLS), skills };
}

/**
 * Every name and synonym must lead to one skill. Names must not collide at all (the lists are
 * fixed by hand when they do); a synonym whose key is already taken (by a name, or by an earlier
 * skill's synonym) is dropped, names first and then in list order, with a note on stderr.
 */
function resolveClashes(skills: StarterSkill[], warn: (message: string) => void): StarterSkill[] {
  const owner = new Map<string, string>();
  for (const skill of skills) {
    const key = normalizeSkillName(skill.name);
    const taken = owner.get(key);
    if (taken) throw new Error(`two skills are called the same: “${taken}” and “${skill.name}”`);
    owner.set(key, skill.name);
  }
  return skills.map((skill) => ({
    ...skill,
    synonyms: skill.synonyms.filter((synonym) => {
      const key = normalizeSkillName(synonym);
      const taken = owner.get(key);
      if (taken && taken !== skill.name) {
        warn(`dropped “${synonym}” from “${skill.name}”: it already leads to “${taken}”`);
        return false;
      }
      owner.set(key, skill.name);
      return true;
    }),
  }));
}

export function buildStarterTaxonomy(
  escoCsv: string,
  warn: (message: string) => void = () => {},
): StarterTaxonomy {
  const esco = escoSkills(readEscoRows(escoCsv));
  const extra = extraSkills();
  return {
    source:
      "ESCO v1.1.1 skill and transversal-skill groups, plus Mutual's own list of tools, languages and methods",
    attribution: ESCO_ATTRIBUTION,
    categories: [...extra.categories, ...esco.categories],
    // Our list first: where one of ESCO's synonyms is also one of ours, ours keeps it.
    skills: resolveClashes([...extra.skills, ...esco.skills], warn),
  };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STARTER_TAXONOMY_PATH = path.join(
  repoRoot,
  "src/modules/skills/starter-taxonomy.json",
);
export const DEFAULT_ESCO_CSV = path.resolve(repoRoot, "../shared/data/esco-skill-groups.csv");

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const csvPath = process.argv[2] ?? DEFAULT_ESCO_CSV;
  const taxonomy = buildStarterTaxonomy(fs.readFileSync(csvPath, "utf8"), (message) =>
    console.error(message),
  );
  fs.writeFileSync(STARTER_TAXONOMY_PATH, `${JSON.stringify(taxonomy, null, 2)}\n`);
  // Biome owns the repository's formatting; formatting here keeps `npm test` quiet.
  execFileSync("npx", ["biome", "format", "--write", STARTER_TAXONOMY_PATH], { stdio: "ignore" });
  console.log(
    `${taxonomy.skills.length} skills in ${taxonomy.categories.length} categories → ${path.relative(repoRoot, STARTER_TAXONOMY_PATH)}`,
  );
}
