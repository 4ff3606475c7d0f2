import taxonomy from "./starter-taxonomy.json" with { type: "json" };

/** One skill of the starter list, as scripts/build-starter-taxonomy.ts wrote it. */
export type StarterSkill = {
  name: string;
  category: string;
  description: string | null;
  synonyms: string[];
  /** Set for skills taken from ESCO. */
  escoUri: string | null;
};

/** The ready-made skills a new organization can start with (ESCO skill groups plus our own list). */
export const starterTaxonomy: {
  attribution: string;
  categories: string[];
  skills: StarterSkill[];
} = taxonomy;

/** Shown wherever the starter taxonomy is offered, as ESCO's licence asks. */
export const ESCO_ATTRIBUTION = taxonomy.attribution;
