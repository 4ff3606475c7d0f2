import { Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ConfirmImport, ImportDone } from "./ApplyStep.tsx";
import {
  applyImport,
  type DryRunChoices,
  discardImport,
  dryRun,
  importQuery,
  type PeopleImport,
  uploadFile,
} from "./api.ts";
import { ImportReport } from "./ImportReport.tsx";
import { MappingStep } from "./MappingStep.tsx";
import { UploadStep } from "./UploadStep.tsx";
import { useImportProgress } from "./useImportProgress.ts";
import { WorkProgress } from "./WorkProgress.tsx";

const choicesOf = (view: PeopleImport): DryRunChoices => ({
  mapping: view.mapping,
  fullSync: view.options.fullSync,
  dateOrder: view.options.dateOrder,
});

/** Import people from an HR file: upload → columns → dry run → confirm → invite. */
export function ImportPage() {
  usePageTitle("Import people");
  const { id } = useSearch({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = useQuery({ ...importQuery(id ?? ""), enabled: Boolean(id) });
  const view = id ? current.data : undefined;
  const [choices, setChoices] = useState<DryRunChoices | null>(null);
  const viewId = view?.id;
  // Start from the server's choices whenever another import is opened.
  useEffect(() => {
    if (viewId) setChoices(null);
  }, [viewId]);

  const remember = (next: PeopleImport) => {
    queryClient.setQueryData(importQuery(next.id).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: ["people-imports"], exact: true });
  };
  const check = useMutation({
    mutationFn: (input: { id: string; choices: DryRunChoices }) => dryRun(input.id, input.choices),
    onSuccess: (next) => {
      remember(next);
      setChoices(null);
    },
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile(queryClient, file),
    onSuccess: (uploaded) => {
      remember(uploaded);
      void navigate({ to: "/admin/import", search: { id: uploaded.id } });
      check.mutate({ id: uploaded.id, choices: choicesOf(uploaded) });
    },
  });
  const apply = useMutation({
    mutationFn: (importId: string) => applyImport(importId),
    onSuccess: (next) => {
      remember(next);
      void queryClient.invalidateQueries({ queryKey: ["people"] });
    },
  });
  const discard = useMutation({
    mutationFn: (importId: string) => discardImport(importId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["people-imports"] });
      void navigate({ to: "/admin/import", search: {} });
    },
  });
  const checkProgress = useImportProgress(view?.id, check.isPending);

  const chosen = choices ?? (view ? choicesOf(view) : null);
  const stale =
    Boolean(view && chosen) &&
    JSON.stringify(chosen) !== JSON.stringify(choicesOf(view as PeopleImport));

  return (
    <Stack gap="xl" maw={1100}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Import people</Title>
          <Text c="dimmed" mt={6} maw={720}>
            Bring everyone in from your HR system: names, job titles, departments, managers and
            more. Importing the same file again changes nothing; an updated file updates who
            changed.
          </Text>
        </div>
        <Button
          component="a"
          href="/api/people/export?format=csv"
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
        >
          Export people (CSV)
        </Button>
      </Group>

      {!id && (
        <UploadStep
          onUpload={(file) => upload.mutate(file)}
          pending={upload.isPending}
          error={upload.error}
        />
      )}
      {id && current.isPending && (
        <Card>
          <Stack gap="xs" role="status" aria-label="Loading the import">
            <Skeleton h={40} />
            <Skeleton h={40} />
          </Stack>
        </Card>
      )}
      {id && current.isError && <ErrorAlert error={current.error} />}

      {view && chosen && view.status !== "applied" && (
        <>
          <MappingStep
            current={view}
            choices={chosen}
            onChange={setChoices}
            onCheck={() => check.mutate({ id: view.id, choices: chosen })}
            checking={check.isPending}
          />
          <ErrorAlert error={check.error} />
          {check.isPending && (
            <Card>
              <WorkProgress label="Checking the file" progress={checkProgress} />
            </Card>
          )}
          {!check.isPending && view.report && <ImportReport report={view.report} applied={false} />}
          {!check.isPending && view.status === "planned" && (
            <ConfirmImport
              current={view}
              onApply={() => apply.mutate(view.id)}
              applying={apply.isPending}
              error={apply.error}
              stale={stale}
            />
          )}
          <Group>
            <Button
              variant="subtle"
              color="gray"
              onClick={() => discard.mutate(view.id)}
              loading={discard.isPending}
              disabled={apply.isPending}
            >
              Discard this file
            </Button>
          </Group>
        </>
      )}

      {view?.status === "applied" && (
        <>
          <ImportDone current={view} />
          {view.report && <ImportReport report={view.report} applied />}
        </>
      )}
    </Stack>
  );
}
