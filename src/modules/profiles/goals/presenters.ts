import { z } from "zod";

export const goalSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  position: z.number().int(),
  /** The organizational objective the goal serves, if the person linked one. */
  objective: z.object({ id: z.uuid(), title: z.string(), archived: z.boolean() }).nullable(),
});
export type GoalView = z.infer<typeof goalSchema>;

export function presentGoal(
  goal: { id: string; text: string; position: number },
  objective: { id: string; title: string; archivedAt: Date | null } | null,
): GoalView {
  return {
    id: goal.id,
    text: goal.text,
    position: goal.position,
    objective: objective
      ? { id: objective.id, title: objective.title, archived: objective.archivedAt !== null }
      : null,
  };
}
