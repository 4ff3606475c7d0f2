import type { Tx } from "../../db/client.ts";
import { preparationPages, programManagers, programs } from "../../db/schema-programs.ts";
import { DEFAULT_PREPARATION_PAGES } from "../preparation/default-pages.ts";
import { defaultMatchingSettings } from "../programs/matching-settings.ts";
import type { NeedsAnalysis } from "../programs/needs-analysis.ts";
import { recommendProgram } from "../programs/recommend.ts";
import { insertMany } from "./bulk-insert.ts";
import type { DemoPerson } from "./generate-organization.ts";
import { hashString } from "./random.ts";

export const DEMO_PROGRAM_SLUG = "grow-together";

const NEEDS: NeedsAnalysis = {
  issue: {
    category: "leadership_pipeline",
    details:
      "Too few of our people feel ready for their next role, and we hire leaders from outside.",
  },
  knowledgeSharing: "within_teams",
  leadersModel: "some",
  tools: ["video_calls", "chat", "shared_documents"],
  personalDevicesAllowed: true,
  audience: { who: "everyone", description: "", size: 300 },
};

export type DemoEnrollment = { asMentee: boolean; asMentor: boolean; mentorCapacity: number };

/**
 * Who enrolls in the demo program, and how: most people (about 7 in 8), as mentors when they are
 * open to mentoring (capacity 1–3), as mentees when open to being mentored, some as both; anyone
 * else as a mentee. Deterministic: the same seed gives the same cohort.
 */
export function demoEnrollment(
  person: DemoPerson,
  index: number,
  seed: string,
): DemoEnrollment | null {
  const h = hashString(`${seed}:program:${index}`);
  if (h % 8 === 0) return null;
  const asMentor = person.openToMentor;
  const asMentee = person.openToBeMentored || !asMentor;
  return { asMentee, asMentor, mentorCapacity: asMentor ? 1 + (h % 3) : 1 };
}

/**
 * A career-mentoring program in the matching state with most of the demo people enrolled, so a
 * newcomer can run matching at once. Its managers are the first administrator and the head of
 * People (when there is one).
 */
export async function insertDemoProgram(
  tx: Tx,
  org: string,
  people: DemoPerson[],
  ids: string[],
  seed: string,
) {
  const recommendation = recommendProgram({
    ...NEEDS,
    audience: { ...NEEDS.audience, size: people.length },
  });
  const creator = ids[0] ?? null;
  const [program] = await tx
    .insert(programs)
    .values({
      organizationId: org,
      slug: DEMO_PROGRAM_SLUG,
      name: "Grow together",
      description:
        "A year of career mentoring: people a few steps ahead help colleagues from other teams grow toward their next role.",
      purpose: "high_potential",
      format: "one_to_one",
      roles: "mentor_mentee",
      kind: "career",
      durationMonths: 12,
      cadenceMinWeeks: 2,
      cadenceMaxWeeks: 6,
      measures: recommendation.measures.value,
      needsAnalysis: NEEDS,
      recommendation,
      matching: defaultMatchingSettings("high_potential", "career", "bulk"),
      state: "matching",
      createdById: creator,
    })
    .returning({ id: programs.id });
  if (!program) throw new Error("the demo program insert returned nothing");
  const headOfPeople = people.findIndex((p) => p.department === "People" && p.depth === 1);
  const managerIds = [...new Set([creator, ids[headOfPeople]].filter((id): id is string => !!id))];
  if (managerIds.length > 0) {
    await tx
      .insert(programManagers)
      .values(
        managerIds.map((personId) => ({ organizationId: org, programId: program.id, personId })),
      );
  }
  await tx.insert(preparationPages).values(
    DEFAULT_PREPARATION_PAGES.map((page, position) => ({
      organizationId: org,
      programId: program.id,
      ...page,
      position,
    })),
  );
  const rows = people.flatMap((person, i) => {
    const enrollment = demoEnrollment(person, i, seed);
    return enrollment ? [{ personId: ids[i] as string, ...enrollment }] : [];
  });
  const now = new Date().toISOString();
  await insertMany(tx, "enrollments", rows, {
    organization_id: { type: "uuid", value: () => org },
    program_id: { type: "uuid", value: () => program.id },
    person_id: { type: "uuid", value: (r) => r.personId },
    as_mentee: { type: "boolean", value: (r) => r.asMentee },
    as_mentor: { type: "boolean", value: (r) => r.asMentor },
    mentor_capacity: { type: "int", value: (r) => r.mentorCapacity },
    status: { type: "enrollment_status", value: () => "submitted" },
    submitted_at: { type: "timestamptz", value: () => now },
  });
  return { slug: DEMO_PROGRAM_SLUG, enrolled: rows.length };
}
