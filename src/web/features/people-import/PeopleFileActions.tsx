import { Button, Group } from "@mantine/core";
import { IconDownload, IconFileImport } from "@tabler/icons-react";
import { ButtonLink } from "../../ui/links.tsx";

/** On the People page: bring people in from an HR file, or download everyone as one. */
export function PeopleFileActions() {
  return (
    <Group gap="sm">
      <ButtonLink
        to="/admin/import"
        search={{}}
        variant="light"
        leftSection={<IconFileImport size={18} aria-hidden="true" />}
      >
        Import from a file
      </ButtonLink>
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
  );
}
