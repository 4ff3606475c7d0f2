import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { fieldErrorsOf, formLevelError } from "../../ui/fieldErrors.ts";
import {
  approveProposal,
  createSkill,
  SKILL_LIMITS,
  type Skill,
  type SkillChanges,
  skillCategoriesQuery,
  updateSkill,
} from "./api.ts";

export type SkillFormMode =
  | { kind: "create" }
  | { kind: "edit"; skill: Skill }
  | { kind: "approve"; skill: Skill };

const titles = { create: "Add a skill", edit: "Edit skill", approve: "Approve proposal" };
const actions = { create: "Add skill", edit: "Save skill", approve: "Approve" };

/** One form for adding, editing and approving (with corrections) a skill. */
export function SkillFormModal({
  mode,
  onClose,
}: {
  mode: SkillFormMode | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={mode !== null} onClose={onClose} title={mode ? titles[mode.kind] : ""} size="lg">
      {mode && (
        <SkillForm
          key={mode.kind === "create" ? "new" : mode.skill.id}
          mode={mode}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function SkillForm({ mode, onDone }: { mode: SkillFormMode; onDone: () => void }) {
  const queryClient = useQueryClient();
  const skill = mode.kind === "create" ? null : mode.skill;
  const categories = useQuery(skillCategoriesQuery());
  const [name, setName] = useState(skill?.name ?? "");
  const [category, setCategory] = useState(skill?.category ?? "");
  const [description, setDescription] = useState(skill?.description ?? "");
  const [synonyms, setSynonyms] = useState((skill?.synonyms ?? []).join("\n"));
  const categoryListId = useId();

  const save = useMutation({
    mutationFn: (changes: SkillChanges & { name: string }) =>
      mode.kind === "create"
        ? createSkill(changes)
        : mode.kind === "edit"
          ? updateSkill(mode.skill.id, changes)
          : approveProposal(mode.skill.id, changes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["skills"] });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      name: name.trim(),
      category: category.trim() || null,
      description: description.trim() || null,
      synonyms: synonyms
        .split("\n")
        .map((synonym) => synonym.trim())
        .filter(Boolean),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert
          error={formLevelError(save.error, ["name", "category", "description", "synonyms"])}
        />
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          maxLength={SKILL_LIMITS.name}
        />
        <TextInput
          label="Category"
          description="Pick one of your categories or type a new one."
          list={categoryListId}
          value={category}
          onChange={(event) => setCategory(event.currentTarget.value)}
          error={errors.category}
          maxLength={SKILL_LIMITS.category}
          autoComplete="off"
        />
        <datalist id={categoryListId}>
          {(categories.data ?? []).flatMap((c) =>
            c.name ? [<option key={c.name} value={c.name} />] : [],
          )}
        </datalist>
        <Textarea
          label="Synonyms"
          description="Other names people use for it, like “JS” for JavaScript: one per line."
          autosize
          minRows={2}
          maxRows={8}
          value={synonyms}
          onChange={(event) => setSynonyms(event.currentTarget.value)}
          error={errors.synonyms}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={6}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description}
          maxLength={SKILL_LIMITS.description}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
            {actions[mode.kind]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
