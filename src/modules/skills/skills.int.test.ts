import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personSkillsOffered, personSkillsWanted, skillAliases, skills } from "../../db/schema.ts";
import { notifications } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { starterTaxonomy } from "./starter-taxonomy.ts";

let t: TestApp;
let organizationId: string;
let admin: TestClient;
let ana: TestClient;
let ben: TestClient;
let anaId: string;
let benId: string;

async function signedIn(values: { organizationId: string; role?: "admin" | "member" }) {
  const person = await createPerson(t.db, values);
  const client = new TestClient(t.app);
  await client.signIn(person.email, TEST_PASSWORD);
  return { client, id: person.id };
}

const put = (client: TestClient, url: string, body: unknown) => client.request("PUT", url, body);
const names = (body: { skills: { name: string }[] }) => body.skills.map((skill) => skill.name);

async function createSkill(name: string, synonyms: string[] = [], category?: string) {
  const response = await admin.post("/api/skills", { name, synonyms, category });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; name: string; synonyms: string[] };
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db, { name: "Lantern Works" })).id;
  admin = (await signedIn({ organizationId, role: "admin" })).client;
  ({ client: ana, id: anaId } = await signedIn({ organizationId }));
  ({ client: ben, id: benId } = await signedIn({ organizationId }));
});
afterAll(() => t.close());

describe("type-ahead search", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {};
    for (const name of ["Sales", "Salesforce", "Presales", "Wholesales"]) {
      ids[name] = (await createSkill(name)).id;
    }
    ids.JavaScript = (await createSkill("JavaScript", ["JS", "ECMAScript"])).id;
    ids.JSON = (await createSkill("JSON")).id;
    // Two people offer Wholesales, one Presales: more people, higher in the same rank.
    for (const [client, id] of [
      [ana, anaId],
      [ben, benId],
    ] as const) {
      await put(client, `/api/people/${id}/skills/offered/${ids.Wholesales}`, { level: 3 });
    }
    await put(ana, `/api/people/${anaId}/skills/offered/${ids.Presales}`, { level: 2 });
  });

  it("ranks an exact spelling, then a prefix, then a substring; then by how many offer it", async () => {
    const response = await ana.get("/api/skills?q=SALES");
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(["Sales", "Salesforce", "Wholesales", "Presales"]);
    expect(response.body.skills[2]).toMatchObject({ offeredCount: 2, matchedSynonym: null });
  });

  it("finds a skill by a synonym, and says which one matched", async () => {
    const response = await ana.get("/api/skills?q=js");
    expect(response.body.skills[0]).toMatchObject({ name: "JavaScript", matchedSynonym: "JS" });
    expect(names(response.body)).toEqual(["JavaScript", "JSON"]);
    const ecma = await ana.get("/api/skills?q=ecma%20script");
    expect(ecma.body.skills[0]).toMatchObject({ name: "JavaScript", matchedSynonym: "ECMAScript" });
  });

  it("answers nothing for a search with no letters or digits, and caps the count", async () => {
    expect((await ana.get("/api/skills?q=%25%25")).body.skills).toEqual([]);
    expect((await ana.get("/api/skills")).body.skills).toEqual([]);
    expect((await ana.get("/api/skills?q=s&limit=2")).body.skills).toHaveLength(2);
    expect((await ana.get("/api/skills?q=s&limit=500")).status).toBe(422);
  });
});

