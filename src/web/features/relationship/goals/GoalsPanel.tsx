import { Button, Card, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import type { PanelProps } from "../RelationshipPage.tsx";
import { addGoal, type Goal, goalsQuery, updateGoal } from "./api.ts";
import { GoalCard } from "./GoalCard.tsx";
import { GoalForm } from "./GoalForm.tsx";

/** The relationship's goals: part of the agreement, with progress, status and milestones. */
export function GoalsPanel({ relationship }: PanelProps) {
  const query = useQuery(goalsQuery(relationship.id));
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (input: { title: string; measure: string }) => addGoal(relationship.id, input),
    onSuccess: () => {
      setAdding(false);
      setFormKey((k) => k + 1);
      void queryClient.invalidateQueries({ queryKey: ["relationships", relationship.id] });
    },
  });
  const move = useMutation({
    // Two goals swap places: each takes the other's position.
    mutationFn: async ({ a, b }: { a: Goal; b: Goal }) => {
      const [low, high] =
        a.position === b.position ? [a.position, a.position + 1] : [b.position, a.position];
      await updateGoal(a.id, { position: low });
      await updateGoal(b.id, { position: high });
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ["relationships", relationship.id] }),
  });
  const canEdit = relationship.status === "active";

  if (query.isPending) return <Skeleton h={200} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { goals, maxGoals } = query.data;
  const room = goals.length < maxGoals;

  return (
    <Stack gap="lg" maw={820}>
      <Text c="dimmed">
        A few specific goals, each with how you'll know it's reached, keep your time together
        focused. They're part of your agreement, and only the people in this relationship can see
        them.
      </Text>
      {goals.length === 0 && (
        <Text>No goals yet. What would make this time together worth it?</Text>
      )}
      <ErrorAlert error={move.error} />
      {goals.map((goal, index) => {
        const above = goals[index - 1];
        const below = goals[index + 1];
        return (
          <GoalCard
            key={goal.id}
            goal={goal}
            relationshipId={relationship.id}
            canEdit={canEdit}
            onMove={{
              pending: move.isPending,
              ...(above ? { up: () => move.mutate({ a: goal, b: above }) } : {}),
              ...(below ? { down: () => move.mutate({ a: below, b: goal }) } : {}),
            }}
          />
        );
      })}
      {canEdit && room && (adding || goals.length === 0) && (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Add a goal
          </Title>
          <GoalForm
            key={formKey}
            submitLabel="Add the goal"
            pending={add.isPending}
            error={add.error}
            onSubmit={(value) => add.mutate(value)}
            {...(goals.length > 0 ? { onCancel: () => setAdding(false) } : {})}
          />
        </Card>
      )}
      {canEdit && room && !adding && goals.length > 0 && (
        <div>
          <Button variant="light" onClick={() => setAdding(true)}>
            Add a goal
          </Button>
        </div>
      )}
      {canEdit && !room && (
        <Text size="sm" c="dimmed">
          You have {maxGoals} goals, the most a relationship holds: fewer goals get more attention.
        </Text>
      )}
    </Stack>
  );
}
