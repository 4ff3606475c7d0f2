import { Group, Stack, Text, Title } from "@mantine/core";
import { IconLifebuoy, IconSearch } from "@tabler/icons-react";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { FindPeople } from "./FindPeople.tsx";
import type { DirectorySearch } from "./search-params.ts";
import { WhoCanHelp } from "./WhoCanHelp.tsx";

/** The people directory and "who can help me with…", two views of one page. */
export function DirectoryPage() {
  const search = useSearch({ from: "/app/directory" });
  const helping = search.view === "help";
  usePageTitle(helping ? "Who can help me?" : "Directory");
  const navigate = useNavigate();
  const change = useCallback(
    (next: Partial<DirectorySearch>, options: { replace?: boolean } = {}) =>
      void navigate({
        to: "/directory",
        search: (current: DirectorySearch) => ({ ...current, ...next }),
        replace: options.replace,
      }),
    [navigate],
  );
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Directory</Title>
        <Text c="dimmed" mt={6}>
          Find the people you work with: by name, role, skill, or what they're learning. Everyone
          here is someone you can learn from.
        </Text>
      </div>
      <Group gap="sm" component="nav" aria-label="Ways to look">
        <ButtonLink
          to="/directory"
          search={{}}
          variant={helping ? "default" : "filled"}
          aria-current={helping ? undefined : "page"}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
        >
          Find people
        </ButtonLink>
        <ButtonLink
          to="/directory"
          search={{ view: "help" }}
          variant={helping ? "filled" : "default"}
          aria-current={helping ? "page" : undefined}
          leftSection={<IconLifebuoy size={16} aria-hidden="true" />}
        >
          Who can help me with…
        </ButtonLink>
      </Group>
      {helping ? (
        <WhoCanHelp search={search} onChange={change} />
      ) : (
        <FindPeople search={search} onChange={change} />
      )}
    </Stack>
  );
}
