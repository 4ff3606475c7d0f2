import { PERSON_FIELD_LABELS } from "./fields.ts";
import type { FilePlan, ProgressReport } from "./plan-file.ts";

const n = (value: number) => value.toLocaleString("en");
const LISTED = 50;

/**
 * A progress line for a terminal: rewritten in place on a TTY, one line per stage otherwise
 * (so a log file isn't flooded). `done` ends the line.
 */
export function progressLine(
  stream: NodeJS.WriteStream,
  options: { quiet?: boolean } = {},
): ProgressReport & { done: () => void } {
  let lastStage = "";
  let open = false;
  const report = (stage: string, done: number, total: number) => {
    if (options.quiet) return;
    const text = total > 0 ? `${stage}… ${n(done)} of ${n(total)}` : `${stage}… ${n(done)}`;
    if (stream.isTTY) {
      stream.write(`\r\x1b[2K${text}`);
      open = true;
    } else if (stage !== lastStage) {
      stream.write(`${stage}…\n`);
    }
    lastStage = stage;
  };
  return Object.assign(report, {
    done: () => {
      if (open) stream.write("\n");
      open = false;
    },
  });
}

/** What `mutual import-people` prints without --json. */
export function formatSummary(input: {
  fileName: string;
  organizationName: string;
  dryRun: boolean;
  columns: string[];
  unmapped: string[];
  result: FilePlan;
  invited: number | null;
  sendInvites: boolean;
}): string {
  const { plan, warnings, dayMonthOrder } = input.result;
  const out: string[] = [];
  out.push(
    input.dryRun
      ? `Dry run of ${input.fileName} for “${input.organizationName}”: nothing was written.`
      : `Imported ${input.fileName} into “${input.organizationName}”.`,
  );
  out.push(`Columns: ${input.columns.join(", ") || "none recognized"}`);
  if (input.unmapped.length > 0) out.push(`Left out: ${input.unmapped.join(", ")}`);
  if (dayMonthOrder) {
    out.push(`Dates like 03/04/2021 read ${dayMonthOrder === "dmy" ? "day" : "month"} first.`);
  }
  for (const warning of warnings) out.push(`Note: ${warning}`);
  const verb = input.dryRun ? "would be" : "were";
  out.push(
    "",
    `  ${n(plan.created.length)} ${verb} created`,
    `  ${n(plan.updated.length)} ${verb} updated`,
    `  ${n(plan.unchanged)} unchanged`,
    `  ${n(plan.deactivated.length)} ${verb} deactivated`,
    `  ${n(plan.rejected.length)} rejected`,
  );
  if (plan.rejected.length > 0) {
    out.push("", "Rejected rows (nothing from them was imported):");
    for (const row of plan.rejected.slice(0, LISTED)) out.push(`  line ${row.line}: ${row.reason}`);
    if (plan.rejected.length > LISTED) {
      out.push(`  …and ${n(plan.rejected.length - LISTED)} more (--json lists them all).`);
    }
    if (plan.rejected.some((row) => row.reason.includes("day or the month first"))) {
      out.push("  Say how this file writes dates with --date-order dmy (day first) or mdy.");
    }
  }
  if (plan.updated.length > 0) {
    out.push("", "Changes:");
    for (const update of plan.updated.slice(0, LISTED)) {
      const what = update.changes
        .map((c) => `${PERSON_FIELD_LABELS[c.field]} ${c.from ?? "(none)"} → ${c.to ?? "(none)"}`)
        .join("; ");
      out.push(`  line ${update.line}, ${update.values.name}: ${what}`);
    }
    if (plan.updated.length > LISTED) out.push(`  …and ${n(plan.updated.length - LISTED)} more.`);
  }
  if (plan.deactivated.length > 0) {
    out.push(
      "",
      `Not in the file, so ${input.dryRun ? "they would be" : "they were"} deactivated:`,
    );
    for (const person of plan.deactivated.slice(0, LISTED)) {
      out.push(`  ${person.name} <${person.email}>`);
    }
    if (plan.deactivated.length > LISTED) {
      out.push(`  …and ${n(plan.deactivated.length - LISTED)} more.`);
    }
  }
  if (plan.keptAdmins.length > 0) {
    out.push(
      "",
      `Kept active so the organization keeps an administrator: ${plan.keptAdmins.join(", ")}.`,
    );
  }
  if (input.sendInvites) {
    out.push(
      "",
      input.invited === null
        ? "No invitations were sent (a dry run, or no one new)."
        : `Sent ${n(input.invited)} invitations.`,
    );
  }
  return out.join("\n");
}
