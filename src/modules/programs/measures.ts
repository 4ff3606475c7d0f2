/** Measures of success a program can choose (insights report on them later). */
export const MEASURES = [
  "time_to_productivity",
  "retention",
  "promotion_readiness",
  "skill_growth",
  "engagement",
  "knowledge_shared",
  "cross_team_connections",
  "relationship_satisfaction",
] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  time_to_productivity: "New people find their feet sooner",
  retention: "People stay with us",
  promotion_readiness: "People are ready for their next role",
  skill_growth: "Skills grow (as people rate themselves)",
  engagement: "People feel more engaged",
  knowledge_shared: "Know-how reaches more people",
  cross_team_connections: "New connections between teams",
  relationship_satisfaction: "People find their mentoring useful",
};
