/** The tabs of a relationship's page, in order; the router checks `?tab=` against them. */
export const RELATIONSHIP_TABS = [
  "sessions",
  "agreement",
  "goals",
  "commitments",
  "check-ins",
  "learning",
  "close",
] as const;
export type RelationshipTab = (typeof RELATIONSHIP_TABS)[number];
