/**
 * The needs-analysis wizard's choices and their labels, without zod, so the web wizard can show
 * them (and the recommendation) without carrying the validation library.
 */
export const ISSUE_CATEGORIES = [
  "knowledge_held_by_few",
  "slow_onboarding",
  "leadership_pipeline",
  "silos",
  "retention",
  "culture_change",
  "inclusion",
  "other",
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export const ISSUE_LABELS: Record<IssueCategory, string> = {
  knowledge_held_by_few: "Important knowledge is held by only a few people",
  slow_onboarding: "New people take a long time to find their feet",
  leadership_pipeline: "We need more people ready to lead",
  silos: "Teams work in silos and rarely learn from each other",
  retention: "People leave, or feel disengaged",
  culture_change: "We want to change how we work together",
  inclusion: "Some groups feel left out or unheard",
  other: "Something else",
};

export const KNOWLEDGE_SHARING = ["openly", "within_teams", "few_experts", "rarely"] as const;
export const KNOWLEDGE_SHARING_LABELS: Record<(typeof KNOWLEDGE_SHARING)[number], string> = {
  openly: "People share freely and ask each other for help",
  within_teams: "People share within their team, less across teams",
  few_experts: "A few experts answer most questions",
  rarely: "Knowledge is rarely shared; people work it out alone",
};

export const LEADERS_MODEL = ["yes", "some", "no"] as const;
export const LEADERS_MODEL_LABELS: Record<(typeof LEADERS_MODEL)[number], string> = {
  yes: "Yes, senior leaders mentor and learn openly",
  some: "Some do",
  no: "Not yet",
};

export const TOOLS = ["video_calls", "chat", "shared_documents", "meeting_rooms"] as const;
export const TOOL_LABELS: Record<(typeof TOOLS)[number], string> = {
  video_calls: "Video calls",
  chat: "Chat",
  shared_documents: "Shared documents",
  meeting_rooms: "Rooms to meet in person",
};

export const AUDIENCES = [
  "everyone",
  "new_joiners",
  "future_leaders",
  "experts_and_learners",
  "a_group",
] as const;
export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  everyone: "Everyone in the organization",
  new_joiners: "People who joined recently",
  future_leaders: "People we see as future leaders",
  experts_and_learners: "Experts and the people who need what they know",
  a_group: "A particular group (a department, a place, a community)",
};
