import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  objectives,
  organizations,
  questionnaireQuestions,
  skills as skillsTable,
} from "../../db/schema.ts";
import { conflict } from "../../server/errors.ts";
import { hashPassword } from "../auth/passwords.ts";
import { addDefaultQuestions } from "../profiles/questionnaire/default-questions.ts";
import { slugSchema } from "../setup/create-organization.ts";
import { insertStarterSkills } from "../skills/adopt-starter-taxonomy.ts";
import { starterTaxonomy } from "../skills/starter-taxonomy.ts";
import { insertMany } from "./bulk-insert.ts";
import { insertDemoProgram } from "./demo-program.ts";
import { type FeaturedPeople, insertRunningProgram } from "./demo-relationships.ts";
import { type DemoPerson, generateOrganization } from "./generate-organization.ts";
import { OBJECTIVES } from "./org-shape.ts";

/** Every demo person signs in with this password (documented in README.md). */
export const DEMO_PASSWORD = "learning together";

export type SeedDemoOptions = {
  slug: string;
  people: number;
  seed?: number | string;
  name?: string;
  /** The moment the demo's dates count from (now by default; tests fix it). */
  now?: Date;
  /** Told after each step, with the seconds since the start (the CLI prints it). */
  onProgress?: (step: string, seconds: number) => void;
};

/**
 * Creates a whole demo organization in one transaction: the starter skills and default
 * questions, objectives, and `people` people generated from the seed (org chart, skills, goals,
 * preferences, answers), all signing in with DEMO_PASSWORD. Refuses a slug that exists.
 */
export async function seedDemoOrganization(db: Db, options: SeedDemoOptions) {
  const slug = slugSchema.parse(options.slug);
  const started = performance.now();
  const done = (step: string) => options.onProgress?.(step, (performance.now() - started) / 1000);
  // One argon2 hash for everyone: hashing 100,000 times would take hours.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    if (taken) {
      throw conflict(
        "slug_taken",
        `There is already an organization at “${slug}”, so nothing was added. Pick another address with --org, for example --org ${slug}-2.`,
      );
    }
    const [organization] = await tx
      .insert(organizations)
      .values({ name: options.name ?? "Harbour & Pine (demo)", slug })
      .returning();
    if (!organization) throw new Error("organization insert returned no row");
    const org = organization.id;
    await addDefaultQuestions(tx, org);
    await insertStarterSkills(tx, org);
    // In the starter list's order (it names the well-known skills first), others after by name.
    const starterOrder = new Map(starterTaxonomy.skills.map((skill, i) => [skill.name, i]));
    const skills = (
      await tx
        .select({ id: skillsTable.id, name: skillsTable.name, category: skillsTable.category })
        .from(skillsTable)
        .where(eq(skillsTable.organizationId, org))
        .orderBy(skillsTable.name, skillsTable.id)
    ).sort(
      (a, b) =>
        (starterOrder.get(a.name) ?? Number.MAX_SAFE_INTEGER) -
        (starterOrder.get(b.name) ?? Number.MAX_SAFE_INTEGER),
    );
    const questions = await tx
      .select({ id: questionnaireQuestions.id, options: questionnaireQuestions.options })
      .from(questionnaireQuestions)
      .where(eq(questionnaireQuestions.organizationId, org))
      .orderBy(questionnaireQuestions.position, questionnaireQuestions.id);
    const objectiveIds = (
      await tx
        .insert(objectives)
        .values(OBJECTIVES.map((title) => ({ organizationId: org, title })))
        .returning({ id: objectives.id })
    ).map((o) => o.id);

    const people = generateOrganization({
      seed: options.seed ?? slug,
      size: options.people,
      skills,
      questions: questions.map((q) => ({ optionCount: q.options.length })),
      objectiveCount: objectiveIds.length,
      emailDomain: `${slug}.example`,
    });
    const ids = people.map(() => randomUUID());
    // Search documents are built once at the end rather than after every batch.
    await tx.execute(sql`select set_config('mutual.directory_refresh', 'off', true)`);
    done(`generated ${people.length.toLocaleString("en")} people`);
    await insertPeople(tx, org, people, ids, passwordHash);
    done("people written");
    await insertDetails(
      tx,
      org,
      people,
      ids,
      {
        skillIds: skills.map((s) => s.id),
        questionIds: questions.map((q) => q.id),
        objectiveIds,
      },
      done,
    );
    const program = await insertDemoProgram(tx, org, people, ids, String(options.seed ?? slug));
    done("demo program and enrollments written");
    const running = await insertRunningProgram(
      tx,
      org,
      people,
      ids,
      String(options.seed ?? slug),
      exampleIndexes(people),
      options.now,
    );
    done("running program with relationships under way written");
    await tx.execute(sql`select set_config('mutual.directory_refresh', '', true)`);
    // Fresh rows have no statistics yet: without them the planner guesses badly at this size.
    for (const table of ["people", "person_skills_offered", "person_skills_wanted", "goals"]) {
      await tx.execute(sql`analyze ${sql.identifier(table)}`);
    }
    done("statistics gathered");
    await tx.execute(sql`select directory_refresh_organization(${org})`);
    done("search index built");
    return {
      organization: { id: org, name: organization.name, slug },
      people: people.length,
      skills: skills.length,
      program,
      running,
      seconds: (performance.now() - started) / 1000,
      examples: examplesOf(people),
    };
  });
}

