import { parseArgs } from "node:util";
import { asc, eq } from "drizzle-orm";
import type { Config } from "../../config.ts";
import type { Executor } from "../../db/client.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { organizations } from "../../db/schema.ts";
import { programs } from "../../db/schema-programs.ts";
import { openConfiguredDatabase } from "../../server/start.ts";
import { countForPrograms } from "./program-counts.ts";

const USAGE = "Usage: mutual programs --org <slug> [--json]";

/** Every program of an organization with its counts, for the command line (no actor: an operator). */
export async function programsOfOrganization(db: Executor, organizationId: string) {
  const rows = await db
    .select({
      id: programs.id,
      slug: programs.slug,
      name: programs.name,
      state: programs.state,
      purpose: programs.purpose,
      format: programs.format,
    })
    .from(programs)
    .where(eq(programs.organizationId, organizationId))
    .orderBy(asc(programs.slug));
  const counts = await countForPrograms(
    db,
    organizationId,
    rows.map((row) => row.id),
  );
  return rows.map(({ id, ...row }) => ({
    ...row,
    counts: counts.get(id) ?? { mentees: 0, mentors: 0, matched: 0 },
  }));
}

/** `mutual programs`: the organization's programs, as a table or (--json) one JSON array. */
export async function programsCommand(args: string[], config: Config): Promise<number> {
  let org: string | undefined;
  let json: boolean | undefined;
  try {
    ({
      values: { org, json },
    } = parseArgs({ args, options: { org: { type: "string" }, json: { type: "boolean" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!org) {
    console.error(`Say which organization with --org <slug>.\n${USAGE}`);
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
    const list = await programsOfOrganization(database.db, organization.id);
    if (json) {
      process.stdout.write(`${JSON.stringify(list)}\n`);
    } else if (list.length === 0) {
      process.stdout.write("No programs yet. Create one on the Programs page.\n");
    } else {
      const lines = list.map(
        (p) =>
          `${p.slug}\t${p.state}\t${p.counts.mentees} mentees, ${p.counts.mentors} mentors, ${p.counts.matched} matched\t${p.name}`,
      );
      process.stdout.write(`${["slug\tstate\tpeople\tname", ...lines].join("\n")}\n`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
