import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import type { Catalog, Cohort, PersonProfile, Question } from "../../matching/profile.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";
import { utcOffsetMinutes } from "./utc-offset.ts";

/** Who a cohort index stands for. */
export type CohortPerson = { id: string; name: string; email: string; enrolled: boolean };

export type LoadedCohort = {
  /** The engine's view: profiles by person index, mentee rows and mentor columns. */
  cohort: Cohort;
  /** Same order as `cohort.people`: enrolled people first, then managers kept only for chains. */
  people: CohortPerson[];
  /** Places of each mentor column. */
  capacities: number[];
  /** Person index of each enrolled mentee left out because their preparation isn't done. */
  unprepared: number[];
  /** Person pairs who worked together in an earlier relationship (any order). */
  previousPairs: [number, number][];
  /**
   * Pairs one of whom declined being matched with the other (in any program): never proposed
   * again, whatever the program's rules, so a private "no" is not met with the same suggestion.
   */
  declinedPairs: [number, number][];
  indexOf: Map<string, number>;
};

type EnrolledRow = {
  person_id: string;
  name: string;
  email: string;
  department: string | null;
  location: string | null;
  time_zone: string | null;
  languages: string[] | null;
  as_mentee: boolean;
  as_mentor: boolean;
  mentor_capacity: number;
  prepared: boolean;
};

type Program = {
  id: string;
  organizationId: string;
  roles: "mentor_mentee" | "everyone_both";
  preparationRequired: boolean;
};

let languageNames: Intl.DisplayNames | undefined;
function languageName(tag: string): string {
  languageNames ??= new Intl.DisplayNames(["en"], { type: "language" });
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Small integer ids for strings, in first-seen order, with the names kept for the catalog. */
class Ids {
  readonly names: string[] = [];
  private readonly map = new Map<string, number>();
  id(key: string, name = key): number {
    let id = this.map.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.map.set(key, id);
      this.names.push(name);
    }
    return id;
  }
}

/**
 * A program's cohort, read from the database in seven set-based queries (no query per person):
 * the submitted enrollments of active people, the org chart with each person's depth, skills
 * offered (those they are willing to teach) and wanted, goals linked to an objective (free-text
 * goals are left out: two people's own words rarely match, and objectives are what the
 * organization shares), questionnaire answers, and earlier relationships. Managers who are not
 * enrolled are kept as people nobody can be matched with, so reporting chains stay whole.
 */
