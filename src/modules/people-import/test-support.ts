import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import type { TestClient } from "../../test/client.ts";

/** Uploads CSV text as an admin would; answers the import view. */
export async function upload(client: TestClient, csv: string, fileName = "people.csv") {
  return client.request(
    "POST",
    `/api/people-imports?fileName=${encodeURIComponent(fileName)}`,
    csv,
    {
      "content-type": "text/csv",
    },
  );
}

/** Upload, dry run with the detected mapping (or the given one) and options; expects success. */
export async function dryRun(
  client: TestClient,
  csv: string,
  options: { fullSync?: boolean; dateOrder?: string; mapping?: (string | null)[] } = {},
) {
  const uploaded = await upload(client, csv);
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  const planned = await client.post(`/api/people-imports/${uploaded.body.id}/dry-run`, {
    mapping: options.mapping ?? uploaded.body.mapping,
    fullSync: options.fullSync ?? false,
    dateOrder: options.dateOrder ?? "auto",
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(200);
  return planned.body;
}

/** Upload, dry run and apply; answers the applied import. */
export async function importCsv(
  client: TestClient,
  csv: string,
  options: Parameters<typeof dryRun>[2] = {},
) {
  const planned = await dryRun(client, csv, options);
  const applied = await client.post(`/api/people-imports/${planned.id}/apply`);
  expect(applied.status, JSON.stringify(applied.body)).toBe(200);
  return applied.body;
}

export const counts = (view: { report: Record<string, unknown> }) => {
  const { created, updated, unchanged, deactivated, rejected } = view.report;
  return { created, updated, unchanged, deactivated, rejected };
};

export async function peopleOf(db: Executor, organizationId: string) {
  return db.select().from(people).where(eq(people.organizationId, organizationId));
}
