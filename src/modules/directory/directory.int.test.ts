import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goals, people, personPhotos, personSkillsOffered, skills } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { searchDirectory, searchDirectoryInput } from "./search-directory.ts";
import { addGoal, addSkill, documentOf, offer, want } from "./test-data.ts";

let t: TestApp;
let org: string;
let member: TestClient;
let admin: TestClient;
type Person = Awaited<ReturnType<typeof createPerson>>;
type Profile = Partial<typeof people.$inferInsert>;

async function person(name: string, profile: Profile = {}, organizationId = org) {
  const created = await createPerson(t.db, { organizationId, name });
  if (Object.keys(profile).length > 0) {
    await t.db.update(people).set(profile).where(eq(people.id, created.id));
  }
  return created;
}

async function signedIn(who: Person) {
  const client = new TestClient(t.app);
  await client.signIn(who.email, TEST_PASSWORD);
  return client;
}

type Card = {
  id: string;
  name: string;
  photoUrl: string | null;
  topSkills: { name: string; level: number }[];
};
type Page = { people: Card[]; total: number; totalIsExact: boolean };

async function search(query: Record<string, string | number | boolean>, client = member) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const response = await client.get(`/api/directory?${qs}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Page;
}
const namesFor = async (q: string, extra: Record<string, string | number | boolean> = {}) =>
  (await search({ q, pageSize: 100, ...extra })).people.map((p) => p.name).sort();

let ana: Person;
let jose: Person;
let ivan: Person;
let wang: Person;
let typescript: Awaited<ReturnType<typeof addSkill>>;
let speaking: Awaited<ReturnType<typeof addSkill>>;

beforeAll(async () => {
  t = await createTestApp();
  org = (await createOrganization(t.db)).id;
  const asker = await person("Quinn Asker", { title: "Support specialist" });
  member = await signedIn(asker);
  admin = await signedIn(await createPerson(t.db, { organizationId: org, role: "admin" }));
  typescript = await addSkill(t.db, org, "TypeScript", ["TS"]);
  speaking = await addSkill(t.db, org, "Public speaking");

  ana = await person("Ana Silva", {
    title: "Data engineer",
    department: "Engineering",
    location: "Lisbon",
    bio: "I draw maps of old railways.",
    openToMentor: true,
  });
  jose = await person("José Álvarez", {
    preferredName: "Pepe",
    department: "Engineering",
    location: "Madrid",
  });
  ivan = await person("Иван Петров", { department: "Sales", location: "Lisbon" });
  wang = await person("王小明", { department: "Sales", title: "Account manager" });
  await person("Siobhán O'Brien", { department: "People", openToMentor: true });
  await offer(t.db, ana, typescript.id, 4);
  await offer(t.db, jose, speaking.id, 3);
  await want(t.db, ivan, typescript.id, 3);
  await addGoal(t.db, wang, "Learn to negotiate renewals with confidence");
});
afterAll(() => t.close());

describe("search", () => {
  it("finds people by the start of any word of their name, in any order", async () => {
    expect(await namesFor("ana")).toEqual(["Ana Silva"]);
    expect(await namesFor("silv an")).toEqual(["Ana Silva"]);
    expect(await namesFor("pepe")).toEqual(["José Álvarez"]);
  });

  it("ignores accents and case, and finds names in other scripts", async () => {
    expect(await namesFor("jose alvarez")).toEqual(["José Álvarez"]);
    expect(await namesFor("ÁLVAREZ")).toEqual(["José Álvarez"]);
    expect(await namesFor("siobhan")).toEqual(["Siobhán O'Brien"]);
    expect(await namesFor("o'brien")).toEqual(["Siobhán O'Brien"]);
    expect(await namesFor("иван")).toEqual(["Иван Петров"]);
    expect(await namesFor("ПЕТ")).toEqual(["Иван Петров"]);
    expect(await namesFor("王小")).toEqual(["王小明"]);
  });

  it("finds people by title, bio, department, location, skills offered and wanted, and goals", async () => {
    expect(await namesFor("data engineer")).toEqual(["Ana Silva"]);
    expect(await namesFor("railways")).toEqual(["Ana Silva"]);
    expect(await namesFor("lisbon")).toEqual(["Ana Silva", "Иван Петров"]);
    expect(await namesFor("typescript")).toEqual(["Ana Silva", "Иван Петров"]);
    expect(await namesFor("ts")).toEqual(["Ana Silva", "Иван Петров"]);
    expect(await namesFor("public speak")).toEqual(["José Álvarez"]);
    expect(await namesFor("negotiate renewals")).toEqual(["王小明"]);
    expect(await namesFor("people")).toEqual(["Siobhán O'Brien"]);
  });

  it("puts people whose name matches first, however often the words appear elsewhere", async () => {
    const lisbeth = await person("Lisbeth Moreau", { title: "Designer" });
    const everywhere = await person("Kai Brandt", {
      title: "Lisbon office lead",
      department: "Lisbon hub",
      location: "Lisbon",
      bio: "Lisbon, Lisbon, Lisbon.",
    });
    const result = await search({ q: "lisb" });
    expect(result.people.map((p) => p.name)).toEqual([
      "Lisbeth Moreau",
      "Kai Brandt",
      "Ana Silva",
      "Иван Петров",
    ]);
    await t.db.delete(people).where(eq(people.id, lisbeth.id));
    await t.db.delete(people).where(eq(people.id, everywhere.id));
  });

  it("shows each card's strongest skills and nothing private", async () => {
    const [card] = (await search({ q: "ana silva" })).people;
    expect(card).toMatchObject({
      name: "Ana Silva",
      title: "Data engineer",
      department: "Engineering",
      location: "Lisbon",
      openToMentor: true,
      topSkills: [{ name: "TypeScript", level: 4 }],
    });
    expect(Object.keys(card ?? {})).not.toContain("email");
    expect(Object.keys(card ?? {})).not.toContain("bio");
    expect(card?.photoUrl).toBeNull();
    await t.db.insert(personPhotos).values({
      personId: ana.id,
      organizationId: org,
      contentType: "image/webp",
      data: Buffer.from("not really a picture"),
      version: "v1abc",
    });
    const [withPhoto] = (await search({ q: "ana silva" })).people;
    expect(withPhoto?.photoUrl).toBe(`/api/people/${ana.id}/photo?v=v1abc`);
    await t.db.delete(personPhotos).where(eq(personPhotos.personId, ana.id));
  });

  it("answers anything typed with a page, never an error", async () => {
    const inputs = [
      "'",
      "''",
      "\\",
      "\\'",
      "&|!:*()",
      "a & b | !c",
      "ana:*",
      "ana:A",
      "<->",
      "ana <-> silva",
      "(((",
      "!!!ana",
      "' or 1=1 --",
      "); drop table people; --",
      "%_%",
      "$1",
      "😀 ana",
      "\u0000ana",
      "a".repeat(999),
      "word ".repeat(199),
      "x:y:z 10:30 a/b c\\d e'f",
    ];
    for (const q of inputs) {
      const response = await member.get(`/api/directory?q=${encodeURIComponent(q)}`);
      expect(response.status, `${JSON.stringify(q)}: ${JSON.stringify(response.body)}`).toBe(200);
    }
    expect(await namesFor("!!!ana")).toEqual(["Ana Silva"]);
    expect(await namesFor("ana:*")).toEqual(["Ana Silva"]);
  });

  it("says what is wrong with a query it can't read", async () => {
    for (const query of [
      `q=${"a".repeat(1001)}`,
      "page=0",
      "page=abc",
      "pageSize=1000",
      "offered=not-a-uuid",
      "openToMentor=maybe",
      "department=a&department=b",
      "page=5000",
    ]) {
      const response = await member.get(`/api/directory?${query}`);
      expect(response.status, query).toBeGreaterThanOrEqual(400);
      expect(response.status, query).toBeLessThan(500);
      expect(response.body.error.message, query).toMatch(/^[A-Z“]/);
    }
  });
});

describe("filters", () => {
  it("combine with each other and with the search", async () => {
    expect(await namesFor("", { department: "Engineering" })).toEqual([
      "Ana Silva",
      "José Álvarez",
    ]);
    expect(await namesFor("", { location: "Lisbon", department: "Sales" })).toEqual([
      "Иван Петров",
    ]);
    expect(await namesFor("", { openToMentor: true })).toEqual(["Ana Silva", "Siobhán O'Brien"]);
    expect(await namesFor("", { offered: typescript.id })).toEqual(["Ana Silva"]);
    expect(await namesFor("", { wanted: typescript.id })).toEqual(["Иван Петров"]);
    expect(await namesFor("lisbon", { offered: typescript.id })).toEqual(["Ana Silva"]);
    expect(await namesFor("lisbon", { department: "Engineering", openToMentor: false })).toEqual(
      [],
    );
  });

  it("lists departments and locations with how many people are in each", async () => {
    const response = await member.get("/api/directory/filters");
    expect(response.status).toBe(200);
    expect(response.body.departments).toEqual([
      { name: "Engineering", count: 2 },
      { name: "People", count: 1 },
      { name: "Sales", count: 2 },
    ]);
    expect(response.body.locations).toEqual([
      { name: "Lisbon", count: 2 },
      { name: "Madrid", count: 1 },
    ]);
  });
});

describe("many matches", () => {
  it("past the counted total, lists matches in name order and says the count is a floor", async () => {
    const actor = { personId: ana.id, organizationId: org, role: "member" as const };
    const search = (q: string, page = 1) =>
      searchDirectory(
        { ...t.services, actor },
        searchDirectoryInput.parse({ q, page: String(page), pageSize: "2" }),
        3,
      );
    const all = await namesFor("s");
    expect(all.length).toBeGreaterThan(3);
    const first = await search("s");
    expect(first).toMatchObject({ total: 3, totalIsExact: false });
    const second = await search("s", 2);
    const shown = [...first.people, ...second.people].map((p) => p.name);
    expect(shown).toEqual([...shown].sort());
    expect(shown.every((name) => all.includes(name))).toBe(true);
    // Few matches: ranked by relevance, counted exactly.
    expect(await search("railways")).toMatchObject({ total: 1, totalIsExact: true });
  });
});

describe("paging", () => {
  it("is sorted by name and stable: every person once across the pages", async () => {
    const everyone = await search({ pageSize: 100 });
    const names = everyone.people.map((p) => p.name);
    expect(names).toEqual([...names].sort());
    expect(everyone.total).toBe(everyone.people.length);
    expect(everyone.totalIsExact).toBe(true);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(everyone.total / 2); page++) {
      const result = await search({ pageSize: 2, page });
      expect(result.total).toBe(everyone.total);
      seen.push(...result.people.map((p) => p.id));
    }
    expect(seen).toEqual(everyone.people.map((p) => p.id));
  });
});

describe("who is listed", () => {
  it("leaves deactivated people out; administrators may ask for them", async () => {
    const gone = await person("Ana Departed", { status: "deactivated" });
    expect(await namesFor("ana")).toEqual(["Ana Silva"]);
    const all = await search({ q: "ana", includeDeactivated: true, pageSize: 100 }, admin);
    expect(all.people.map((p) => p.name).sort()).toEqual(["Ana Departed", "Ana Silva"]);
    const refused = await member.get("/api/directory?includeDeactivated=true");
    expect(refused.status).toBe(403);
    await t.db.delete(people).where(eq(people.id, gone.id));
  });

  it("never shows another organization's people, even searched for by name or skill", async () => {
    const other = (await createOrganization(t.db)).id;
    const stranger = await person("Ana Stranger", { department: "Engineering" }, other);
    const theirSkill = await addSkill(t.db, other, "TypeScript");
    await offer(t.db, stranger, theirSkill.id, 5);
    expect(await namesFor("ana")).toEqual(["Ana Silva"]);
    expect(await namesFor("stranger")).toEqual([]);
    expect(await namesFor("", { offered: theirSkill.id })).toEqual([]);
    const filters = await member.get("/api/directory/filters");
    expect(filters.body.departments).toContainEqual({ name: "Engineering", count: 2 });
    const theirs = await signedIn(stranger);
    expect((await search({ q: "ana" }, theirs)).people.map((p) => p.name)).toEqual([
      "Ana Stranger",
    ]);
  });
});

describe("the search documents follow every change (triggers)", () => {
  it("when skills are added, changed, renamed and removed", async () => {
    const kim = await person("Kim Lee");
    const skill = await addSkill(t.db, org, "Watercolour painting");
    expect(await namesFor("watercolour")).toEqual([]);
    await offer(t.db, kim, skill.id, 2);
    expect(await namesFor("watercolour")).toEqual(["Kim Lee"]);
    await t.db
      .update(skills)
      .set({ name: "Aquarelle", synonyms: ["Watercolor"] })
      .where(eq(skills.id, skill.id));
    expect(await namesFor("aquarelle")).toEqual(["Kim Lee"]);
    expect(await namesFor("watercolor")).toEqual(["Kim Lee"]);
    expect(await namesFor("watercolour")).toEqual([]);
    await t.db
      .update(personSkillsOffered)
      .set({ skillId: speaking.id })
      .where(eq(personSkillsOffered.personId, kim.id));
    expect(await namesFor("aquarelle")).toEqual([]);
    expect(await namesFor("public speaking")).toEqual(["José Álvarez", "Kim Lee"]);
    await t.db.delete(personSkillsOffered).where(eq(personSkillsOffered.personId, kim.id));
    expect(await namesFor("public speaking")).toEqual(["José Álvarez"]);
    await want(t.db, kim, skill.id);
    expect(await namesFor("aquarelle")).toEqual(["Kim Lee"]);
    await t.db.delete(skills).where(eq(skills.id, skill.id));
    expect(await namesFor("aquarelle")).toEqual([]);
  });

  it("when goals and the profile change", async () => {
    const sam = await person("Sam Okafor");
    await addGoal(t.db, sam, "Run a workshop on estimation");
    expect(await namesFor("estimation")).toEqual(["Sam Okafor"]);
    await t.db
      .update(goals)
      .set({ text: "Mentor two new joiners" })
      .where(eq(goals.personId, sam.id));
    expect(await namesFor("estimation")).toEqual([]);
    expect(await namesFor("joiners")).toEqual(["Sam Okafor"]);
    await t.db
      .update(people)
      .set({ name: "Samira Okafor", title: "Staff engineer", location: "Lagos" })
      .where(eq(people.id, sam.id));
    expect(await namesFor("samira lagos staff joiners")).toEqual(["Samira Okafor"]);
    await t.db.delete(goals).where(eq(goals.personId, sam.id));
    expect(await namesFor("joiners")).toEqual([]);
    expect(await documentOf(t.db, sam.id)).toContain("'samira':1A");
  });

  it("when a person is deleted with their skills and goals", async () => {
    const temp = await person("Tem Porary");
    await offer(t.db, temp, typescript.id, 1);
    await addGoal(t.db, temp, "Stay a while");
    await t.db.delete(people).where(eq(people.id, temp.id));
    expect(await documentOf(t.db, temp.id)).toBeNull();
    expect(await namesFor("typescript")).toEqual(["Ana Silva", "Иван Петров"]);
  });
});
