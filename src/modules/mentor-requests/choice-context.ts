import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { mentorRequests, type Program, relationships } from "../../db/schema-programs.ts";
import { createScorer, type ProfileScorer } from "../../matching/score.ts";
import { type LoadedCohort, loadCohort } from "../program-matching/load-cohort.ts";
import { topReasons } from "../program-matching/reasons.ts";
import { scoringConfigFor } from "../program-matching/scoring-config.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { type ShortlistEntry, spreadShortlists } from "./spread-shortlists.ts";

export type ShortlistedMentor = { personId: string; score: number };

export type ChoiceContext = {
  loaded: LoadedCohort;
  scorer: ProfileScorer;
  shortlistSize: number;
  responseDays: number;
  /** Mentee person id → their shortlist, best first. */
  shortlists: Map<string, ShortlistedMentor[]>;
  /** The top reasons a shortlisted mentor suits a mentee (worked out only when asked). */
  reasons(menteeId: string, mentorId: string): string[];
  /** Mentee person ids in the cohort (enrolled, prepared), with or without a match. */
  mentees: Set<string>;
  /** Mentees who already have a proposed or active relationship in the program. */
  matched: Set<string>;
};

/**
 * Everything mentee choice needs about a program at this moment: the cohort and its scorer,
 * each mentor's places left (their capacity minus proposed and active relationships), and the
 * spread shortlists of every mentee still looking. A mentee never sees a mentor they already
 * asked (their requests show separately), and mentors who declined or didn't answer them are
 * not shown again.
 */
export async function loadChoiceContext(db: Executor, program: Program): Promise<ChoiceContext> {
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  const loaded = await loadCohort(db, program);
  const scorer = createScorer(loaded.cohort, scoringConfigFor(program.kind, settings, loaded, []));
  const idOf = (person: number) => loaded.people[person]?.id as string;

  const open = await db
    .select({ menteeId: relationships.menteeId, mentorId: relationships.mentorId })
    .from(relationships)
    .where(
      and(
        eq(relationships.programId, program.id),
        inArray(relationships.status, ["proposed", "active"]),
      ),
    );
  const taken = new Map<string, number>();
  const matched = new Set<string>();
  for (const r of open) {
    taken.set(r.mentorId, (taken.get(r.mentorId) ?? 0) + 1);
    matched.add(r.menteeId);
  }
  const mentorIds = Array.from(loaded.cohort.mentors, (p) => idOf(p));
  const capacities = mentorIds.map((id, j) =>
    Math.max(0, (loaded.capacities[j] ?? 0) - (taken.get(id) ?? 0)),
  );
  const columnOf = new Map(mentorIds.map((id, j) => [id, j]));

  const rows: number[] = [];
  const menteeIds = new Set<string>();
  Array.from(loaded.cohort.mentees).forEach((person, row) => {
    menteeIds.add(idOf(person));
    if (!matched.has(idOf(person))) rows.push(row);
  });
  const rowOf = new Map(rows.map((row, k) => [idOf(loaded.cohort.mentees[row] as number), k]));

  const asked = await db
    .select({ menteeId: mentorRequests.menteeId, mentorId: mentorRequests.mentorId })
    .from(mentorRequests)
    .where(eq(mentorRequests.programId, program.id));
  const hidden = new Set<string>();
  for (const r of asked) {
    const k = rowOf.get(r.menteeId);
    const j = columnOf.get(r.mentorId);
    if (k !== undefined && j !== undefined) hidden.add(`${k}:${j}`);
  }

  const spread = spreadShortlists({
    mentees: rows.length,
    mentors: mentorIds.length,
    score: (k, j) => scorer.score(rows[k] as number, j),
    row: (k, out) => scorer.row(rows[k] as number, out),
    capacities,
    shortlistSize: settings.shortlistSize,
    hidden,
  });
  const shortlists = new Map<string, ShortlistedMentor[]>();
  spread.forEach((list: ShortlistEntry[], k) => {
    const row = rows[k] as number;
    shortlists.set(
      idOf(loaded.cohort.mentees[row] as number),
      list.map((entry) => ({ personId: mentorIds[entry.mentor] as string, score: entry.score })),
    );
  });
  return {
    loaded,
    scorer,
    shortlistSize: settings.shortlistSize,
    responseDays: settings.responseDays,
    shortlists,
    reasons: (menteeId, mentorId) => {
      const k = rowOf.get(menteeId);
      const j = columnOf.get(mentorId);
      if (k === undefined || j === undefined) return [];
      return topReasons(scorer, rows[k] as number, j);
    },
    mentees: menteeIds,
    matched,
  };
}

/** The top reasons a mentor suits a mentee (a relationship's "why"), or none. */
export async function pairReasons(
  db: Executor,
  program: Program,
  menteeId: string,
  mentorId: string,
): Promise<string[]> {
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  const loaded = await loadCohort(db, program);
  const scorer = createScorer(loaded.cohort, scoringConfigFor(program.kind, settings, loaded, []));
  const row = Array.from(loaded.cohort.mentees).findIndex((p) => loaded.people[p]?.id === menteeId);
  const column = Array.from(loaded.cohort.mentors).findIndex(
    (p) => loaded.people[p]?.id === mentorId,
  );
  if (row < 0 || column < 0 || scorer.score(row, column) < 0) return [];
  return topReasons(scorer, row, column);
}
