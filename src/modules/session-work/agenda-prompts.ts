/**
 * The frame every session's agenda is built on. Our own words: the server sends them with the
 * agenda, so the page and any other client say the same thing.
 */
export const REVIEW_PROMPT = {
  title: "Looking back at what you said you'd do",
  prompt:
    "Start with what each of you took on last time. Done is worth a moment of celebration; not done is worth a curious look, not a judgement.",
} as const;

export const AGENDA_SECTIONS = {
  reflect: {
    title: "Reflect",
    prompt:
      "What's happened since you last met? What did you notice — in your work, in the people around you, in yourself?",
  },
  select: {
    title: "Choose what matters",
    prompt:
      "Of everything on your minds, what matters most right now? And what can you let go of, at least for a while?",
  },
  act: {
    title: "Decide what's next",
    prompt:
      "What will each of you do before you meet again? Something small and concrete beats something big and vague.",
  },
  other: {
    title: "Anything else",
    prompt: "Whatever else you'd like to bring to this conversation.",
  },
} as const;

export type AgendaSection = keyof typeof AGENDA_SECTIONS;
export const AGENDA_SECTION_KEYS = ["reflect", "select", "act", "other"] as const;
