/**
 * Compiles a cohort's profiles under a program's scoring, once, into flat typed arrays: the
 * person behind each row and column, per-person scalars as Int32Array, the questionnaire's
 * answers, the list fields ({@link compileLists}), the hard rules' indexes, and the buckets the
 * row kernel uses to touch only the mentors a criterion changes.
 */

import { type CompiledLists, checkId, compileLists } from "./compile-lists.ts";
import { compileManagerTree, compilePairLists, type HardRules } from "./hard-rules.ts";
import type { Catalog, Cohort, PersonProfile, ScoringConfig, Weights } from "./profile.ts";
import { sortedOrder } from "./sorted-index.ts";

/** An unknown time-zone offset. */
export const NONE = -2147483648;
/** Unknown seniority: below every allowed value, and differences stay inside int32. */
export const SEN_NONE = -1073741824;
const SEN_LIMIT = 500_000_000;

/** Mentors grouped by an id: group 0 holds the unknowns (-1), then one group per value. */
export interface Groups {
  readonly code: Map<number, number>;
  readonly start: Int32Array;
  readonly members: Int32Array;
}

export interface CompiledCohort extends HardRules, CompiledLists {
  readonly mentees: number;
  readonly mentors: number;
  readonly maxScore: number;
  /** Resolved integer weights, 0 for criteria switched off. */
  readonly weights: Readonly<Required<Weights>>;
  readonly rarityBoost: number;
  readonly timeZoneMode: "overlap" | "within";
  /** Working day (overlap mode) or closeness threshold (within mode), in minutes. */
  readonly timeZoneMinutes: number;
  // Per mentee row / mentor column (locations are in HardRules).
  readonly eDept: Int32Array;
  readonly mDept: Int32Array;
  readonly eSen: Int32Array;
  readonly mSen: Int32Array;
  readonly eTz: Int32Array;
  readonly mTz: Int32Array;
  /** Mentors sorted by seniority (unknown first), and their seniorities. */
  readonly senOrder: Int32Array;
  readonly senSorted: Int32Array;
  /** Mentors grouped by department / location: group 0 = unknown, then one per value. */
  readonly deptGroups: Groups;
  readonly locGroups: Groups;
  /** Each mentee's department / location group among the mentors (-1: no mentor shares it). */
  readonly eDeptGroup: Int32Array;
  readonly eLocGroup: Int32Array;
  // Questionnaire: answers coded 0..options-1, `stride - 1` = unanswered.
  readonly questions: number;
  readonly stride: number;
  readonly scale: Uint8Array;
  readonly eAns: Uint8Array;
  readonly mAns: Uint8Array;
  /** Scratch for the questionnaire part of the row kernel. */
  readonly qTable: Int32Array;
}

function groupBy(values: Int32Array): Groups {
  const code = new Map<number, number>();
  for (const v of values) if (v !== -1 && !code.has(v)) code.set(v, code.size + 1);
  const start = new Int32Array(code.size + 2);
  const of = values.map((v) => (v === -1 ? 0 : (code.get(v) as number)));
  for (const g of of) start[g + 1] = (start[g + 1] as number) + 1;
  for (let g = 0; g <= code.size; g++)
    start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, code.size + 1);
  const members = new Int32Array(values.length);
  of.forEach((g, j) => {
    members[fill[g] as number] = j;
    fill[g] = (fill[g] as number) + 1;
  });
  return { code, start, members };
}

function weight(value: number | undefined, name: string): number {
  const v = value ?? 0;
  if (!Number.isInteger(v) || v < 0 || v > 1_000_000) {
    throw new RangeError(`Weight "${name}" must be a whole number from 0 to 1,000,000.`);
  }
  return v;
}

function optionalId(v: number | undefined, what: string, person: number): number {
  if (v === undefined || v === -1) return -1;
  if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) {
    throw new RangeError(`Person ${person}: ${what} ${v} is not a valid id.`);
  }
  return v;
}

