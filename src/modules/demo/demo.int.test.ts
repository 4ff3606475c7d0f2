import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { DEMO_PASSWORD, seedDemoOrganization } from "./seed-demo.ts";

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedDemoOrganization>>;

const count = async (query: ReturnType<typeof sql>) =>
  Number(
    ((await t.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? Number.NaN,
  );

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoOrganization(t.db, { slug: "demo-test", people: 300 });
});
afterAll(() => t.close());

describe("seed-demo", () => {
  it("creates the organization with N people, skills, goals and answers", async () => {
    const org = seeded.organization.id;
    expect(seeded.people).toBe(300);
    expect(
      await count(sql`select count(*)::int n from people where organization_id = ${org}`),
    ).toBe(300);
    expect(
      await count(
        sql`select count(distinct person_id)::int n from person_skills_offered where organization_id = ${org}`,
      ),
    ).toBe(300);
    expect(
      await count(
        sql`select count(*)::int n from person_skills_wanted where organization_id = ${org}`,
      ),
    ).toBeGreaterThan(300);
    expect(
      await count(sql`select count(*)::int n from goals where organization_id = ${org}`),
    ).toBeGreaterThan(200);
    expect(
      await count(
        sql`select count(distinct person_id)::int n from questionnaire_answers where organization_id = ${org}`,
      ),
    ).toBeGreaterThan(240);
    expect(
      await count(
        sql`select count(*)::int n from person_search_documents where organization_id = ${org} and document @@ 'engineer:*'::tsquery`,
      ),
    ).toBeGreaterThan(10);
  });

  it("leaves every search document as the triggers would have made it", async () => {
    const org = seeded.organization.id;
    const documents = async () =>
      (
        (await t.db.execute(
          sql`select person_id, document::text as d from person_search_documents
              where organization_id = ${org} order by person_id`,
        )) as unknown as { rows: { person_id: string; d: string }[] }
      ).rows;
    const before = await documents();
    expect(before).toHaveLength(300);
    await t.db.execute(
      sql`select directory_refresh(array(select id from people where organization_id = ${org}))`,
    );
    expect(await documents()).toEqual(before);
  });

  it("builds one org chart, 5 levels deep, without cycles", async () => {
    const org = seeded.organization.id;
    expect(
      await count(
        sql`select count(*)::int n from people where organization_id = ${org} and manager_id is null`,
      ),
    ).toBe(1);
    // Walking up from everyone reaches the top within 5 levels (a cycle would never get there).
    const depth = await count(sql`
      with recursive chain(id, level) as (
        select id, 1 from people where organization_id = ${org} and manager_id is null
        union all
        select p.id, c.level + 1 from people p join chain c on p.manager_id = c.id
        where c.level < 10
      )
      select max(level)::int n from chain`);
    expect(depth).toBe(5);
    const reached = await count(sql`
      with recursive chain(id) as (
        select id from people where organization_id = ${org} and manager_id is null
        union
        select p.id from people p join chain c on p.manager_id = c.id
      )
      select count(*)::int n from chain`);
    expect(reached).toBe(300);
  });

  it("lets every demo person sign in with the demo password, and the directory finds them", async () => {
    const [ceo, manager] = seeded.examples;
    expect(ceo?.role).toBe("admin");
    const client = new TestClient(t.app);
    await client.signIn(manager?.email ?? "", DEMO_PASSWORD);
    const found = await client.get(`/api/directory?q=${encodeURIComponent(ceo?.name ?? "")}`);
    expect(found.body.people.map((p: { name: string }) => p.name)).toContain(ceo?.name);
    const help = await client.get("/api/directory/who-can-help?skill=communication");
    expect(help.status).toBe(200);
  });

  it("refuses an address that is taken, and adds nothing", async () => {
    const before = await count(sql`select count(*)::int n from people`);
    await expect(seedDemoOrganization(t.db, { slug: "demo-test", people: 20 })).rejects.toThrow(
      /already an organization at “demo-test”/,
    );
    expect(await count(sql`select count(*)::int n from people`)).toBe(before);
  });

  it("makes the same organization from the same seed", async () => {
    const again = await seedDemoOrganization(t.db, {
      slug: "demo-again",
      people: 300,
      seed: "demo-test",
    });
    const namesOf = async (org: string) =>
      (
        (await t.db.execute(
          sql`select name, email, title from people where organization_id = ${org} order by employee_id`,
        )) as unknown as {
          rows: { name: string; email: string; title: string }[];
        }
      ).rows.map((r) => `${r.name}|${r.email.split("@")[0]}|${r.title}`);
    expect(await namesOf(again.organization.id)).toEqual(await namesOf(seeded.organization.id));
  });
});

