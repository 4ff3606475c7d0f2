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