describe("proposing a skill", () => {
  it("returns the existing skill when the name already leads to one", async () => {
    const response = await ben.post("/api/skill-proposals", { name: "  javascript. " });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: false, skill: { name: "JavaScript" } });
    const bySynonym = await ben.post("/api/skill-proposals", { name: "JS" });
    expect(bySynonym.body.skill.name).toBe("JavaScript");
  });

  it("queues a new proposal the proposer can use at once; others don't see it in search", async () => {
    const proposed = await ana.post("/api/skill-proposals", {
      name: "Bread  baking",
      category: "Life at work",
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.skill).toMatchObject({ name: "Bread baking", status: "proposed" });
    const id = proposed.body.skill.id;
    const added = await put(ana, `/api/people/${anaId}/skills/wanted/${id}`, { priority: 2 });
    expect(added.status).toBe(200);
    expect(added.body.wanted).toEqual([
      { skill: expect.objectContaining({ id, status: "proposed" }), priority: 2 },
    ]);
    expect(names((await ana.get("/api/skills?q=bread")).body)).toEqual(["Bread baking"]);
    expect(names((await ben.get("/api/skills?q=bread")).body)).toEqual([]);
    // A second proposal of the same skill leads to the first.
    const again = await ben.post("/api/skill-proposals", { name: "bread-baking" });
    expect(again.body).toMatchObject({ created: false, skill: { id, status: "proposed" } });
    const queue = await admin.get("/api/skill-proposals");
    expect(queue.body.proposals).toEqual([
      expect.objectContaining({ id, name: "Bread baking", peopleCount: 1 }),
    ]);
  });

  it("refuses a name with nothing in it", async () => {
    const response = await ana.post("/api/skill-proposals", { name: " ... " });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields.name).toMatch(/letters or digits/);
  });

  it("lets an administrator approve a proposal with corrections", async () => {
    const proposed = await ana.post("/api/skill-proposals", { name: "Sourdogh" });
    const approved = await admin.post(`/api/skill-proposals/${proposed.body.skill.id}/approve`, {
      name: "Sourdough",
      synonyms: ["Sourdogh", "levain baking"],
      category: "Life at work",
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      name: "Sourdough",
      status: "approved",
      synonyms: ["Sourdogh", "levain baking"],
    });
    expect(names((await ben.get("/api/skills?q=levain")).body)).toEqual(["Sourdough"]);
    expect((await admin.get("/api/skill-proposals")).body.proposals).not.toContainEqual(
      expect.objectContaining({ name: "Sourdough" }),
    );
    const twice = await admin.post(`/api/skill-proposals/${proposed.body.skill.id}/approve`, {});
    expect(twice.status).toBe(404);
  });

  it("lets an administrator reject a proposal, which leaves no profile pointing at it", async () => {
    const proposed = await ben.post("/api/skill-proposals", { name: "Juggling chainsaws" });
    const id = proposed.body.skill.id;
    await put(ben, `/api/people/${benId}/skills/offered/${id}`, { level: 5, canTeach: true });
    expect((await ben.delete(`/api/skill-proposals/${id}`)).status).toBe(403);
    expect((await admin.delete(`/api/skill-proposals/${id}`)).status).toBe(204);
    expect(await t.db.select().from(skills).where(eq(skills.id, id))).toEqual([]);
    expect(
      await t.db.select().from(personSkillsOffered).where(eq(personSkillsOffered.skillId, id)),
    ).toEqual([]);
    expect((await ben.get(`/api/people/${benId}/skills`)).body.offered).not.toContainEqual(
      expect.objectContaining({ skill: expect.objectContaining({ id }) }),
    );
    const told = await t.db
      .select({ title: notifications.title, link: notifications.link })
      .from(notifications)
      .where(
        and(eq(notifications.personId, benId), eq(notifications.kind, "skill.proposal_declined")),
      );
    expect(told).toEqual([
      { title: "“Juggling chainsaws” won't be added to the skills list", link: "/profile" },
    ]);
  });
});

describe("editing the taxonomy", () => {
  it("refuses a name or synonym that already leads elsewhere, naming that skill", async () => {
    const clash = await admin.post("/api/skills", { name: "Scripting", synonyms: ["js"] });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain("“js” is already a name or synonym of “JavaScript”");
    expect(clash.body.error.details.fields.synonyms).toContain("JavaScript");
    const scripting = await createSkill("Scripting");
    const rename = await admin.patch(`/api/skills/${scripting.id}`, { name: "ECMA-Script" });
    expect(rename.status).toBe(409);
    expect(rename.body.error.details.fields.name).toContain("JavaScript");
    expect(
      await t.db
        .select({ alias: skillAliases.alias })
        .from(skillAliases)
        .where(eq(skillAliases.skillId, scripting.id)),
    ).toEqual([{ alias: "scripting" }]);
  });

  it("keeps a skill's spellings in step with its name and synonyms", async () => {
    const skill = await createSkill("Kubernetes", ["k8s"]);
    const edited = await admin.patch(`/api/skills/${skill.id}`, {
      name: "Kubernetes operations",
      synonyms: ["kube", "KUBE", "kubernetes operations"],
      description: "Running workloads on Kubernetes clusters.",
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: "Kubernetes operations", synonyms: ["kube"] });
    const aliases = await t.db
      .select({ alias: skillAliases.alias })
      .from(skillAliases)
      .where(eq(skillAliases.skillId, skill.id));
    expect(aliases.map((row) => row.alias).sort()).toEqual(["kube", "kubernetesoperations"]);
    expect((await ana.get("/api/skills?q=k8s")).body.skills).toEqual([]);
  });

  it("is for administrators", async () => {
    expect((await ana.post("/api/skills", { name: "Knitting" })).status).toBe(403);
    expect((await ana.get("/api/skill-proposals")).status).toBe(403);
    expect((await ana.post("/api/skills/adopt-starter")).status).toBe(403);
  });
});

