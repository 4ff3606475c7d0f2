import { Button, Group, Text } from "@mantine/core";

/** "Page 2 of 40" with Previous and Next: lighter than a full pagination bar, and as clear. */
export function PageControls({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <Group justify="center" gap="md" component="nav" aria-label="Pages">
      <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <Text size="sm" c="dimmed">
        Page {page.toLocaleString("en")} of {pages.toLocaleString("en")}
      </Text>
      <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </Group>
  );
}
