import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import { enrollments, programManagers, programs, relationships } from "../../db/schema-programs.ts";
import {
  agendaItems,
  agreementAcceptances,
  agreements,
  agreementVersions,
  checkIns,
  commitments,
  debriefs,
  goalProgressNotes,
  mentoringSessions,
  relationshipGoals,
  relationshipMembers,
  sessionAttendance,
  sessionPersonalNotes,
  sessionSharedNotes,
} from "../../db/schema-relationships.ts";
import { defaultMatchingSettings } from "../programs/matching-settings.ts";
import { CONFIDENTIALITY, EARLY_ENDING, STORIES, type Story } from "./demo-stories.ts";
import type { DemoPerson } from "./generate-organization.ts";
import { hashString } from "./random.ts";

export const DEMO_RUNNING_PROGRAM_SLUG = "learning-partners";

const DAY = 24 * 60 * 60 * 1000;

/** Whether one of the two is the other's manager, or further up their chain. */
export function inChain(people: DemoPerson[], a: number, b: number): boolean {
  const above = (from: number, target: number) => {
    for (let at = people[from]?.managerIndex ?? null; at !== null; ) {
      if (at === target) return true;
      at = people[at]?.managerIndex ?? null;
    }
    return false;
  };
  return above(a, b) || above(b, a);
}

/** The people the demo features, by index into its people (null when the organization has none). */
export type FeaturedPeople = {
  ceo: number | null;
  headOfPeople: number | null;
  manager: number | null;
  newcomer: number | null;
};

/**
 * Who plays each story, by index into `people`: the example newcomer is the first story's mentee
 * (so signing in as them shows a living home page) and the example manager mentors the second;
 * everyone else comes in an order drawn from the seed. The CEO and the program's managers stay
 * out. No one is paired with someone in their reporting chain; stories without enough people
 * left are skipped.
 */
export function castStories(
  people: DemoPerson[],
  seed: string,
  featured: { newcomer: number | null; manager: number | null; excluded: number[] },
): { story: Story; cast: number[] }[] {
  const used = new Set<number>(featured.excluded);
  const drawn = people
    .map((_, i) => i)
    .filter((i) => !used.has(i) && i !== featured.newcomer && i !== featured.manager)
    .sort(
      (a, b) => hashString(`${seed}:partners:${a}`) - hashString(`${seed}:partners:${b}`) || a - b,
    );
  const take = (fits: (i: number) => boolean) => {
    const found = drawn.find((i) => !used.has(i) && fits(i));
    if (found !== undefined) used.add(found);
    return found;
  };
  const claim = (i: number | null) => {
    if (i === null || used.has(i)) return undefined;
    used.add(i);
    return i;
  };
  const cast: { story: Story; cast: number[] }[] = [];
  STORIES.forEach((story, n) => {
    const newcomer = n === 0 ? featured.newcomer : null;
    const lead =
      (n === 1 ? claim(featured.manager) : undefined) ??
      take(
        (i) =>
          ((people[i]?.depth ?? 0) <= 3 || people[i]?.openToMentor === true) &&
          (newcomer === null || !inChain(people, i, newcomer)),
      );
    if (lead === undefined) return;
    const members: number[] = [];
    if (newcomer !== null && !inChain(people, lead, newcomer)) {
      const claimed = claim(newcomer);
      if (claimed !== undefined) members.push(claimed);
    }
    while (members.length < story.members) {
      const next = take((i) => !inChain(people, lead, i));
      if (next === undefined) break;
      members.push(next);
    }
    if (members.length < story.members) {
      for (const i of [lead, ...members]) used.delete(i);
      return;
    }
    cast.push({ story, cast: [lead, ...members] });
  });
  return cast;
}

/**
 * A running program with relationships under way: pairs and a circle with their agreements,
 * goals, past sessions (agenda, shared and personal notes, commitments done, open and dropped,
 * "did it happen?" answers), sessions coming up, check-ins, debriefs and one pair gone quiet.
 * Dates count from `now`; everything else follows the seed. A handful of rows per table, each
 * table written in one statement.
 */
