import { and, eq } from "drizzle-orm";
import { relationships } from "../../db/schema-programs.ts";
import {
  agreementAcceptances,
  agreements,
  mentoringSessions,
  relationshipMembers,
} from "../../db/schema-relationships.ts";
import type { TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { insertProgram } from "../enrollment/test-support.ts";
import { type Member, member } from "../mentor-requests/test-support.ts";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Everyone the firewall is tested against, in one organization: a running program with its
 * manager, an administrator, a mentee with a line manager and a skip-level manager, a mentor,
 * and a bystander who is in another pair of the same program.
 */
export async function relationshipWorld(t: TestApp) {
  const organizationId = (await createOrganization(t.db)).id;
  const skipManager = await member(t, organizationId, { name: "Sam Skiplevel" });
  const lineManager = await member(t, organizationId, {
    name: "Lou Linemanager",
    managerId: skipManager.id,
  });
  const mentee = await member(t, organizationId, {
    name: "Mina Mentee",
    managerId: lineManager.id,
  });
  const mentor = await member(t, organizationId, { name: "Theo Mentor" });
  const programManager = await member(t, organizationId, { name: "Pia Programmanager" });
  const admin = await member(t, organizationId, { name: "Ada Admin", role: "admin" });
  const bystander = await member(t, organizationId, { name: "Bea Bystander" });
  const bystanderMentor = await member(t, organizationId, { name: "Ben Othermentor" });
  const program = await insertProgram(t.db, {
    organizationId,
    state: "running",
    kind: "career",
    durationMonths: 6,
    matching: { mode: "bulk" },
    managerIds: [programManager.id],
  });
  const world = {
    organizationId,
    program,
    skipManager,
    lineManager,
    mentee,
    mentor,
    programManager,
    admin,
    bystander,
    bystanderMentor,
  };
  const bystanderPair = await activePair(t, world, { mentee: bystander, mentor: bystanderMentor });
  return { ...world, bystanderPair };
}

export type RelationshipWorld = Awaited<ReturnType<typeof relationshipWorld>>;

/** An active pair (started today), optionally with an agreement both have accepted. */
export async function activePair(
  t: TestApp,
  world: { organizationId: string; program: { id: string } },
  people: { mentee: Member; mentor: Member },
  options: { agreed?: boolean; startedAt?: Date } = {},
) {
  const startedAt = options.startedAt ?? new Date();
  const [relationship] = await t.db
    .insert(relationships)
    .values({
      organizationId: world.organizationId,
      programId: world.program.id,
      menteeId: people.mentee.id,
      mentorId: people.mentor.id,
      status: "active",
      source: "bulk",
      startedAt,
      menteeConfirmedAt: startedAt,
      mentorConfirmedAt: startedAt,
    })
    .returning();
  if (!relationship) throw new Error("no relationship");
  if (options.agreed) await agreeDirectly(t, relationship.id, startedAt);
  return relationship;
}

/** Writes an accepted agreement straight to the database (for tests of what comes after). */
export async function agreeDirectly(t: TestApp, relationshipId: string, at = new Date()) {
  const [relationship] = await t.db
    .select()
    .from(relationships)
    .where(eq(relationships.id, relationshipId));
  if (!relationship) throw new Error("no relationship");
  await t.db.insert(agreements).values({
    relationshipId,
    organizationId: relationship.organizationId,
    cadenceWeeks: 3,
    sessionMinutes: 45,
    channel: "video",
    channelDetail: "https://meet.example.test/pair",
    confidentiality: "What we say stays between us.",
    endsOn: new Date(at.getTime() + 180 * DAY).toISOString().slice(0, 10),
    earlyEnding: "Either of us can end it, no fault, with a short note.",
  });
  const members = await t.db
    .select()
    .from(relationshipMembers)
    .where(eq(relationshipMembers.relationshipId, relationshipId));
  for (const m of members) {
    await t.db.insert(agreementAcceptances).values({
      relationshipId,
      personId: m.personId,
      organizationId: relationship.organizationId,
      version: 1,
      acceptedAt: at,
    });
  }
  await t.db
    .update(relationships)
    .set({ agreedAt: at })
    .where(and(eq(relationships.id, relationshipId)));
}

/** A confirmed session written straight to the database. */
export async function insertSession(
  t: TestApp,
  relationship: { id: string; organizationId: string },
  startsAt: Date,
  values: Partial<typeof mentoringSessions.$inferInsert> = {},
) {
  const [session] = await t.db
    .insert(mentoringSessions)
    .values({
      relationshipId: relationship.id,
      organizationId: relationship.organizationId,
      startsAt,
      durationMinutes: 45,
      channel: "video",
      status: "confirmed",
      confirmedAt: startsAt,
      ...values,
    })
    .returning();
  if (!session) throw new Error("no session");
  return session;
}