describe("merging duplicates", () => {
  it("moves every profile and spelling to the kept skill in one go, keeping the better of both", async () => {
    const kept = await createSkill("Public speaking", ["presenting to an audience"]);
    const duplicate = await createSkill("Speaking in public", ["oratory"]);
    // Ana has both; Ben only the duplicate.
    await put(ana, `/api/people/${anaId}/skills/offered/${kept.id}`, { level: 2, canTeach: false });
    await put(ana, `/api/people/${anaId}/skills/offered/${duplicate.id}`, {
      level: 4,
      canTeach: true,
    });
    await put(ana, `/api/people/${anaId}/skills/wanted/${kept.id}`, { priority: 3 });
    await put(ana, `/api/people/${anaId}/skills/wanted/${duplicate.id}`, { priority: 1 });
    await put(ben, `/api/people/${benId}/skills/offered/${duplicate.id}`, {
      level: 3,
      canTeach: false,
    });
    await put(ben, `/api/people/${benId}/skills/wanted/${duplicate.id}`, { priority: 2 });

    const merged = await admin.post(`/api/skills/${duplicate.id}/merge`, { intoSkillId: kept.id });
    expect(merged.status).toBe(200);
    expect(merged.body.synonyms).toEqual([
      "presenting to an audience",
      "Speaking in public",
      "oratory",
    ]);

    const anaSkills = (await ana.get(`/api/people/${anaId}/skills`)).body;
    expect(anaSkills.offered).toContainEqual({
      skill: expect.objectContaining({ id: kept.id }),
      level: 4,
      canTeach: true,
    });
    expect(anaSkills.wanted).toContainEqual({
      skill: expect.objectContaining({ id: kept.id }),
      priority: 3,
    });
    const benSkills = (await ben.get(`/api/people/${benId}/skills`)).body;
    expect(benSkills.offered).toContainEqual({
      skill: expect.objectContaining({ id: kept.id }),
      level: 3,
      canTeach: false,
    });
    expect(benSkills.wanted).toContainEqual({
      skill: expect.objectContaining({ id: kept.id }),
      priority: 2,
    });
    for (const table of [personSkillsOffered, personSkillsWanted]) {
      expect(await t.db.select().from(table).where(eq(table.skillId, duplicate.id))).toEqual([]);
    }
    expect(await t.db.select().from(skills).where(eq(skills.id, duplicate.id))).toEqual([]);
    const oratory = await ben.get("/api/skills?q=oratory");
    expect(oratory.body.skills[0]).toMatchObject({ id: kept.id, matchedSynonym: "oratory" });
    const again = await ben.post("/api/skill-proposals", { name: "speaking-in-public" });
    expect(again.body.skill.id).toBe(kept.id);
  });

  it("refuses to merge a skill into itself or into a proposal, changing nothing", async () => {
    const skill = await createSkill("Calligraphy");
    const proposal = await ana.post("/api/skill-proposals", { name: "Brush lettering" });
    const self = await admin.post(`/api/skills/${skill.id}/merge`, { intoSkillId: skill.id });
    expect(self.status).toBe(400);
    const intoProposal = await admin.post(`/api/skills/${skill.id}/merge`, {
      intoSkillId: proposal.body.skill.id,
    });
    expect(intoProposal.status).toBe(400);
    expect(intoProposal.body.error.message).toContain("“Brush lettering” is still a proposal");
    expect(await t.db.select().from(skills).where(eq(skills.id, skill.id))).toHaveLength(1);
  });

  it("merges a proposal into an existing skill from the review queue", async () => {
    const kept = await createSkill("Watercolour painting");
    const proposal = await ana.post("/api/skill-proposals", { name: "Aquarelle" });
    await put(ana, `/api/people/${anaId}/skills/offered/${proposal.body.skill.id}`, { level: 1 });
    const merged = await admin.post(`/api/skills/${proposal.body.skill.id}/merge`, {
      intoSkillId: kept.id,
    });
    expect(merged.body).toMatchObject({ name: "Watercolour painting", synonyms: ["Aquarelle"] });
    const anaSkills = (await ana.get(`/api/people/${anaId}/skills`)).body;
    expect(anaSkills.offered).toContainEqual(
      expect.objectContaining({ skill: expect.objectContaining({ id: kept.id }), level: 1 }),
    );
  });
});

describe("a person's skills", () => {
  it("are theirs to change; an administrator may change anyone's", async () => {
    const skill = await createSkill("Knot tying");
    const url = `/api/people/${anaId}/skills/offered/${skill.id}`;
    const byBen = await put(ben, url, { level: 3 });
    expect(byBen.status).toBe(403);
    expect(byBen.body.error.message).toBe("You can only change your own skills.");
    expect((await put(admin, url, { level: 3 })).status).toBe(200);
    const changed = await put(ana, url, { level: 5, canTeach: false });
    expect(changed.body.offered).toContainEqual({
      skill: expect.objectContaining({ id: skill.id, name: "Knot tying" }),
      level: 5,
      canTeach: false,
    });
    expect((await put(ana, url, { level: 6 })).status).toBe(422);
    expect((await ana.delete(url)).status).toBe(204);
    expect((await ana.delete(url)).status).toBe(204);
    const after = await ben.get(`/api/people/${anaId}/skills`);
    expect(after.status).toBe(200);
    expect(after.body.offered).not.toContainEqual(
      expect.objectContaining({ skill: expect.objectContaining({ id: skill.id }) }),
    );
  });
});

