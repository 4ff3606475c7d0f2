import { z } from "zod";
import {
  AUDIENCES,
  ISSUE_CATEGORIES,
  KNOWLEDGE_SHARING,
  LEADERS_MODEL,
  TOOLS,
} from "./needs-analysis-options.ts";

export {
  AUDIENCES,
  ISSUE_CATEGORIES,
  type IssueCategory,
  KNOWLEDGE_SHARING,
  LEADERS_MODEL,
  TOOLS,
} from "./needs-analysis-options.ts";

/** The needs-analysis wizard's answers: the program's "why", kept with the program. */
export const needsAnalysisSchema = z.object({
  issue: z.object({
    category: z.enum(ISSUE_CATEGORIES, "Choose what this program is for."),
    details: z.string().trim().max(2000, "Please keep this under 2,000 characters.").default(""),
  }),
  knowledgeSharing: z.enum(KNOWLEDGE_SHARING, "Choose how knowledge is shared today."),
  leadersModel: z.enum(LEADERS_MODEL, "Choose whether senior leaders take part."),
  tools: z.array(z.enum(TOOLS)).max(TOOLS.length).default([]),
  personalDevicesAllowed: z.boolean(),
  audience: z.object({
    who: z.enum(AUDIENCES, "Choose who the program is for."),
    description: z.string().trim().max(500).default(""),
    size: z
      .number("How many people, roughly?")
      .int("A whole number, please.")
      .min(2, "A program needs at least 2 people.")
      .max(1_000_000, "That's more people than we can plan for."),
  }),
});
export type NeedsAnalysis = z.infer<typeof needsAnalysisSchema>;