describe("seed-demo's program", () => {
  type Row = {
    employee_id: string;
    as_mentee: boolean;
    as_mentor: boolean;
    mentor_capacity: number;
  };
  const enrollmentsOf = async (org: string) =>
    (
      (await t.db.execute(
        sql`select p.employee_id, e.as_mentee, e.as_mentor, e.mentor_capacity
            from enrollments e join people p on p.id = e.person_id
            join programs g on g.id = e.program_id
            where e.organization_id = ${org} and g.slug = 'grow-together' and e.status = 'submitted'
            order by p.employee_id`,
      )) as unknown as { rows: Row[] }
    ).rows;

  it("is a career program in the matching state, with most people enrolled in every role", async () => {
    const org = seeded.organization.id;
    expect(seeded.program.slug).toBe("grow-together");
    const [program] = (
      (await t.db.execute(
        sql`select state, kind, purpose, matching from programs where organization_id = ${org}`,
      )) as unknown as {
        rows: {
          state: string;
          kind: string;
          purpose: string;
          matching: { rules: { reportingChain: boolean } };
        }[];
      }
    ).rows;
    expect(program).toMatchObject({ state: "matching", kind: "career", purpose: "high_potential" });
    expect(program?.matching.rules.reportingChain).toBe(true);
    const rows = await enrollmentsOf(org);
    expect(rows.length).toBe(seeded.program.enrolled);
    expect(rows.length).toBeGreaterThan(300 * 0.75);
    expect(rows.length).toBeLessThan(300);
    const mentors = rows.filter((r) => r.as_mentor);
    const mentees = rows.filter((r) => r.as_mentee);
    expect(mentors.length).toBeGreaterThan(20);
    expect(mentees.length).toBeGreaterThan(mentors.length);
    expect(rows.filter((r) => r.as_mentor && r.as_mentee).length).toBeGreaterThan(0);
    expect(new Set(mentors.map((r) => r.mentor_capacity))).toEqual(new Set([1, 2, 3]));
    expect(
      await count(sql`select count(*)::int n from program_managers where organization_id = ${org}`),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        sql`select count(*)::int n from preparation_pages where organization_id = ${org}`,
      ),
    ).toBe(3);
  });

  it("enrolls the same people the same way from the same seed", async () => {
    const [again] = (
      (await t.db.execute(
        sql`select id from organizations where slug = 'demo-again'`,
      )) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    if (!again) throw new Error("the same-seed test runs first");
    expect(await enrollmentsOf(again.id)).toEqual(await enrollmentsOf(seeded.organization.id));
  });
});

