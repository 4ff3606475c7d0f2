import fs from "node:fs";
import { parseArgs } from "node:util";
import { and, asc, eq } from "drizzle-orm";
import pino from "pino";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { organizations, people } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { startJobs } from "../../server/jobs/boss.ts";
import { openConfiguredDatabase } from "../../server/start.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { jobDefinitions } from "../jobs.ts";
import { detectColumns } from "./detect-columns.ts";
import { FIELD_LABELS, type ImportOptions } from "./fields.ts";
import { applyPeopleImport, planPeopleImport } from "./import-people.ts";
import { writeInvitationsFor } from "./invite-imported-people.ts";
import type { FilePlan } from "./plan-file.ts";
import { CsvReadError } from "./read-csv.ts";
import { readPeopleFile } from "./read-file.ts";
import { formatSummary, progressLine } from "./summary.ts";

const USAGE =
  "Usage: mutual import-people <file.csv> --org <slug> [--dry-run] [--json] [--full-sync] [--send-invites] [--date-order auto|dmy|mdy]";

type Options = {
  file: string;
  org: string;
  dryRun: boolean;
  json: boolean;
  sendInvites: boolean;
  options: ImportOptions;
};

function readOptions(args: string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        org: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "full-sync": { type: "boolean", default: false },
        "send-invites": { type: "boolean", default: false },
        "date-order": { type: "string", default: "auto" },
      },
    });
    const dateOrder = values["date-order"];
    if (dateOrder !== "auto" && dateOrder !== "dmy" && dateOrder !== "mdy") {
      return "--date-order takes auto, dmy (day first) or mdy (month first).";
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return "Name one CSV file to import.";
    if (!values.org) return "Say which organization to import into with --org <slug>.";
    return {
      file,
      org: values.org,
      dryRun: values["dry-run"] ?? false,
      json: values.json ?? false,
      sendInvites: values["send-invites"] ?? false,
      options: { fullSync: values["full-sync"] ?? false, dateOrder },
    };
  } catch (error) {
    return (error as Error).message;
  }
}

/** The organization and the administrator the command acts as (its longest-standing one). */
async function findOrganization(database: Database, slug: string) {
  const [organization] = await database.db
    .select()
    .from(organizations)
    .where(eq(organizations.slug, slug.trim().toLowerCase()));
  if (!organization) return null;
  const [admin] = await database.db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organization.id),
        eq(people.role, "admin"),
        eq(people.status, "active"),
      ),
    )
    .orderBy(asc(people.createdAt))
    .limit(1);
  return { organization, adminId: admin?.id ?? null };
}

/** Invites the people an import created, as the organization's first administrator. */
async function sendInvitations(database: Database, ctx: Omit<Ctx, "jobs">, ids: string[]) {
  const jobs = await startJobs(database, jobDefinitions, pino({ level: "warn" }));
  try {
    const full: Ctx = { ...ctx, jobs };
    const emailIds = await database.db.transaction((tx) => writeInvitationsFor(tx, full, ids));
    for (const emailId of emailIds) await jobs.send(sendEmailJob, { emailId });
    return emailIds.length;
  } finally {
    await jobs.stop();
  }
}

/**
 * `mutual import-people`: exit 0 when the import (or dry run) completed, rejected rows or not;
 * 1 when the file can't be read or the organization doesn't exist; 2 for unusable options.
 */
export async function importPeopleCommand(args: string[], config: Config): Promise<number> {
  const options = readOptions(args);
  if (typeof options === "string") {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const stat = fs.statSync(options.file, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    console.error(`Can't read “${options.file}”: there's no such file.`);
    return 1;
  }
  const progress = progressLine(process.stderr, { quiet: options.json });
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const found = await findOrganization(database, options.org);
    if (!found) {
      console.error(`There's no organization “${options.org}”. Check its slug (the address name).`);
      return 1;
    }
    let file: Awaited<ReturnType<typeof readPeopleFile>>;
    try {
      file = await readPeopleFile(fs.createReadStream(options.file), {
        onRecords: (count) => progress("Reading rows", count, 0),
      });
    } catch (error) {
      if (!(error instanceof CsvReadError)) throw error;
      progress.done();
      console.error(`Can't read “${options.file}”: ${error.message}`);
      return 1;
    }
    const { mapping, unmapped } = detectColumns(file.headers);
    const input = {
      organizationId: found.organization.id,
      actorId: found.adminId,
      file,
      mapping,
      options: options.options,
      onProgress: progress,
    };
    const result: FilePlan & { createdIds?: string[] } = options.dryRun
      ? await planPeopleImport(database.db, input)
      : await applyPeopleImport(database.db, input);
    progress.done();

    let invited: number | null = null;
    if (options.sendInvites && !options.dryRun && result.createdIds?.length && found.adminId) {
      invited = await sendInvitations(
        database,
        {
          db: database.db,
          config,
          actor: { personId: found.adminId, organizationId: found.organization.id, role: "admin" },
        },
        result.createdIds,
      );
    }

    const { plan } = result;
    if (options.json) {
      console.log(
        JSON.stringify({
          created: plan.created.length,
          updated: plan.updated.length,
          unchanged: plan.unchanged,
          deactivated: plan.deactivated.length,
          rejected: plan.rejected,
        }),
      );
    } else {
      const columns = mapping.flatMap((field, i) =>
        field ? [`${file.headers[i]} → ${FIELD_LABELS[field]}`] : [],
      );
      console.log(
        formatSummary({
          fileName: options.file,
          organizationName: found.organization.name,
          dryRun: options.dryRun,
          columns,
          unmapped,
          result,
          invited,
          sendInvites: options.sendInvites,
        }),
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}
