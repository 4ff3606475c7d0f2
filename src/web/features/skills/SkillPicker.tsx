import { Badge, Group, Loader, Paper, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { proposeSkill, type SkillMatch, type SkillSummary, searchSkillsQuery } from "./api.ts";

type Option = { kind: "skill"; skill: SkillMatch } | { kind: "propose"; name: string };

/**
 * Type a few letters, pick a skill. Synonyms count ("JS" finds JavaScript); when nothing fits,
 * the last option proposes what was typed as a new skill, which the person can use at once
 * while an administrator reviews it.
 *
 * An ARIA combobox with its list of options in the page flow, not in a floating popover: the
 * arrow keys move through the options, Enter picks, Escape closes. Keeps the page light (no
 * floating-ui) and works the same with a screen reader.
 */
export function SkillPicker({
  label,
  description,
  exclude = [],
  allowPropose = true,
  placeholder = "Start typing a skill, e.g. “Python” or “public speaking”",
  onPick,
}: {
  label: string;
  description?: string;
  /** Skills already chosen: left out of the options. */
  exclude?: string[];
  /** Offer to propose what was typed when nothing fits (not in the administrators' tools). */
  allowPropose?: boolean;
  placeholder?: string;
  onPick: (skill: SkillSummary, how: { proposed: boolean }) => void;
}) {
  const listId = useId();
  const [value, setValue] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(value.trim(), 200);
  const results = useQuery(searchSkillsQuery(debounced));
  const typed = value.trim();
  const settled = typed !== "" && debounced === typed && results.isSuccess;
  const exact = (results.data ?? []).some(
    (skill) =>
      skill.name.toLowerCase() === typed.toLowerCase() ||
      skill.matchedSynonym?.toLowerCase() === typed.toLowerCase(),
  );
  const options: Option[] = [
    ...(results.data ?? [])
      .filter((skill) => !exclude.includes(skill.id))
      .map((skill) => ({ kind: "skill" as const, skill })),
    ...(allowPropose && settled && !exact ? [{ kind: "propose" as const, name: typed }] : []),
  ];
  const shown = open && typed !== "";

  const propose = useMutation({
    mutationFn: (name: string) => proposeSkill(name),
    onSuccess: ({ skill, created }) => done(skill, created),
  });

  function done(skill: SkillSummary, proposed: boolean) {
    onPick(skill, { proposed });
    setValue("");
    setOpen(false);
    setActive(0);
  }

  function choose(option: Option) {
    if (option.kind === "propose") propose.mutate(option.name);
    else done(option.skill, false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) {
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((current) => (current + step + options.length) % options.length);
      }
    } else if (event.key === "Enter" && shown) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div>
      <TextInput
        label={label}
        description={description}
        placeholder={placeholder}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={results.isFetching || propose.isPending ? <Loader size="xs" /> : null}
        value={value}
        maxLength={120}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && options[active] ? optionId(active) : undefined}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <Paper
        withBorder={shown}
        mt={shown ? 4 : 0}
        p={shown ? 4 : 0}
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!shown}
      >
        {options.map((option, index) => (
          <UnstyledButton
            key={option.kind === "skill" ? option.skill.id : "propose"}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            tabIndex={-1}
            w="100%"
            p={6}
            style={{
              borderRadius: 4,
              display: "block",
              background: index === active ? "var(--mantine-color-default-hover)" : undefined,
            }}
            // Keep the focus in the input: choosing must not blur (and close) the list first.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(option)}
          >
            {option.kind === "skill" ? (
              <SkillOption skill={option.skill} />
            ) : (
              <Group gap={6} wrap="nowrap">
                <IconPlus size={16} aria-hidden="true" />
                <Text size="sm">Propose “{option.name}” as a new skill</Text>
              </Group>
            )}
          </UnstyledButton>
        ))}
        {shown && options.length === 0 && (
          <Text size="sm" c="dimmed" p={6}>
            {settled ? "Nothing new matches." : "Looking…"}
          </Text>
        )}
      </Paper>
      <ErrorAlert error={propose.error} />
    </div>
  );
}

function SkillOption({ skill }: { skill: SkillMatch }) {
  return (
    <Group gap={6} wrap="nowrap" justify="space-between">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} span>
          {skill.name}
        </Text>
        {skill.matchedSynonym && (
          <Text size="xs" c="dimmed" span>
            {" "}
            (also “{skill.matchedSynonym}”)
          </Text>
        )}
        {skill.category && (
          <Text size="xs" c="dimmed">
            {skill.category}
          </Text>
        )}
      </div>
      {skill.status === "proposed" && (
        <Badge size="xs" variant="default">
          Waiting for review
        </Badge>
      )}
    </Group>
  );
}