describe("seed-demo's running program", () => {
  const rowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

  it("has six pairs and a circle under way, each with its members and an accepted agreement", async () => {
    const org = seeded.organization.id;
    expect(seeded.running).toMatchObject({ slug: "learning-partners", relationships: 7 });
    const [program] = await rowsOf<{ state: string; managers: number }>(
      sql`select state, (select count(*)::int from program_managers m where m.program_id = p.id) managers
          from programs p where organization_id = ${org} and slug = 'learning-partners'`,
    );
    expect(program).toEqual({ state: "running", managers: 2 });
    const relationships = await rowsOf<{
      kind: string;
      status: string;
      members: number;
      agreed: boolean;
      accepted: number;
      goals: number;
      stalled: boolean;
    }>(sql`
      select r.kind, r.status,
        (select count(*)::int from relationship_members m where m.relationship_id = r.id) members,
        r.agreed_at is not null agreed,
        (select count(*)::int from agreement_acceptances a where a.relationship_id = r.id) accepted,
        (select count(*)::int from relationship_goals g where g.relationship_id = r.id) goals,
        r.stalled_at is not null stalled
      from relationships r join programs p on p.id = r.program_id
      where r.organization_id = ${org} and p.slug = 'learning-partners'
      order by r.kind, r.started_at`);
    expect(relationships.map((r) => r.kind)).toEqual([...Array(6).fill("pair"), "circle"]);
    for (const r of relationships) {
      expect(r.status).toBe("active");
      expect(r.members).toBe(r.kind === "pair" ? 2 : 5);
      expect(r.agreed).toBe(true);
      expect(r.accepted).toBe(r.members);
      expect(r.goals).toBeGreaterThan(0);
    }
    expect(relationships.filter((r) => r.stalled)).toHaveLength(1);
  });

  it("has held sessions with answers, notes and agendas, commitments of every kind, check-ins and debriefs", async () => {
    const org = seeded.organization.id;
    const n = (query: ReturnType<typeof sql>) => count(query);
    expect(
      await n(sql`select count(*)::int n from mentoring_sessions
                  where organization_id = ${org} and outcome = 'held'`),
    ).toBeGreaterThanOrEqual(14);
    // Every held session has everyone's "it happened".
    expect(
      await n(sql`select count(*)::int n from mentoring_sessions s
                  where s.organization_id = ${org} and s.outcome = 'held'
                    and (select count(*) from session_attendance a where a.session_id = s.id)
                      <> (select count(*) from relationship_members m where m.relationship_id = s.relationship_id)`),
    ).toBe(0);
    expect(
      await n(sql`select count(*)::int n from mentoring_sessions
                  where organization_id = ${org} and starts_at > now() and starts_at < now() + interval '7 days'`),
    ).toBe(6);
    for (const status of ["open", "done", "dropped"]) {
      expect(
        await n(sql`select count(*)::int n from commitments
                    where organization_id = ${org} and status = ${status}`),
        status,
      ).toBeGreaterThan(0);
    }
    expect(
      await n(sql`select count(*)::int n from commitments
                  where organization_id = ${org} and status = 'dropped' and drop_reason is null`),
    ).toBe(0);
    expect(
      await n(sql`select count(*)::int n from session_shared_notes where organization_id = ${org}`),
    ).toBeGreaterThanOrEqual(14);
    expect(
      await n(sql`select count(*)::int n from agenda_items where organization_id = ${org}`),
    ).toBeGreaterThanOrEqual(14);
    // Aggregates over five or more people can show on the managers' overview.
    expect(
      await n(sql`select count(distinct person_id)::int n from check_ins
                  where organization_id = ${org} and kind = 'regular' and answered_at is not null`),
    ).toBeGreaterThanOrEqual(5);
    expect(
      await n(
        sql`select count(*)::int n from check_ins where organization_id = ${org} and at_risk`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await n(sql`select count(*)::int n from debriefs
                  where organization_id = ${org} and shared_with_program`),
    ).toBeGreaterThanOrEqual(1);
  });

  it("pairs no one with their own reporting chain", async () => {
    const org = seeded.organization.id;
    expect(
      await count(sql`
        with recursive chain(person_id, manager_id) as (
          select id, manager_id from people where organization_id = ${org} and manager_id is not null
          union
          select c.person_id, p.manager_id from chain c join people p on p.id = c.manager_id
          where p.manager_id is not null
        )
        select count(*)::int n from relationship_members a
        join relationship_members b on b.relationship_id = a.relationship_id and b.person_id <> a.person_id
        join relationships r on r.id = a.relationship_id
        join chain c on c.person_id = a.person_id and c.manager_id = b.person_id
        where r.organization_id = ${org} and (a.role in ('mentee', 'member') and b.role in ('mentor', 'facilitator'))`),
    ).toBe(0);
  });

  it("casts the same people from the same seed", async () => {
    const castOf = async (slug: string) =>
      (
        await rowsOf<{ cast: string }>(sql`
          select string_agg(p.employee_id || ':' || m.role, ',' order by m.role, p.employee_id) "cast"
          from relationship_members m
          join people p on p.id = m.person_id
          join relationships r on r.id = m.relationship_id
          join organizations o on o.id = r.organization_id
          where o.slug = ${slug}
          group by r.id order by 1`)
      ).map((r) => r.cast);
    const cast = await castOf("demo-test");
    expect(cast).toHaveLength(7);
    expect(await castOf("demo-again")).toEqual(cast);
  });

  it("shows its managers aggregates and a learning log, without content", async () => {
    const ceo = seeded.examples[0];
    const client = new TestClient(t.app);
    await client.signIn(ceo?.email ?? "", DEMO_PASSWORD);
    const overview = await client.get("/api/programs/learning-partners/relationships");
    expect(overview.status).toBe(200);
    expect(overview.body.relationships).toHaveLength(7);
    expect(overview.body.aggregates.scores?.people).toBeGreaterThanOrEqual(5);
    expect(overview.body.aggregates.fit?.people).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(overview.body)).not.toContain("Priya");
    const log = await client.get("/api/programs/learning-partners/learning-log");
    expect(log.status).toBe(200);
    expect(log.body.enoughPeople).toBe(true);
    expect(JSON.stringify(log.body)).toContain("made mine feel ordinary");
    expect(JSON.stringify(log.body)).not.toContain("how often I am one");
  });

  it("gives the example newcomer a living home page", async () => {
    const newcomer = seeded.examples.at(-1);
    expect(newcomer?.role).toBe("member");
    expect(seeded.running.showcase).toBe(newcomer?.name);
    const client = new TestClient(t.app);
    await client.signIn(newcomer?.email ?? "", DEMO_PASSWORD);
    const response = await client.get("/api/me/cockpit");
    expect(response.status).toBe(200);
    const cockpit = response.body;
    expect(cockpit.upcomingSessions).toHaveLength(1);
    expect(cockpit.upcomingSessions[0]).toMatchObject({ status: "confirmed", kind: "pair" });
    expect(cockpit.openCommitments.map((c: { text: string }) => c.text)).toEqual([
      "Draft five interview questions and share them before we meet",
      "Ask Priya if I can shadow her next interview",
    ]);
    expect(cockpit.openCommitments[0].overdue).toBe(true);
    expect(cockpit.relationships).toHaveLength(1);
    expect(cockpit.relationships[0]).toMatchObject({
      statusPhrase: "under way",
      program: { slug: "learning-partners" },
    });
    expect(cockpit.toDo.checkIns).toHaveLength(1);
    expect(cockpit.toDo.attendance).toHaveLength(1);
    // The mentor's commitments stay the mentor's.
    expect(JSON.stringify(cockpit)).not.toContain("recordings of last spring");
  });
});
