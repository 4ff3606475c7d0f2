import { Button, Card, Group, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { changeState, type Program, type ProgramState } from "./api.ts";
import { STATE_ACTIONS } from "./labels.ts";

const STATE_HELP: Record<ProgramState, string> = {
  draft:
    "Only managers can see the program. Open enrollment when the settings and preparation are ready.",
  enrolling: "People can enrol now. When enough have joined, close enrollment and start matching.",
  matching: "Time to match people. Once pairs are published, start the program.",
  running:
    "People are meeting. When the program's time is up, begin closing so pairs can wrap up well.",
  closing: "Pairs are wrapping up. Close the program when they're done.",
  closed: "This program is over. Thank you to everyone who took part.",
};

/** The program's next steps, draft → enrolling → matching → running → closing → closed. */
export function StateActions({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (to: ProgramState) => changeState(program.slug, to),
    onSuccess: (updated) => {
      queryClient.setQueryData(["programs", program.slug], updated);
      void queryClient.invalidateQueries({ queryKey: ["programs"] });
    },
  });
  return (
    <Card withBorder padding="md">
      <Text>{STATE_HELP[program.state]}</Text>
      <Group mt="sm">
        {STATE_ACTIONS[program.state].map((action, i) => (
          <Button
            key={action.to}
            variant={i === 0 ? "filled" : "default"}
            loading={move.isPending && move.variables === action.to}
            onClick={() => move.mutate(action.to)}
          >
            {action.label}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={move.error} />
    </Card>
  );
}
