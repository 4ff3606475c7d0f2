import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./config.ts";
import { AppError } from "./server/errors.ts";
import type { Service } from "./server/start.ts";

// Commands load what they need when they run, so `help` and configuration errors answer at once.
const server = () => import("./server/start.ts");
const migrations = () => import("./db/migrate.ts");

const HELP = `Usage: mutual <command> [options]

Commands:
  start [--services web,worker]   Run Mutual (default: both services in one process)
  migrate                         Apply database migrations and exit
  solve <problem.json> [--out result.json]
                                  Solve a matching problem (format mutual-match-problem/1) exactly;
                                  the result goes to standard output or to --out
  create-admin --org <slug> --email <address> --name <name> [--org-name <name>]
                                  Create an administrator (and the organization if it is new).
                                  The password is read from standard input.
  seed-demo [--people N] [--org demo] [--seed S]
                                  Create a demo organization to explore: N people (default 300)
                                  with an org chart, skills and goals, all signing in with the
                                  password “learning together” (see README.md)
  import-people <file.csv> --org <slug> [--dry-run] [--json] [--full-sync] [--send-invites]
                [--date-order auto|dmy|mdy]
                                  Import people from an HR system's CSV export (see README.md):
                                  creates and updates people, managers included; --json prints
                                  { created, updated, unchanged, deactivated, rejected: [{ line, reason }] }
  export-people --org <slug> [--format csv|json]
                                  Write the organization's active people to standard output, in
                                  the columns import-people reads
  programs --org <slug> [--json]  List the organization's programs: slug, name, state, and how many
                                  mentees and mentors enrolled and were matched; --json prints one
                                  array [{ slug, name, state, purpose, format, counts }]
  match <program-slug> --org <slug> [--dry-run] [--json]
                                  Match a program's enrolled people, exactly as "Find matches" does
                                  in the app: the run is saved for a program manager to review and
                                  publish there (this command never publishes); --dry-run saves
                                  nothing; --json prints { program, pairs: [{ mentee: { email },
                                  mentor: { email, capacity }, score, reasons }], unmatched:
                                  [{ email, reason }], optimal }

Configuration comes from the environment (DATA_DIR, DATABASE_URL, PORT, …); see README.md.`;

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write("Password (at least 10 characters): ");
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === "solve") {
    const { solveCommand } = await import("./matching/solve-command.ts");
    return solveCommand(rest);
  }
  const config = loadConfig();
  if (command === "start") {
    const { values } = parseArgs({
      args: rest,
      options: { services: { type: "string", default: "web,worker" } },
    });
    const services = (values.services ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = services.filter((s) => s !== "web" && s !== "worker");
    if (services.length === 0 || unknown.length > 0) {
      console.error(
        `Unknown service “${unknown.join(", ")}”. Use --services web, worker or web,worker.`,
      );
      return 2;
    }
    if (!config.databaseUrl && services.length < 2) {
      console.error(
        "The embedded database runs in one process, so web and worker must run together. Set DATABASE_URL to run them apart.",
      );
      return 2;
    }
    const { startServices } = await server();
    const running = await startServices(config, services as Service[]);
    const stop = async () => {
      await running.stop();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return -1;
  }
  if (command === "migrate") {
    const [{ openConfiguredDatabase }, { migrateDatabase }] = await Promise.all([
      server(),
      migrations(),
    ]);
    const database = await openConfiguredDatabase(config);
    try {
      await migrateDatabase(database);
      console.log("Migrations are up to date.");
    } finally {
      await database.close();
    }
    return 0;
  }
  if (command === "create-admin") {
    const { values } = parseArgs({
      args: rest,
      options: {
        org: { type: "string" },
        "org-name": { type: "string" },
        email: { type: "string" },
        name: { type: "string" },
      },
    });
    const [{ openConfiguredDatabase }, { migrateDatabase }, { createAdmin }] = await Promise.all([
      server(),
      migrations(),
      import("./modules/setup/create-admin.ts"),
    ]);
    const database = await openConfiguredDatabase(config);
    try {
      await migrateDatabase(database);
      const result = await createAdmin(database.db, {
        organizationSlug: values.org ?? "",
        organizationName: values["org-name"],
        email: values.email ?? "",
        name: values.name ?? "",
        password: await readPassword(),
      });
      console.log(
        `${result.createdOrganization ? "Created the organization and its" : "Added an"} administrator ${result.email} in “${result.organizationName}”.`,
      );
    } finally {
      await database.close();
    }
    return 0;
  }
  if (command === "seed-demo") {
    const { seedDemoCommand } = await import("./modules/demo/seed-demo-command.ts");
    return seedDemoCommand(rest, config);
  }
  if (command === "import-people") {
    const { importPeopleCommand } = await import(
      "./modules/people-import/import-people-command.ts"
    );
    return importPeopleCommand(rest, config);
  }
  if (command === "export-people") {
    const { exportPeopleCommand } = await import(
      "./modules/people-import/export-people-command.ts"
    );
    return exportPeopleCommand(rest, config);
  }
  if (command === "programs") {
    const { programsCommand } = await import("./modules/programs/programs-command.ts");
    return programsCommand(rest, config);
  }
  if (command === "match") {
    const { matchCommand } = await import("./modules/program-matching/match-command.ts");
    return matchCommand(rest, config);
  }
  console.error(`Unknown command “${command}”.\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof AppError) {
      const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
      console.error(
        fields
          ? `${error.message}\n${Object.entries(fields)
              .map(([k, v]) => `  - ${k}: ${v}`)
              .join("\n")}`
          : error.message,
      );
    } else console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