export async function insertRunningProgram(
  tx: Tx,
  org: string,
  people: DemoPerson[],
  ids: string[],
  seed: string,
  featured: FeaturedPeople,
  now = new Date(),
) {
  // The CEO and the head of People manage the program, and so play no story.
  const managers = [featured.ceo, featured.headOfPeople].filter((i): i is number => i !== null);
  const managerIds = managers.map((i) => ids[i] as string);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (days: number, hour: number) => new Date(today + days * DAY + hour * 3600_000);
  const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
  const cast = castStories(people, seed, { ...featured, excluded: managers });
  const programId = randomUUID();
  await tx.insert(programs).values({
    id: programId,
    organizationId: org,
    slug: DEMO_RUNNING_PROGRAM_SLUG,
    name: "Learning partners 2026",
    description:
      "Six months of learning in pairs and small circles: colleagues who have walked a path help others along it, and learn as much in return.",
    purpose: "knowledge_transfer",
    format: "one_to_one",
    roles: "mentor_mentee",
    kind: "career",
    durationMonths: 6,
    cadenceMinWeeks: 2,
    cadenceMaxWeeks: 4,
    matching: defaultMatchingSettings("knowledge_transfer", "career", "bulk"),
    state: "running",
    createdById: managerIds[0] ?? null,
    createdAt: at(-80, 9),
  });
  if (managerIds.length > 0) {
    await tx
      .insert(programManagers)
      .values(managerIds.map((personId) => ({ organizationId: org, programId, personId })));
  }
  if (cast.length === 0) {
    return { slug: DEMO_RUNNING_PROGRAM_SLUG, relationships: 0, sessions: 0, showcase: null };
  }
  // The first story's mentee, when the example newcomer plays it.
  const showcaseIndex = cast[0]?.story === STORIES[0] ? cast[0]?.cast[1] : undefined;
  const showcase = showcaseIndex === undefined ? null : (people[showcaseIndex]?.name ?? null);

  const rows = {
    enrollments: [] as (typeof enrollments.$inferInsert)[],
    relationships: [] as (typeof relationships.$inferInsert)[],
    members: [] as (typeof relationshipMembers.$inferInsert)[],
    agreements: [] as (typeof agreements.$inferInsert)[],
    versions: [] as (typeof agreementVersions.$inferInsert)[],
    acceptances: [] as (typeof agreementAcceptances.$inferInsert)[],
    goals: [] as (typeof relationshipGoals.$inferInsert)[],
    progress: [] as (typeof goalProgressNotes.$inferInsert)[],
    sessions: [] as (typeof mentoringSessions.$inferInsert)[],
    attendance: [] as (typeof sessionAttendance.$inferInsert)[],
    agenda: [] as (typeof agendaItems.$inferInsert)[],
    shared: [] as (typeof sessionSharedNotes.$inferInsert)[],
    personal: [] as (typeof sessionPersonalNotes.$inferInsert)[],
    commitments: [] as (typeof commitments.$inferInsert)[],
    checkIns: [] as (typeof checkIns.$inferInsert)[],
    debriefs: [] as (typeof debriefs.$inferInsert)[],
  };
  const base = { organizationId: org };
  for (const { story, cast: playedBy } of cast) {
    const person = (who: number) => ids[playedBy[who] ?? -1] as string;
    const everyone = playedBy.map((_, who) => person(who));
    const relationshipId = randomUUID();
    const startedAt = at(-story.startedDaysAgo, 8);
    const agreedAt = at(-story.startedDaysAgo + 2, 17);
    const isCircle = story.kind === "circle";
    for (const [who, personId] of everyone.entries()) {
      rows.enrollments.push({
        ...base,
        programId,
        personId,
        asMentor: who === 0,
        asMentee: who !== 0,
        status: "submitted",
        submittedAt: at(-story.startedDaysAgo - 14, 10),
      });
    }
    rows.relationships.push({
      ...base,
      id: relationshipId,
      programId,
      kind: story.kind,
      name: story.name ?? null,
      mentorId: person(0),
      menteeId: person(1),
      status: "active",
      source: isCircle ? "manual" : "bulk",
      startedAt,
      menteeConfirmedAt: startedAt,
      mentorConfirmedAt: startedAt,
      agreedAt,
      nudgedAt: story.stalled ? at(-story.stalled.nudgedDaysAgo, 6) : null,
      stalledAt: story.stalled ? at(-story.stalled.stalledDaysAgo, 6) : null,
      reasons: isCircle
        ? []
        : ["You work in different teams", "One of you has done what the other wants to learn"],
      createdAt: at(-story.startedDaysAgo - 3, 8),
    });
    // The members trigger covers pairs; a circle lists its people itself.
    if (isCircle) {
      for (const [who, personId] of everyone.entries()) {
        rows.members.push({
          ...base,
          relationshipId,
          personId,
          role: who === 0 ? "facilitator" : "member",
        });
      }
    }
    const terms = {
      cadenceWeeks: story.agreement.cadenceWeeks,
      sessionMinutes: story.agreement.sessionMinutes,
      channel: story.agreement.channel,
      channelDetail: story.agreement.channelDetail,
      confidentiality: CONFIDENTIALITY,
      mentorResponsibilities: story.agreement.mentorResponsibilities,
      menteeResponsibilities: story.agreement.menteeResponsibilities,
      endsOn: dateOnly(at(-story.startedDaysAgo + 182, 0)),
      earlyEnding: EARLY_ENDING,
    };
    rows.agreements.push({
      ...base,
      relationshipId,
      ...terms,
      updatedById: person(0),
      createdAt: at(-story.startedDaysAgo + 1, 10),
      updatedAt: at(-story.startedDaysAgo + 1, 10),
    });
    const goalIds = story.goals.map(() => randomUUID());
    rows.versions.push({
      ...base,
      relationshipId,
      version: 1,
      snapshot: {
        ...terms,
        goals: story.goals.map((g, i) => ({
          id: goalIds[i],
          title: g.title,
          measure: g.measure,
          status: "not_started",
        })),
      },
      editedById: person(0),
      createdAt: at(-story.startedDaysAgo + 1, 10),
    });
    for (const [who, personId] of everyone.entries()) {
      rows.acceptances.push({
        ...base,
        relationshipId,
        personId,
        version: 1,
        acceptedAt: who === 0 ? at(-story.startedDaysAgo + 1, 10) : agreedAt,
      });
    }
    story.goals.forEach((goal, position) => {
      const goalId = goalIds[position] as string;
      rows.goals.push({
        ...base,
        id: goalId,
        relationshipId,
        title: goal.title,
        measure: goal.measure,
        status: goal.status,
        position,
        createdById: person(1),
        createdAt: at(-story.startedDaysAgo + 1, 10),
      });
      for (const note of goal.progress ?? []) {
        rows.progress.push({
          ...base,
          goalId,
          relationshipId,
          authorId: person(note.by),
          body: note.body,
          createdAt: at(-note.daysAgo, 16),
        });
      }
    });

    const sessionIds = story.sessions.map(() => randomUUID());
    story.sessions.forEach((session, n) => {
      const sessionId = sessionIds[n] as string;
      const startsAt = at(-session.daysAgo, session.hour);
      const answered = session.answeredBy ?? everyone.map((_, who) => who);
      const everyoneAnswered = answered.length === everyone.length;
      rows.sessions.push({
        ...base,
        id: sessionId,
        relationshipId,
        startsAt,
        durationMinutes: story.agreement.sessionMinutes,
        channel: story.agreement.channel,
        channelDetail: story.agreement.channelDetail,
        status: "confirmed",
        proposedById: person(n % 2 === 0 ? 0 : 1),
        confirmedAt: at(-session.daysAgo - 5, 12),
        remindedAt: at(-session.daysAgo - 1, session.hour),
        outcome: everyoneAnswered ? "held" : null,
        createdAt: at(-session.daysAgo - 6, 12),
      });
      for (const who of answered) {
        rows.attendance.push({
          ...base,
          sessionId,
          personId: person(who),
          tookPlace: true,
          answeredAt: at(-session.daysAgo, session.hour + 2),
        });
      }
      session.agenda.forEach((item, position) => {
        rows.agenda.push({
          ...base,
          sessionId,
          relationshipId,
          section: item.section,
          text: item.text,
          addedById: person(item.by),
          position,
          doneAt: startsAt,
          createdAt: at(-session.daysAgo - 2, 9),
        });
      });
      rows.shared.push({
        ...base,
        sessionId,
        relationshipId,
        body: session.shared,
        updatedById: person(0),
        updatedAt: at(-session.daysAgo, session.hour + 1),
      });
      if (session.personal) {
        rows.personal.push({
          ...base,
          sessionId,
          relationshipId,
          personId: person(session.personal.by),
          body: session.personal.body,
          updatedAt: at(-session.daysAgo, session.hour + 1),
        });
      }
      for (const c of session.commitments) {
        const closed = c.status === "open" ? null : at(-session.daysAgo + 3, 18);
        rows.commitments.push({
          ...base,
          relationshipId,
          sessionId,
          ownerId: person(c.by),
          text: c.text,
          dueOn:
            c.dueAfterDays === null ? null : dateOnly(at(-session.daysAgo + c.dueAfterDays, 0)),
          status: c.status,
          dropReason: c.dropReason ?? null,
          closedAt: closed,
          createdById: person(c.by),
          createdAt: at(-session.daysAgo, session.hour + 1),
        });
      }
    });
    if (story.upcoming) {
      const u = story.upcoming;
      rows.sessions.push({
        ...base,
        relationshipId,
        startsAt: at(u.inDays, u.hour),
        durationMinutes: story.agreement.sessionMinutes,
        channel: story.agreement.channel,
        channelDetail: story.agreement.channelDetail,
        status: u.confirmed ? "confirmed" : "proposed",
        proposedById: person(u.proposedBy),
        confirmedAt: u.confirmed ? at(-1, 12) : null,
        createdAt: at(-2, 12),
      });
    }

    // Check-ins: the fit check after the first session, then the regular one at week 4.
    const first = story.sessions[0];
    if (first) {
      const fitDue = new Date(
        at(-first.daysAgo, first.hour).getTime() + story.agreement.sessionMinutes * 60_000,
      );
      for (const personId of everyone) {
        rows.checkIns.push({
          ...base,
          relationshipId,
          personId,
          kind: "fit",
          dueAt: fitDue,
          answeredAt: new Date(fitDue.getTime() + DAY),
          goodFit: true,
        });
      }
    }
    const regularDue = new Date(startedAt.getTime() + 28 * DAY);
    if (regularDue <= now) {
      for (const [who, personId] of everyone.entries()) {
        const pending = story.checkInPending?.includes(who) ?? false;
        const [satisfaction = 4, usefulness = 4, expectations = 4] = story.scores[who] ?? [];
        rows.checkIns.push({
          ...base,
          relationshipId,
          personId,
          kind: "regular",
          dueAt: regularDue,
          answeredAt: pending ? null : new Date(regularDue.getTime() + (1 + who) * DAY),
          ...(pending
            ? {}
            : {
                satisfaction,
                usefulness,
                expectations,
                comment: story.comment?.by === who ? story.comment.text : null,
                atRisk: Math.min(satisfaction, usefulness, expectations) <= 2,
              }),
        });
      }
    }
    for (const d of story.debriefs ?? []) {
      const session = story.sessions[d.afterSession];
      rows.debriefs.push({
        ...base,
        relationshipId,
        programId,
        personId: person(d.by),
        sessionId: sessionIds[d.afterSession] ?? null,
        learned: d.learned,
        sharedWithProgram: d.shared,
        createdAt: at(-(session?.daysAgo ?? 0), 20),
      });
    }
  }

  // Parents before children; each table in one multi-row statement.
  await tx.insert(enrollments).values(rows.enrollments);
  await tx.insert(relationships).values(rows.relationships);
  if (rows.members.length > 0) await tx.insert(relationshipMembers).values(rows.members);
  await tx.insert(agreements).values(rows.agreements);
  await tx.insert(agreementVersions).values(rows.versions);
  await tx.insert(agreementAcceptances).values(rows.acceptances);
  await tx.insert(relationshipGoals).values(rows.goals);
  if (rows.progress.length > 0) await tx.insert(goalProgressNotes).values(rows.progress);
  await tx.insert(mentoringSessions).values(rows.sessions);
  await tx.insert(sessionAttendance).values(rows.attendance);
  await tx.insert(agendaItems).values(rows.agenda);
  await tx.insert(sessionSharedNotes).values(rows.shared);
  if (rows.personal.length > 0) await tx.insert(sessionPersonalNotes).values(rows.personal);
  await tx.insert(commitments).values(rows.commitments);
  await tx.insert(checkIns).values(rows.checkIns);
  if (rows.debriefs.length > 0) await tx.insert(debriefs).values(rows.debriefs);
  return {
    slug: DEMO_RUNNING_PROGRAM_SLUG,
    relationships: rows.relationships.length,
    sessions: rows.sessions.length,
    showcase,
  };
}
