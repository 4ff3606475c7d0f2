import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { addSkill, offer } from "./test-data.ts";

let t: TestApp;
let org: string;
let asker: Awaited<ReturnType<typeof createPerson>>;
let client: TestClient;
let javascript: Awaited<ReturnType<typeof addSkill>>;

async function person(name: string, profile: Partial<typeof people.$inferInsert> = {}) {
  const created = await createPerson(t.db, { organizationId: org, name });
  if (Object.keys(profile).length > 0) {
    await t.db.update(people).set(profile).where(eq(people.id, created.id));
  }
  return created;
}

type Helper = {
  name: string;
  level: number;
  canTeach: boolean;
  available: boolean;
  placesLeft: number;
};
async function ask(skill: string, extra = "") {
  const response = await client.get(
    `/api/directory/who-can-help?skill=${encodeURIComponent(skill)}${extra}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as {
    skill: { id: string; name: string } | null;
    suggestions: { name: string }[];
    people: Helper[];
    total: number;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  org = (await createOrganization(t.db)).id;
  asker = await person("Asha Asker");
  client = new TestClient(t.app);
  await client.signIn(asker.email, TEST_PASSWORD);
  javascript = await addSkill(t.db, org, "JavaScript", ["JS", "ECMAScript"]);
  await addSkill(t.db, org, "Java");
  await addSkill(t.db, org, "JavaScript testing");

  const mentor = { openToMentor: true, mentorCapacity: 2 };
  // Expected order: can teach with a place free (by level), then the rest by level, then name.
  await offer(
    t.db,
    await person("Ada Expert-Busy", { openToMentor: false }),
    javascript.id,
    5,
    true,
  );
  await offer(t.db, await person("Bo Teacher", mentor), javascript.id, 3, true);
  await offer(t.db, await person("Cy Master", mentor), javascript.id, 5, true);
  await offer(
    t.db,
    await person("Di No-Places", { openToMentor: true, mentorCapacity: 0 }),
    javascript.id,
    4,
    true,
  );
  await offer(t.db, await person("Ed Learner", mentor), javascript.id, 5, false);
  await offer(
    t.db,
    await person("Fay Gone", { ...mentor, status: "deactivated" }),
    javascript.id,
    5,
  );
  await offer(t.db, asker, javascript.id, 5, true);
});
afterAll(() => t.close());

describe("who can help me with…", () => {
  it("ranks people who can teach and have time first, then by level; never the asker or the deactivated", async () => {
    const answer = await ask("JavaScript");
    expect(answer.skill).toEqual({ id: javascript.id, name: "JavaScript" });
    expect(answer.people.map((p) => p.name)).toEqual([
      "Cy Master",
      "Bo Teacher",
      "Ada Expert-Busy",
      "Ed Learner",
      "Di No-Places",
    ]);
    expect(answer.total).toBe(5);
    expect(answer.people[0]).toMatchObject({
      level: 5,
      canTeach: true,
      available: true,
      placesLeft: 2,
    });
    expect(answer.people[2]).toMatchObject({ available: false, placesLeft: 0 });
    expect(answer.people[4]).toMatchObject({ available: false, placesLeft: 0 });
  });

  it("understands the skill's synonyms and other spellings", async () => {
    for (const spelling of ["js", "JS", "ecmascript", "java script", " JavaScript "]) {
      expect((await ask(spelling)).skill?.name, spelling).toBe("JavaScript");
    }
    expect((await ask(javascript.id)).people).toHaveLength(5);
  });

  it("suggests skills with a similar name when none matches exactly", async () => {
    const answer = await ask("script");
    expect(answer.skill).toBeNull();
    expect(answer.people).toEqual([]);
    expect(answer.suggestions.map((s) => s.name)).toEqual(["JavaScript", "JavaScript testing"]);
    expect((await ask("%")).suggestions).toEqual([]);
    expect((await ask("zzz unknown")).suggestions).toEqual([]);
  });

  it("pages through the helpers", async () => {
    const first = await ask("js", "&pageSize=2");
    const second = await ask("js", "&pageSize=2&page=2");
    expect(first.people.map((p) => p.name)).toEqual(["Cy Master", "Bo Teacher"]);
    expect(second.people.map((p) => p.name)).toEqual(["Ada Expert-Busy", "Ed Learner"]);
  });

  it("only looks in the asker's organization", async () => {
    const other = (await createOrganization(t.db)).id;
    const theirs = await addSkill(t.db, other, "Rust", ["rustlang"]);
    const stranger = await createPerson(t.db, { organizationId: other, name: "Rusty Stranger" });
    await offer(t.db, stranger, theirs.id, 5);
    expect((await ask("rust")).skill).toBeNull();
    expect((await ask(theirs.id)).skill).toBeNull();
    expect((await ask("rust")).suggestions).toEqual([]);
  });

  it("answers nobody until a skill is named, and explains a name that is too long", async () => {
    for (const query of ["", "?skill=", "?skill=%20%20", "?skill=%26%7C!%3A*()"]) {
      const response = await client.get(`/api/directory/who-can-help${query}`);
      expect(response.status, query).toBe(200);
      expect(response.body).toMatchObject({ skill: null, people: [], total: 0 });
    }
    const long = await client.get(`/api/directory/who-can-help?skill=${"x".repeat(201)}`);
    expect(long.status).toBe(422);
    expect(long.body.error.message).toMatch(/skill/i);
  });
});