async function insertPeople(
  tx: Tx,
  org: string,
  people: DemoPerson[],
  ids: string[],
  passwordHash: string,
) {
  const list = (v: ReturnType<typeof sql.raw>) => sql`string_to_array(${v}, ',')`;
  const rows = people.map((person, i) => ({ person, id: ids[i] as string }));
  await insertMany(tx, "people", rows, {
    id: { type: "uuid", value: (r) => r.id },
    organization_id: { type: "uuid", value: () => org },
    email: { type: "text", value: (r) => r.person.email },
    name: { type: "text", value: (r) => r.person.name },
    preferred_name: { type: "text", value: (r) => r.person.preferredName },
    title: { type: "text", value: (r) => r.person.title },
    bio: { type: "text", value: (r) => r.person.bio },
    role: { type: "role", value: (r) => r.person.role },
    password_hash: { type: "text", value: () => passwordHash },
    department: { type: "text", value: (r) => r.person.department },
    location: { type: "text", value: (r) => r.person.location },
    time_zone: { type: "text", value: (r) => r.person.timeZone },
    languages: {
      type: "text",
      value: (r) => r.person.languages.join(","),
      as: (v) => list(v as ReturnType<typeof sql.raw>),
    },
    hire_date: { type: "date", value: (r) => r.person.hireDate },
    employee_id: { type: "text", value: (r) => r.person.employeeId },
    manager_id: {
      type: "uuid",
      value: (r) => (r.person.managerIndex === null ? null : (ids[r.person.managerIndex] ?? null)),
    },
    open_to_mentor: { type: "boolean", value: (r) => r.person.openToMentor },
    mentor_capacity: { type: "int", value: (r) => r.person.mentorCapacity },
    open_to_be_mentored: { type: "boolean", value: (r) => r.person.openToBeMentored },
    preferred_formats: {
      type: "text",
      value: (r) => r.person.preferredFormats.join(","),
      as: (v) => sql`${list(v as ReturnType<typeof sql.raw>)}::mentoring_format[]`,
    },
    meeting_preference: { type: "meeting_preference", value: (r) => r.person.meetingPreference },
  });
}

async function insertDetails(
  tx: Tx,
  org: string,
  people: DemoPerson[],
  ids: string[],
  refs: { skillIds: string[]; questionIds: string[]; objectiveIds: string[] },
  done: (step: string) => void,
) {
  const each = <T>(pick: (p: DemoPerson) => T[]) =>
    people.flatMap((person, i) =>
      pick(person).map((item) => ({ personId: ids[i] as string, item })),
    );
  const owner = {
    organization_id: { type: "uuid", value: () => org },
    person_id: { type: "uuid", value: (r: { personId: string }) => r.personId },
  };
  await insertMany(
    tx,
    "person_skills_offered",
    each((p) => p.offered),
    {
      ...owner,
      skill_id: { type: "uuid", value: (r) => refs.skillIds[r.item.skill] ?? null },
      level: { type: "int", value: (r) => r.item.level },
      can_teach: { type: "boolean", value: (r) => r.item.canTeach },
    },
  );
  await insertMany(
    tx,
    "person_skills_wanted",
    each((p) => p.wanted),
    {
      ...owner,
      skill_id: { type: "uuid", value: (r) => refs.skillIds[r.item.skill] ?? null },
      priority: { type: "int", value: (r) => r.item.priority },
    },
  );
  done("skills offered and wanted written");
  await insertMany(
    tx,
    "goals",
    each((p) => p.goals.map((g, position) => ({ ...g, position }))),
    {
      ...owner,
      text: { type: "text", value: (r) => r.item.text },
      objective_id: {
        type: "uuid",
        value: (r) =>
          r.item.objective === null ? null : (refs.objectiveIds[r.item.objective] ?? null),
      },
      position: { type: "int", value: (r) => r.item.position },
    },
  );
  done("goals written");
  await insertMany(
    tx,
    "questionnaire_answers",
    each((p) => p.answers.map((option, q) => ({ option, question: refs.questionIds[q] ?? null }))),
    {
      ...owner,
      question_id: { type: "uuid", value: (r) => r.item.question },
      option: { type: "int", value: (r) => r.item.option },
    },
  );
  done("questionnaire answers written");
}

/** The people the demo features, by index: the CEO, the head of People, a manager, a newcomer. */
export function exampleIndexes(people: DemoPerson[]): FeaturedPeople {
  const managers = new Set(people.map((p) => p.managerIndex));
  const deepest = Math.max(...people.map((p) => p.depth));
  const index = (found: number) => (found < 0 ? null : found);
  return {
    ceo: index(people.length > 0 ? 0 : -1),
    headOfPeople: index(people.findIndex((p) => p.department === "People" && p.depth === 1)),
    manager: index(people.findIndex((p, i) => p.depth === 2 && managers.has(i))),
    newcomer: index(people.findIndex((p) => p.depth === deepest && p.role === "member")),
  };
}

/** A few people worth signing in as: the CEO, the head of People, a manager, a new joiner. */
function examplesOf(people: DemoPerson[]) {
  const featured = exampleIndexes(people);
  return [featured.ceo, featured.headOfPeople, featured.manager, featured.newcomer].flatMap((i) => {
    const p = i === null ? undefined : people[i];
    return p ? [{ name: p.name, email: p.email, title: p.title, role: p.role }] : [];
  });
}
