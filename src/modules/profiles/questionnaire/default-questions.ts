import type { Executor } from "../../../db/client.ts";
import { questionnaireQuestions } from "../../../db/schema.ts";

/**
 * The work-style and values questions an organization starts with (admins may change them).
 * Migration 0002 inserts the same set for organizations that existed before it; a test keeps
 * the two in step.
 */
export const DEFAULT_QUESTIONS: readonly { prompt: string; options: readonly string[] }[] = [
  {
    prompt: "When I learn something new, I'd rather…",
    options: [
      "Try it straight away and learn from my mistakes",
      "Read or watch first, then try",
      "See someone do it, then try it together",
    ],
  },
  {
    prompt: "Feedback helps me most when it is…",
    options: [
      "Direct and to the point",
      "Gentle, with the context around it",
      "A question that helps me see it myself",
    ],
  },
  {
    prompt: "I do my best thinking…",
    options: ["Out loud, with other people", "Quietly on my own first", "A bit of both"],
  },
  {
    prompt: "When plans change at short notice, I usually…",
    options: [
      "Enjoy the change of pace",
      "Adapt once I understand why",
      "Like to finish what I started first",
    ],
  },
  {
    prompt: "I like conversations with a mentor or peer to be…",
    options: [
      "Planned, with a short agenda",
      "Open, going wherever they need to",
      "Short and focused on next steps",
    ],
  },
  {
    prompt: "What gives me the most energy at work is…",
    options: [
      "Doing something really well",
      "Seeing things move forward",
      "Working closely with people",
      "Learning something new",
    ],
  },
  {
    prompt: "When I disagree with someone, I tend to…",
    options: [
      "Say so right away",
      "Think it over, then bring it up",
      "Look for common ground first",
    ],
  },
  {
    prompt: "Planning my week, I prefer to…",
    options: [
      "Plan most of it ahead",
      "Keep it open and respond as things come",
      "Plan the big pieces and leave room for the rest",
    ],
  },
];

/** Gives a new organization the default questions (inside the caller's transaction). */
export async function addDefaultQuestions(tx: Executor, organizationId: string) {
  await tx.insert(questionnaireQuestions).values(
    DEFAULT_QUESTIONS.map((question, position) => ({
      organizationId,
      prompt: question.prompt,
      options: [...question.options],
      position,
    })),
  );
}