describe("the starter taxonomy", () => {
  it("is adopted in full once, and adopting again adds nothing", async () => {
    const first = await admin.post("/api/skills/adopt-starter");
    expect(first.status).toBe(200);
    // JavaScript, Salesforce and Public speaking were made by hand above: those are skipped.
    expect(first.body.added + first.body.skipped).toBe(starterTaxonomy.skills.length);
    expect(first.body.skipped).toBe(3);
    const again = await admin.post("/api/skills/adopt-starter");
    expect(again.body).toEqual({ added: 0, skipped: starterTaxonomy.skills.length });
    const k8s = await ana.get("/api/skills?q=k8s");
    expect(k8s.body.skills[0]).toMatchObject({ name: "Kubernetes", matchedSynonym: "k8s" });
    const categories = await ana.get("/api/skill-categories");
    expect(categories.body.categories).toContainEqual({
      name: "Programming languages",
      skillCount: expect.any(Number),
    });
    const catalog = await ana.get("/api/skills/catalog?category=Programming%20languages");
    expect(names(catalog.body)).toContain("TypeScript");
    const escoSkill = (await ana.get("/api/skills/catalog")).body.skills.find(
      (skill: { name: string }) => skill.name === "Giving feedback",
    );
    expect(escoSkill.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  });

  it("keeps a clashing synonym with the skill that had it", async () => {
    // "JS" was JavaScript's before adoption, and "Kubernetes operations" kept "kube".
    const [javascript] = await t.db
      .select({ synonyms: skills.synonyms })
      .from(skills)
      .where(and(eq(skills.organizationId, organizationId), eq(skills.name, "JavaScript")));
    expect(javascript?.synonyms).toEqual(["JS", "ECMAScript"]);
  });
});

describe("tenant isolation", () => {
  let otherSkillId: string;
  let otherPersonId: string;
  beforeAll(async () => {
    const other = await createOrganization(t.db, { name: "Elsewhere Ltd" });
    const otherAdmin = await signedIn({ organizationId: other.id, role: "admin" });
    otherPersonId = otherAdmin.id;
    const created = await otherAdmin.client.post("/api/skills", {
      name: "Glassblowing",
      synonyms: ["lampworking"],
    });
    otherSkillId = created.body.id;
    await put(otherAdmin.client, `/api/people/${otherPersonId}/skills/offered/${otherSkillId}`, {
      level: 5,
    });
  });

  it("never shows another organization's skills", async () => {
    expect((await ana.get("/api/skills?q=glass")).body.skills).toEqual([]);
    expect((await ana.get("/api/skills?q=lampworking")).body.skills).toEqual([]);
    expect(names((await ana.get("/api/skills/catalog")).body)).not.toContain("Glassblowing");
    expect((await ana.get(`/api/people/${otherPersonId}/skills`)).status).toBe(404);
  });

  it("never lets a profile or the taxonomy reference another organization's skill", async () => {
    const offered = await put(ana, `/api/people/${anaId}/skills/offered/${otherSkillId}`, {
      level: 3,
    });
    expect(offered.status).toBe(404);
    const wanted = await put(ana, `/api/people/${anaId}/skills/wanted/${otherSkillId}`, {
      priority: 3,
    });
    expect(wanted.status).toBe(404);
    const ours = await createSkill("Glass fusing");
    const mergeInto = await admin.post(`/api/skills/${ours.id}/merge`, {
      intoSkillId: otherSkillId,
    });
    expect(mergeInto.status).toBe(404);
    const mergeFrom = await admin.post(`/api/skills/${otherSkillId}/merge`, {
      intoSkillId: ours.id,
    });
    expect(mergeFrom.status).toBe(404);
    expect((await admin.patch(`/api/skills/${otherSkillId}`, { name: "Mine now" })).status).toBe(
      404,
    );
    expect((await admin.delete(`/api/skill-proposals/${otherSkillId}`)).status).toBe(404);
    // The same spelling is free in each organization.
    expect((await admin.post("/api/skills", { name: "Lampworking" })).status).toBe(201);
    const [glass] = await t.db.select().from(skills).where(eq(skills.id, otherSkillId));
    expect(glass).toMatchObject({ name: "Glassblowing", synonyms: ["lampworking"] });
    expect(
      await t.db
        .select({ personId: personSkillsOffered.personId })
        .from(personSkillsOffered)
        .where(eq(personSkillsOffered.skillId, otherSkillId)),
    ).toEqual([{ personId: otherPersonId }]);
  });
});
