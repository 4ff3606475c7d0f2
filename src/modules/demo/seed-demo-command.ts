import { parseArgs } from "node:util";
import type { Config } from "../../config.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { openConfiguredDatabase } from "../../server/start.ts";
import { DEMO_PASSWORD, seedDemoOrganization } from "./seed-demo.ts";

/** `mutual seed-demo`: prints what it made and whom to sign in as; 2 for unusable options. */
export async function seedDemoCommand(args: string[], config: Config): Promise<number> {
  let values: { people?: string; org?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        people: { type: "string", default: "300" },
        org: { type: "string", default: "demo" },
        seed: { type: "string" },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message}\nUsage: mutual seed-demo [--people N] [--org demo] [--seed S]`,
    );
    return 2;
  }
  const size = Number(values.people);
  if (!Number.isInteger(size) || size < 10 || size > 200_000) {
    console.error("--people takes a whole number from 10 to 200,000.");
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const result = await seedDemoOrganization(database.db, {
      slug: values.org ?? "demo",
      people: size,
      seed: values.seed,
      onProgress: (step, seconds) => {
        if (size >= 5000) console.log(`  ${seconds.toFixed(1).padStart(5)} s  ${step}`);
      },
    });
    console.log(
      `Created “${result.organization.name}” (${result.organization.slug}) with ${result.people.toLocaleString("en")} people and ${result.skills} skills in ${result.seconds.toFixed(1)} s.`,
    );
    console.log(
      `The career-mentoring program “${result.program.slug}” is ready to match, with ${result.program.enrolled.toLocaleString("en")} people enrolled (Programs, in the app).`,
    );
    if (result.running.relationships > 0) {
      console.log(
        `The program “${result.running.slug}” is running, with ${result.running.relationships} relationships under way, with their sessions, commitments and check-ins.`,
      );
    }
    console.log(`Everyone signs in with the password “${DEMO_PASSWORD}”, for example as:`);
    for (const person of result.examples) {
      console.log(`  ${person.email.padEnd(36)} ${person.name}, ${person.title} (${person.role})`);
    }
    if (result.running.showcase) {
      console.log(
        `${result.running.showcase} is a few weeks into a mentoring pair: their home page shows sessions, commitments and check-ins.`,
      );
    }
  } finally {
    await database.close();
  }
  return 0;
}
