import { once } from "node:events";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import type { Config } from "../../config.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { organizations } from "../../db/schema.ts";
import { openConfiguredDatabase } from "../../server/start.ts";
import { exportFormatSchema, exportPeopleRows } from "./export-people.ts";

const USAGE = "Usage: mutual export-people --org <slug> [--format csv|json]";

/** `mutual export-people`: the organization's active people to standard output. */
export async function exportPeopleCommand(args: string[], config: Config): Promise<number> {
  let org: string | undefined;
  let format: string | undefined;
  try {
    ({
      values: { org, format },
    } = parseArgs({
      args,
      options: { org: { type: "string" }, format: { type: "string", default: "csv" } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const parsedFormat = exportFormatSchema.safeParse(format);
  if (!org || !parsedFormat.success) {
    console.error(
      `${org ? "--format takes csv or json." : "Say which organization with --org <slug>."}\n${USAGE}`,
    );
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const [organization] = await database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, org.trim().toLowerCase()));
    if (!organization) {
      console.error(`There's no organization “${org}”. Check its slug (the address name).`);
      return 1;
    }
    for await (const chunk of exportPeopleRows(database.db, organization.id, parsedFormat.data)) {
      if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
    }
    return 0;
  } finally {
    await database.close();
  }
}
