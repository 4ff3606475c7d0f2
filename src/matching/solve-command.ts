import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatResult, parseProblem } from "./problem-file.ts";
import { MatchInputError, solve } from "./solve.ts";

const USAGE = "usage: mutual solve <problem.json> [--out result.json]";

function fail(message: string): number {
  process.stderr.write(`mutual solve: ${message}\n`);
  return 2;
}

function readArgs(args: string[]): { file: string; out: string | undefined } | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: "string" } },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    return file && extra.length === 0 ? { file, out: values.out } : USAGE;
  } catch (error) {
    return `${(error as Error).message} (${USAGE})`;
  }
}

/**
 * `mutual solve <problem.json> [--out result.json]`. Exit 0 with the result, 2 with one line
 * saying what is wrong with the input (never a stack trace).
 */
export async function solveCommand(args: string[]): Promise<number> {
  const parsed = readArgs(args);
  if (typeof parsed === "string") return fail(parsed);
  let text: string;
  try {
    text = await readFile(parsed.file, "utf8");
  } catch (error) {
    return fail(
      `cannot read ${parsed.file} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`,
    );
  }
  let output: string;
  try {
    output = `${JSON.stringify(formatResult(solve(parseProblem(text))))}\n`;
  } catch (error) {
    if (error instanceof MatchInputError) return fail(error.message);
    throw error;
  }
  if (parsed.out) await writeFile(parsed.out, output);
  else process.stdout.write(output);
  return 0;
}