function personRows(rows: ArrayLike<number>, P: number, what: string): Int32Array {
  const out = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const p = rows[r] as number;
    if (!Number.isInteger(p) || p < 0 || p >= P) {
      throw new RangeError(`${what} ${r} refers to person ${p}, who does not exist.`);
    }
    out[r] = p;
  }
  return out;
}

/** Validates profiles and weights (RangeError with a clear message) and compiles them. */
export function compileCohort(cohort: Cohort, config: ScoringConfig): CompiledCohort {
  const people = cohort.people;
  const P = people.length;
  const N = cohort.mentees.length;
  const M = cohort.mentors.length;
  const catalog: Catalog = cohort.catalog ?? {};
  const w = config.weights;
  const weights = {
    skills: weight(w.skills, "skills"),
    goals: weight(w.goals, "goals"),
    questionnaire: weight(w.questionnaire, "questionnaire"),
    seniority: weight(w.seniority, "seniority"),
    crossDepartment: weight(w.crossDepartment, "crossDepartment"),
    crossLocation: weight(w.crossLocation, "crossLocation"),
    language: weight(w.language, "language"),
    timeZone: weight(w.timeZone, "timeZone"),
  };
  const rarityBoost = weight(config.rarityBoost ?? 4, "rarityBoost");
  const tz = config.timeZone ?? { mode: "overlap" };
  const tzHours = tz.mode === "overlap" ? (tz.workdayHours ?? 8) : tz.hours;
  if (!(tzHours >= 0 && tzHours <= 24)) {
    throw new RangeError("Time-zone hours must be from 0 to 24.");
  }
  const timeZoneMinutes = Math.round(tzHours * 60);
  const rules = config.rules ?? {};

  const eP = personRows(cohort.mentees, P, "Mentee");
  const mP = personRows(cohort.mentors, P, "Mentor");
  const tree = compileManagerTree(people, eP, mP);

  const scalar = (
    rows: Int32Array,
    get: (p: PersonProfile, index: number) => number,
  ): Int32Array => {
    const out = new Int32Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const p = rows[r] as number;
      out[r] = get(people[p] as PersonProfile, p);
    }
    return out;
  };
  const dept = (p: PersonProfile, i: number) => optionalId(p.department, "department", i);
  const loc = (p: PersonProfile, i: number) => optionalId(p.location, "location", i);
  const sen = (p: PersonProfile, i: number) => {
    const s = p.seniority;
    if (s === undefined) return SEN_NONE;
    if (!Number.isInteger(s) || Math.abs(s) > SEN_LIMIT) {
      throw new RangeError(`Person ${i}: seniority must be a whole number within ±500,000,000.`);
    }
    return s;
  };
  const tzOf = (p: PersonProfile, i: number) => {
    const o = p.utcOffsetMinutes;
    if (o === undefined) return NONE;
    if (!Number.isInteger(o) || Math.abs(o) > 24 * 60) {
      throw new RangeError(`Person ${i}: UTC offset must be whole minutes within ±24 hours.`);
    }
    return o;
  };
  const eDept = scalar(eP, dept);
  const mDept = scalar(mP, dept);
  const eLoc = scalar(eP, loc);
  const mLoc = scalar(mP, loc);
  const eSen = scalar(eP, sen);
  const mSen = scalar(mP, sen);
  const eTz = scalar(eP, tzOf);
  const mTz = scalar(mP, tzOf);

  const lists = compileLists(people, eP, mP, catalog, rarityBoost, weights);

  const qs = catalog.questions;
  let Q = qs?.length ?? 0;
  let maxOpt = 0;
  if (qs) {
    for (const q of qs) maxOpt = Math.max(maxOpt, q.options.length);
  } else {
    for (const p of people) {
      Q = Math.max(Q, p.answers?.length ?? 0);
      for (const a of p.answers ?? []) if (a !== null && a >= 0) maxOpt = Math.max(maxOpt, a + 1);
    }
  }
  if (maxOpt > 254) throw new RangeError("A question may have at most 254 options.");
  const scale = new Uint8Array(Q);
  if (qs) {
    qs.forEach((q, at) => {
      scale[at] = q.kind === "scale" ? 1 : 0;
    });
  }
  const answers = (rows: Int32Array): Uint8Array => {
    const out = new Uint8Array(rows.length * Q).fill(maxOpt);
    for (let r = 0; r < rows.length; r++) {
      const p = rows[r] as number;
      const a = (people[p] as PersonProfile).answers ?? [];
      for (let q = 0; q < Math.min(Q, a.length); q++) {
        const v = a[q];
        if (v === null || v === undefined || v === -1) continue;
        const limit = qs ? (qs[q] as { options: readonly string[] }).options.length : maxOpt;
        checkId(v, limit, `answer to question ${q}:`, p);
        out[r * Q + q] = v;
      }
    }
    return out;
  };
  const eAns = answers(eP);
  const mAns = answers(mP);
  const stride = maxOpt + 1;

  const pairLists = compilePairLists(P, eP, mP, rules);

  const senOrder = sortedOrder(mSen);
  const deptGroups = groupBy(mDept);
  const locGroups = groupBy(mLoc);

  // An upper bound on every score (tight for skills and goals per mentee).
  const W = weights;
  const tzMax = tz.mode === "overlap" ? Math.floor(timeZoneMinutes / 60) : 1;
  const maxScore =
    lists.listBound +
    W.questionnaire * 2 * Q +
    W.seniority +
    W.crossDepartment +
    W.crossLocation +
    W.language +
    W.timeZone * tzMax;
  if (maxScore > 0x7fffffff) {
    throw new RangeError("The weights are too large: a score could exceed 2,147,483,647.");
  }

  // Every field named, not spread in: a literal keeps them all in-object, and the row kernel
  // reads them (spreads measured ~5% slower over the rows of 20,000 mentees).
  return {
    depth: tree.depth,
    hasTree: tree.hasTree,
    managerOf: tree.managerOf,
    eTin: tree.eTin,
    eTout: tree.eTout,
    mTin: tree.mTin,
    mTout: tree.mTout,
    tinOrder: tree.tinOrder,
    tinSorted: tree.tinSorted,
    selfStart: pairLists.selfStart,
    selfCol: pairLists.selfCol,
    listStart: pairLists.listStart,
    listCol: pairLists.listCol,
    listCode: pairLists.listCode,
    skillCount: lists.skillCount,
    rarity: lists.rarity,
    wantStart: lists.wantStart,
    wantSkill: lists.wantSkill,
    wantPrio: lists.wantPrio,
    offerStart: lists.offerStart,
    offerSkill: lists.offerSkill,
    offerLevel: lists.offerLevel,
    bySkillStart: lists.bySkillStart,
    bySkill: lists.bySkill,
    byGoalStart: lists.byGoalStart,
    byGoalMentor: lists.byGoalMentor,
    goalWords: lists.goalWords,
    eGoals: lists.eGoals,
    mGoals: lists.mGoals,
    langWords: lists.langWords,
    eLang: lists.eLang,
    mLang: lists.mLang,
    listBound: lists.listBound,
    mentees: N,
    mentors: M,
    maxScore,
    weights,
    rarityBoost,
    timeZoneMode: tz.mode,
    timeZoneMinutes,
    chainRule: rules.reportingChain ?? true,
    locationRule: rules.sameLocationRequired ?? false,
    eP,
    mP,
    eDept,
    mDept,
    eLoc,
    mLoc,
    eSen,
    mSen,
    eTz,
    mTz,
    senOrder,
    senSorted: senOrder.map((j) => mSen[j] as number),
    deptGroups,
    locGroups,
    eDeptGroup: eDept.map((d) => (d === -1 ? -1 : (deptGroups.code.get(d) ?? -1))),
    eLocGroup: eLoc.map((l) => (l === -1 ? -1 : (locGroups.code.get(l) ?? -1))),
    questions: Q,
    stride,
    scale,
    eAns,
    mAns,
    qTable: new Int32Array(Q * stride),
  };
}
