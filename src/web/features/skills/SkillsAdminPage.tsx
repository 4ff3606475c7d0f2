import { Badge, Card, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AdoptStarterCard } from "./AdoptStarterCard.tsx";
import { skillProposalsQuery } from "./api.ts";
import { MergeSkillsForm } from "./MergeSkillsForm.tsx";
import { SkillCatalog } from "./SkillCatalog.tsx";
import { SkillFormModal, type SkillFormMode } from "./SkillFormModal.tsx";
import { SkillProposalsQueue } from "./SkillProposalsQueue.tsx";

/** The organization's skill taxonomy, for administrators. */
export function SkillsAdminPage() {
  usePageTitle("Skills");
  const [form, setForm] = useState<SkillFormMode | null>(null);
  const proposals = useQuery(skillProposalsQuery());
  const waiting = proposals.data?.length ?? 0;
  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <Title order={1}>Skills</Title>
        <Text c="dimmed" mt={6}>
          The skills people in your organization offer and want to learn. Synonyms let everyone find
          a skill by the name they know it by; merging keeps one skill where there were two.
        </Text>
      </div>
      <Card>
        <Tabs defaultValue="browse" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="browse">Browse and edit</Tabs.Tab>
            <Tabs.Tab
              value="proposals"
              rightSection={
                waiting > 0 ? (
                  <Badge size="sm" circle aria-label={`${waiting} waiting`}>
                    {waiting}
                  </Badge>
                ) : null
              }
            >
              Proposals
            </Tabs.Tab>
            <Tabs.Tab value="merge">Merge duplicates</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="browse">
            <SkillCatalog onEdit={setForm} />
          </Tabs.Panel>
          <Tabs.Panel value="proposals">
            <SkillProposalsQueue onApprove={setForm} />
          </Tabs.Panel>
          <Tabs.Panel value="merge">
            <MergeSkillsForm />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <AdoptStarterCard />
      <SkillFormModal mode={form} onClose={() => setForm(null)} />
    </Stack>
  );
}