export async function loadCohort(db: Executor, program: Program): Promise<LoadedCohort> {
  const org = program.organizationId;
  const everyoneBoth = program.roles === "everyone_both";
  const enrolled = await rowsOf<EnrolledRow>(
    db,
    sql`
      select p.id as person_id, p.name, p.email, p.department, p.location, p.time_zone,
        p.languages, e.as_mentee, e.as_mentor, e.mentor_capacity,
        ${
          program.preparationRequired
            ? sql`not exists (
                select 1 from preparation_pages pp
                where pp.program_id = e.program_id
                  and (pp.audience = 'everyone'
                    or (pp.audience = 'mentors' and (e.as_mentor or ${everyoneBoth}))
                    or (pp.audience = 'mentees' and (e.as_mentee or ${everyoneBoth})))
                  and not exists (
                    select 1 from preparation_completions pc
                    where pc.page_id = pp.id and pc.person_id = e.person_id))`
            : sql`true`
        } as prepared
      from enrollments e
      join people p on p.id = e.person_id and p.organization_id = e.organization_id
      where e.organization_id = ${org} and e.program_id = ${program.id}
        and e.status = 'submitted' and p.status = 'active'
      order by p.name, p.id`,
  );
  const tree = await rowsOf<{ id: string; manager_id: string | null; depth: number }>(
    db,
    sql`
      with recursive tree(id, manager_id, depth) as (
        select p.id, p.manager_id, 0 from people p
        where p.organization_id = ${org} and p.manager_id is null
        union all
        select p.id, p.manager_id, tree.depth + 1
        from tree join people p on p.manager_id = tree.id and p.organization_id = ${org}
        where tree.depth < 200
      )
      select id, manager_id, depth from tree`,
  );
  const treeOf = new Map(tree.map((row) => [row.id, row]));

  const people: CohortPerson[] = [];
  const indexOf = new Map<string, number>();
  for (const row of enrolled) {
    indexOf.set(row.person_id, people.length);
    people.push({ id: row.person_id, name: row.name, email: row.email, enrolled: true });
  }
  // Managers above enrolled people, so the engine sees whole chains (only people reachable from
  // the top of the chart are in `tree`, so a loop typed into the data can't reach the engine).
  for (const row of enrolled) {
    let manager = treeOf.get(row.person_id)?.manager_id ?? null;
    while (manager !== null && !indexOf.has(manager)) {
      indexOf.set(manager, people.length);
      people.push({ id: manager, name: "", email: "", enrolled: false });
      manager = treeOf.get(manager)?.manager_id ?? null;
    }
  }

  const personIds = enrolled.map((row) => row.person_id);
  const idArray = sql`${`{${personIds.join(",")}}`}::uuid[]`;
  const [
    offered,
    wanted,
    goalRows,
    questionRows,
    answerRows,
    previous,
    formQuestions,
    formAnswers,
  ] = await Promise.all([
    rowsOf<{ person_id: string; skill_id: string; name: string; level: number }>(
      db,
      sql`select o.person_id, o.skill_id, s.name, o.level
        from person_skills_offered o join skills s on s.id = o.skill_id
        where o.organization_id = ${org} and o.can_teach and o.person_id = any(${idArray})`,
    ),
    rowsOf<{ person_id: string; skill_id: string; name: string; priority: number }>(
      db,
      sql`select w.person_id, w.skill_id, s.name, w.priority
        from person_skills_wanted w join skills s on s.id = w.skill_id
        where w.organization_id = ${org} and w.person_id = any(${idArray})`,
    ),
    rowsOf<{ person_id: string; objective_id: string; title: string }>(
      db,
      sql`select distinct g.person_id, g.objective_id, o.title
        from goals g join objectives o on o.id = g.objective_id
        where g.organization_id = ${org} and o.archived_at is null and g.person_id = any(${idArray})`,
    ),
    rowsOf<{ id: string; prompt: string; options: string[] }>(
      db,
      sql`select id, prompt, options from questionnaire_questions
        where organization_id = ${org} and archived_at is null order by position, id`,
    ),
    rowsOf<{ person_id: string; question_id: string; option: number }>(
      db,
      sql`select person_id, question_id, option from questionnaire_answers
        where organization_id = ${org} and person_id = any(${idArray})`,
    ),
    rowsOf<{ mentee_id: string; mentor_id: string; declined: boolean }>(
      db,
      sql`select distinct mentee_id, mentor_id, status = 'declined' as declined from relationships
        where organization_id = ${org}
          and ((program_id <> ${program.id} and status in ('active', 'ended'))
            or status = 'declined')
          and mentee_id = any(${idArray}) and mentor_id = any(${idArray})`,
    ),
    // The program's own single-choice and scale questions marked "used for matching".
    rowsOf<{ id: string; kind: "single_choice" | "scale"; prompt: string; options: string[] }>(
      db,
      sql`select id, kind, prompt, options from enrollment_questions
        where organization_id = ${org} and program_id = ${program.id} and used_for_matching
          and archived_at is null and kind in ('single_choice', 'scale')
        order by position, created_at`,
    ),
    rowsOf<{ person_id: string; question_id: string; value: unknown }>(
      db,
      sql`select e.person_id, a.question_id, a.value
        from enrollment_answers a join enrollments e on e.id = a.enrollment_id
        join enrollment_questions q on q.id = a.question_id
        where a.organization_id = ${org} and e.program_id = ${program.id}
          and e.status = 'submitted' and q.used_for_matching and q.archived_at is null
          and q.kind in ('single_choice', 'scale')`,
    ),
  ]);

  const skillIds = new Ids();
  const goalIds = new Ids();
  const departments = new Ids();
  const locations = new Ids();
  const languages = new Ids();
  const questionAt = new Map(questionRows.map((q, at) => [q.id, at]));
  const questions: Question[] = questionRows.map((q) => ({
    text: q.prompt,
    kind: "choice",
    options: q.options,
  }));
  // Enrollment questions join the questionnaire: a choice is its option's index, a 1–5 scale
  // its value − 1 (neighbouring answers count as close).
  const SCALE = ["1", "2", "3", "4", "5"];
  for (const q of formQuestions) {
    questionAt.set(q.id, questions.length);
    questions.push(
      q.kind === "scale"
        ? { text: q.prompt, kind: "scale", options: SCALE }
        : { text: q.prompt, kind: "choice", options: q.options },
    );
  }
  const formKind = new Map(formQuestions.map((q) => [q.id, q]));

  type Draft = {
    offers: { skill: number; level: number }[];
    wants: { skill: number; priority: number }[];
    goals: number[];
    answers: (number | null)[];
  };
  const drafts: Draft[] = enrolled.map(() => ({
    offers: [],
    wants: [],
    goals: [],
    answers: questions.map(() => null),
  }));
  const draftOf = (personId: string) => drafts[indexOf.get(personId) as number] as Draft;
  for (const o of offered) {
    draftOf(o.person_id).offers.push({ skill: skillIds.id(o.skill_id, o.name), level: o.level });
  }
  for (const w of wanted) {
    draftOf(w.person_id).wants.push({
      skill: skillIds.id(w.skill_id, w.name),
      priority: w.priority,
    });
  }
  for (const g of goalRows) draftOf(g.person_id).goals.push(goalIds.id(g.objective_id, g.title));
  for (const a of formAnswers) {
    const q = formKind.get(a.question_id);
    const at = questionAt.get(a.question_id);
    const person = indexOf.get(a.person_id);
    if (!q || at === undefined || person === undefined || person >= enrolled.length) continue;
    const option =
      q.kind === "scale"
        ? typeof a.value === "number" && a.value >= 1 && a.value <= 5
          ? a.value - 1
          : -1
        : typeof a.value === "string"
          ? q.options.indexOf(a.value)
          : -1;
    if (option >= 0) draftOf(a.person_id).answers[at] = option;
  }
  for (const a of answerRows) {
    const q = questionAt.get(a.question_id);
    const options = q === undefined ? 0 : (questions[q]?.options.length ?? 0);
    if (q !== undefined && a.option < options) draftOf(a.person_id).answers[q] = a.option;
  }

  const now = new Date();
  const profiles: PersonProfile[] = people.map((person, p) => {
    const node = treeOf.get(person.id);
    const manager = node?.manager_id ? (indexOf.get(node.manager_id) ?? -1) : -1;
    const seniority = node ? -Number(node.depth) : undefined;
    const row = enrolled[p];
    if (!row) return { manager, ...(seniority === undefined ? {} : { seniority }) };
    const draft = drafts[p] as Draft;
    const offset = row.time_zone ? utcOffsetMinutes(row.time_zone, now) : null;
    return {
      name: row.name,
      manager,
      ...(seniority === undefined ? {} : { seniority }),
      ...(row.department
        ? { department: departments.id(row.department.trim().toLowerCase(), row.department) }
        : {}),
      ...(row.location
        ? { location: locations.id(row.location.trim().toLowerCase(), row.location) }
        : {}),
      ...(offset === null ? {} : { utcOffsetMinutes: offset }),
      languages: (row.languages ?? []).map((l) =>
        languages.id(l.trim().toLowerCase(), languageName(l.trim())),
      ),
      offers: draft.offers,
      wants: draft.wants,
      goals: draft.goals,
      answers: draft.answers,
    };
  });

  const mentees: number[] = [];
  const mentors: number[] = [];
  const capacities: number[] = [];
  const unprepared: number[] = [];
  enrolled.forEach((row, p) => {
    const asMentee = everyoneBoth || row.as_mentee;
    const asMentor = everyoneBoth || row.as_mentor;
    if (!row.prepared) {
      if (asMentee) unprepared.push(p);
      return;
    }
    if (asMentee) mentees.push(p);
    if (asMentor && row.mentor_capacity > 0) {
      mentors.push(p);
      capacities.push(row.mentor_capacity);
    }
  });

  const catalog: Catalog = {
    skills: skillIds.names,
    goals: goalIds.names,
    departments: departments.names,
    locations: locations.names,
    languages: languages.names,
    questions,
  };
  return {
    cohort: { people: profiles, mentees, mentors, catalog },
    people,
    capacities,
    unprepared,
    previousPairs: previous
      .filter((r) => !r.declined)
      .map((r) => [indexOf.get(r.mentee_id), indexOf.get(r.mentor_id)] as [number, number]),
    declinedPairs: previous
      .filter((r) => r.declined)
      .map((r) => [indexOf.get(r.mentee_id), indexOf.get(r.mentor_id)] as [number, number]),
    indexOf,
  };
}
