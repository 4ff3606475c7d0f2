/**
 * The scorer: profiles + a program's weights → pair scores, as a sum of named contributions.
 *
 * Profiles are compiled once into flat typed arrays (per-person scalars as Int32Array, goals and
 * languages as bitsets, skills as sorted id lists plus an inverted index skill → mentors, the
 * manager tree as Euler-tour intervals), so a mentee's whole row of scores is a handful of
 * tight loops over typed arrays: no objects, no Maps, nothing allocated per pair.
 */

import type { Catalog, Cohort, PersonProfile, ScoringConfig } from "./profile.ts";
import type { PairScores } from "./types.ts";
import { FORBIDDEN } from "./types.ts";

/** The criteria a score is made of, in a fixed order. */
export const CRITERIA = [
  "skills",
  "goals",
  "questionnaire",
  "seniority",
  "crossDepartment",
  "crossLocation",
  "language",
  "timeZone",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** One named part of a pair's score, with the facts behind it (turned into words by `explain`). */
export type Part =
  | {
      criterion: "skills";
      points: number;
      skill: number;
      priority: number;
      level: number;
      rarity: number;
    }
  | { criterion: "goals"; points: number; goal: number }
  | {
      criterion: "questionnaire";
      points: number;
      /** Questions answered the same way. */
      same: number[];
      /** Scale questions answered one step apart. */
      close: number[];
    }
  | { criterion: "seniority"; points: number; mentee: number; mentor: number }
  | { criterion: "crossDepartment"; points: number; mentee: number; mentor: number }
  | { criterion: "crossLocation"; points: number; mentee: number; mentor: number }
  | { criterion: "language"; points: number; languages: number[] }
  | {
      criterion: "timeZone";
      points: number;
      /** |difference of UTC offsets| around the clock, in minutes. */
      gapMinutes: number;
      /** Whole hours of working day in common (overlap mode). */
      overlapHours: number;
    };

/** Why a pair may never be matched. */
export type ForbiddenRule =
  | { rule: "self" }
  | {
      rule: "reporting-chain";
      /** `mentor-above`: the mentor is the mentee's manager, or their manager's manager, … */
      direction: "mentor-above" | "mentee-above";
      /** 1 = direct manager, 2 = manager's manager, … */
      levels: number;
    }
  | { rule: "excluded" }
  | { rule: "previous-pair" }
  | { rule: "same-location-required" };

const NONE = -2147483648;
/** Unknown seniority: below every allowed value, and differences stay inside int32. */
const SEN_NONE = -1073741824;
const SEN_LIMIT = 500_000_000;
/** Goal and language ids are bits of a per-person bitset: keep them small (catalog indices). */
const MAX_SET_ID = 4096;
const CODE_SELF = 1;
const CODE_CHAIN = 2;
const CODE_EXCLUDED = 3;
const CODE_PREVIOUS = 4;
const CODE_LOCATION = 5;

/** Mentors grouped by an id: group 0 holds the unknowns (-1), then one group per value. */
interface Groups {
  readonly code: Map<number, number>;
  readonly start: Int32Array;
  readonly members: Int32Array;
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

/** Removes a bonus from the mentors of the mentee's own group and from the unknowns. */
function takeBack(out: Int32Array, groups: Groups, group: number, bonus: number): void {
  const { start, members } = groups;
  for (let s = start[0] as number; s < (start[1] as number); s++) {
    const j = members[s] as number;
    out[j] = (out[j] as number) - bonus;
  }
  if (group > 0) {
    for (let s = start[group] as number; s < (start[group + 1] as number); s++) {
      const j = members[s] as number;
      out[j] = (out[j] as number) - bonus;
    }
  }
}

/** Indices 0..n-1 sorted by value (stable). */
function sortedOrder(values: Int32Array): Int32Array {
  return Int32Array.from(values.keys()).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
}

/** The first index whose value is greater than `v` in an ascending array. */
function upperBound(sorted: Int32Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function weight(value: number | undefined, name: string): number {
  const v = value ?? 0;
  if (!Number.isInteger(v) || v < 0 || v > 1_000_000) {
    throw new RangeError(`Weight "${name}" must be a whole number from 0 to 1,000,000.`);
  }
  return v;
}

function checkId(v: number, limit: number, what: string, person: number): void {
  if (!Number.isInteger(v) || v < 0 || v >= limit) {
    throw new RangeError(`Person ${person}: ${what} ${v} is not a valid id (0..${limit - 1}).`);
  }
}

function optionalId(v: number | undefined, what: string, person: number): number {
  if (v === undefined || v === -1) return -1;
  if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) {
    throw new RangeError(`Person ${person}: ${what} ${v} is not a valid id.`);
  }
  return v;
}

/** Sorted, de-duplicated (id, value) pairs; a repeated id keeps its largest value. */
function sortedPairs(items: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...items].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [id, v] of sorted) {
    if (out.length === 0 || (out[out.length - 1] as [number, number])[0] !== id) out.push([id, v]);
  }
  return out;
}

function wordsFor(count: number): number {
  return Math.max(1, Math.ceil(count / 32));
}

function setBits(bits: Uint32Array, base: number, ids: readonly number[] | undefined): void {
  if (!ids) return;
  for (const id of ids) {
    const w = base + (id >>> 5);
    bits[w] = ((bits[w] as number) | (1 << (id & 31))) >>> 0;
  }
}

/**
 * Scores every (mentee, mentor) pair of a cohort under one program's weights and rules.
 * Implements {@link PairScores}: hand it to `solve` as `problem.scores`.
 */
export class ProfileScorer implements PairScores {
  readonly mentees: number;
  readonly mentors: number;
  readonly maxScore: number;
  readonly cohort: Cohort;
  readonly config: ScoringConfig;
  /** Resolved integer weights, 0 for criteria switched off. */
  readonly weights: Readonly<Record<Criterion, number>>;
  /** Rarity factor of each skill id (1 = common … 1 + rarityBoost = rarest). */
  readonly rarity: Int32Array;
  readonly skillCount: number;
  readonly rarityBoost: number;
  readonly timeZoneMode: "overlap" | "within";
  /** Working day (overlap mode) or closeness threshold (within mode), in minutes. */
  readonly timeZoneMinutes: number;

  // Per person.
  private readonly depth: Int32Array;
  private readonly tin: Int32Array;
  private readonly tout: Int32Array;
  private readonly hasTree: boolean;
  private readonly chainRule: boolean;
  private readonly locationRule: boolean;
  // Per mentee row / mentor column.
  private readonly eP: Int32Array;
  private readonly mP: Int32Array;
  private readonly eDept: Int32Array;
  private readonly mDept: Int32Array;
  private readonly eLoc: Int32Array;
  private readonly mLoc: Int32Array;
  private readonly eSen: Int32Array;
  private readonly mSen: Int32Array;
  private readonly eTz: Int32Array;
  private readonly mTz: Int32Array;
  private readonly eTin: Int32Array;
  private readonly eTout: Int32Array;
  private readonly mTin: Int32Array;
  private readonly mTout: Int32Array;
  // Skills: mentee wants (CSR, sorted by skill), mentor offers (CSR sorted by skill, level and
  // level × rarity), and the inverted index skill → (mentor, level × rarity) sorted by mentor.
  private readonly wantStart: Int32Array;
  private readonly wantSkill: Int32Array;
  private readonly wantPrio: Int32Array;
  private readonly offerStart: Int32Array;
  private readonly offerSkill: Int32Array;
  private readonly offerLevel: Int32Array;
  private readonly bySkillStart: Int32Array;
  /** Interleaved (mentor, level × rarity) pairs. */
  private readonly bySkill: Int32Array;
  // Buckets for the row kernel, so that a row touches only the mentors a criterion changes.
  /** Mentors sorted by seniority (unknown first), and their seniorities. */
  private readonly senOrder: Int32Array;
  private readonly senSorted: Int32Array;
  /** Mentors grouped by department / location: group 0 = unknown, then one per value. */
  private readonly deptGroups: Groups;
  private readonly locGroups: Groups;
  /** Each mentee's department / location group among the mentors (-1: no mentor shares it). */
  private readonly eDeptGroup: Int32Array;
  private readonly eLocGroup: Int32Array;
  /** Mentors sorted by Euler entry time: a subtree's mentors are one contiguous run. */
  private readonly tinOrder: Int32Array;
  private readonly tinSorted: Int32Array;
  /** manager[p] of every person, -1 at the top. */
  private readonly managerOf: Int32Array;
  // Bitsets, and the inverted index goal → mentors.
  private readonly byGoalStart: Int32Array;
  private readonly byGoalMentor: Int32Array;
  private readonly goalWords: number;
  private readonly eGoals: Uint32Array;
  private readonly mGoals: Uint32Array;
  private readonly langWords: number;
  private readonly eLang: Uint32Array;
  private readonly mLang: Uint32Array;
  // Questionnaire: answers coded 0..options-1, `stride - 1` = unanswered.
  private readonly questions: number;
  private readonly stride: number;
  private readonly scale: Uint8Array;
  private readonly eAns: Uint8Array;
  private readonly mAns: Uint8Array;
  // Self pairs: the mentor columns of each person.
  private readonly selfStart: Int32Array;
  private readonly selfCol: Int32Array;
  // Listed forbidden pairs (previous pairs, exclusions) per mentee row, sorted by column.
  private readonly listStart: Int32Array;
  private readonly listCol: Int32Array;
  private readonly listCode: Uint8Array;
  // Scratch for the questionnaire kernel.
  private readonly qTable: Int32Array;

  constructor(cohort: Cohort, config: ScoringConfig) {
    this.cohort = cohort;
    this.config = config;
    const people = cohort.people;
    const P = people.length;
    const N = cohort.mentees.length;
    const M = cohort.mentors.length;
    const catalog: Catalog = cohort.catalog ?? {};
    this.mentees = N;
    this.mentors = M;
    const w = config.weights;
    this.weights = {
      skills: weight(w.skills, "skills"),
      goals: weight(w.goals, "goals"),
      questionnaire: weight(w.questionnaire, "questionnaire"),
      seniority: weight(w.seniority, "seniority"),
      crossDepartment: weight(w.crossDepartment, "crossDepartment"),
      crossLocation: weight(w.crossLocation, "crossLocation"),
      language: weight(w.language, "language"),
      timeZone: weight(w.timeZone, "timeZone"),
    };
    this.rarityBoost = weight(config.rarityBoost ?? 4, "rarityBoost");
    const tz = config.timeZone ?? { mode: "overlap" };
    this.timeZoneMode = tz.mode;
    const tzHours = tz.mode === "overlap" ? (tz.workdayHours ?? 8) : tz.hours;
    if (!(tzHours >= 0 && tzHours <= 24)) {
      throw new RangeError("Time-zone hours must be from 0 to 24.");
    }
    this.timeZoneMinutes = Math.round(tzHours * 60);
    const rules = config.rules ?? {};
    this.chainRule = rules.reportingChain ?? true;
    this.locationRule = rules.sameLocationRequired ?? false;

    this.eP = new Int32Array(N);
    this.mP = new Int32Array(M);
    for (let i = 0; i < N; i++) {
      const p = cohort.mentees[i] as number;
      if (!Number.isInteger(p) || p < 0 || p >= P) {
        throw new RangeError(`Mentee ${i} refers to person ${p}, who does not exist.`);
      }
      this.eP[i] = p;
    }
    for (let j = 0; j < M; j++) {
      const p = cohort.mentors[j] as number;
      if (!Number.isInteger(p) || p < 0 || p >= P) {
        throw new RangeError(`Mentor ${j} refers to person ${p}, who does not exist.`);
      }
      this.mP[j] = p;
    }

    // ---- Manager tree → Euler-tour intervals (iterative; loops are an error).
    this.depth = new Int32Array(P);
    this.tin = new Int32Array(P);
    this.tout = new Int32Array(P);
    {
      const childCount = new Int32Array(P + 1);
      let links = 0;
      for (let p = 0; p < P; p++) {
        const m = (people[p] as PersonProfile).manager ?? -1;
        if (m === -1) continue;
        if (!Number.isInteger(m) || m < 0 || m >= P || m === p) {
          throw new RangeError(`Person ${p} has manager ${m}, who is not another person.`);
        }
        childCount[m + 1] = (childCount[m + 1] as number) + 1;
        links++;
      }
      this.hasTree = links > 0;
      for (let p = 0; p < P; p++) {
        childCount[p + 1] = (childCount[p + 1] as number) + (childCount[p] as number);
      }
      const childStart = childCount.slice();
      const children = new Int32Array(links);
      const fill = childStart.slice(0, P);
      for (let p = 0; p < P; p++) {
        const m = (people[p] as PersonProfile).manager ?? -1;
        if (m === -1) continue;
        children[fill[m] as number] = p;
        fill[m] = (fill[m] as number) + 1;
      }
      const stack = new Int32Array(P);
      const next = new Int32Array(P);
      let clock = 0;
      let visited = 0;
      this.tin.fill(-1);
      for (let root = 0; root < P; root++) {
        if (((people[root] as PersonProfile).manager ?? -1) !== -1) continue;
        let top = 0;
        stack[0] = root;
        this.tin[root] = clock++;
        this.depth[root] = 0;
        next[root] = childStart[root] as number;
        visited++;
        while (top >= 0) {
          const v = stack[top] as number;
          const c = next[v] as number;
          if (c < (childStart[v + 1] as number)) {
            next[v] = c + 1;
            const u = children[c] as number;
            this.tin[u] = clock++;
            this.depth[u] = (this.depth[v] as number) + 1;
            next[u] = childStart[u] as number;
            stack[++top] = u;
            visited++;
          } else {
            this.tout[v] = clock;
            top--;
          }
        }
      }
      if (visited !== P) {
        const p = this.tin.indexOf(-1);
        throw new RangeError(`The manager links form a loop (person ${p} is in it).`);
      }
    }
    this.eTin = new Int32Array(N);
    this.eTout = new Int32Array(N);
    this.mTin = new Int32Array(M);
    this.mTout = new Int32Array(M);
    for (let i = 0; i < N; i++) {
      this.eTin[i] = this.tin[this.eP[i] as number] as number;
      this.eTout[i] = this.tout[this.eP[i] as number] as number;
    }
    for (let j = 0; j < M; j++) {
      this.mTin[j] = this.tin[this.mP[j] as number] as number;
      this.mTout[j] = this.tout[this.mP[j] as number] as number;
    }

    // ---- Scalars.
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
    this.eDept = scalar(this.eP, dept);
    this.mDept = scalar(this.mP, dept);
    this.eLoc = scalar(this.eP, loc);
    this.mLoc = scalar(this.mP, loc);
    this.eSen = scalar(this.eP, sen);
    this.mSen = scalar(this.mP, sen);
    this.eTz = scalar(this.eP, tzOf);
    this.mTz = scalar(this.mP, tzOf);

    // ---- Skills.
    let maxSkill = -1;
    for (const p of people) {
      for (const o of p.offers ?? []) maxSkill = Math.max(maxSkill, o.skill);
      for (const o of p.wants ?? []) maxSkill = Math.max(maxSkill, o.skill);
    }
    const T = catalog.skillCount ?? catalog.skills?.length ?? maxSkill + 1;
    if (!Number.isInteger(T) || T < 0 || T > 1_000_000) {
      throw new RangeError(
        "Skill ids must be whole numbers below 1,000,000 (indices into the catalog).",
      );
    }
    this.skillCount = T;
    const maxLevel = catalog.maxLevel ?? 5;
    const wantsOf = (p: number) =>
      sortedPairs(
        ((people[p] as PersonProfile).wants ?? []).map((x) => {
          checkId(x.skill, T, "skill", p);
          if (!Number.isInteger(x.priority) || x.priority < 1 || x.priority > 3) {
            throw new RangeError(`Person ${p}: a skill priority must be 1, 2 or 3.`);
          }
          return [x.skill, x.priority] as const;
        }),
      );
    const offersOf = (p: number) =>
      sortedPairs(
        ((people[p] as PersonProfile).offers ?? []).map((x) => {
          checkId(x.skill, T, "skill", p);
          if (!Number.isInteger(x.level) || x.level < 1 || x.level > maxLevel) {
            throw new RangeError(`Person ${p}: a skill level must be from 1 to ${maxLevel}.`);
          }
          return [x.skill, x.level] as const;
        }),
      );
    // Rarity from popularity rank.
    let rank: ArrayLike<number>;
    if (catalog.skillRank) {
      rank = catalog.skillRank;
      if (rank.length < T) throw new RangeError("skillRank must give a rank to every skill.");
    } else {
      const count = new Float64Array(T);
      for (const p of people) {
        for (const o of p.offers ?? []) count[o.skill] = (count[o.skill] as number) + 1;
        for (const o of p.wants ?? []) count[o.skill] = (count[o.skill] as number) + 1;
      }
      const order = Array.from({ length: T }, (_, k) => k).sort(
        (a, b) => (count[b] as number) - (count[a] as number) || a - b,
      );
      const r = new Int32Array(T);
      order.forEach((k, at) => {
        r[k] = at;
      });
      rank = r;
    }
    this.rarity = new Int32Array(T);
    for (let k = 0; k < T; k++) {
      const rk = rank[k] as number;
      if (!Number.isInteger(rk) || rk < 0)
        throw new RangeError("Skill ranks must be whole numbers ≥ 0.");
      this.rarity[k] = 1 + Math.floor((this.rarityBoost * rk) / Math.max(1, T));
    }

    const wants = Array.from({ length: N }, (_, i) => wantsOf(this.eP[i] as number));
    const offers = Array.from({ length: M }, (_, j) => offersOf(this.mP[j] as number));
    this.wantStart = new Int32Array(N + 1);
    for (let i = 0; i < N; i++) {
      this.wantStart[i + 1] = (this.wantStart[i] as number) + (wants[i] as unknown[]).length;
    }
    this.wantSkill = new Int32Array(this.wantStart[N] as number);
    this.wantPrio = new Int32Array(this.wantStart[N] as number);
    for (let i = 0; i < N; i++) {
      let e = this.wantStart[i] as number;
      for (const [k, pr] of wants[i] as [number, number][]) {
        this.wantSkill[e] = k;
        this.wantPrio[e++] = pr;
      }
    }
    this.offerStart = new Int32Array(M + 1);
    for (let j = 0; j < M; j++) {
      this.offerStart[j + 1] = (this.offerStart[j] as number) + (offers[j] as unknown[]).length;
    }
    const E = this.offerStart[M] as number;
    this.offerSkill = new Int32Array(E);
    this.offerLevel = new Int32Array(E);
    const perSkill = new Int32Array(T + 1);
    for (let j = 0; j < M; j++) {
      let e = this.offerStart[j] as number;
      for (const [k, lv] of offers[j] as [number, number][]) {
        this.offerSkill[e] = k;
        this.offerLevel[e++] = lv;
        perSkill[k + 1] = (perSkill[k + 1] as number) + 1;
      }
    }
    for (let k = 0; k < T; k++)
      perSkill[k + 1] = (perSkill[k + 1] as number) + (perSkill[k] as number);
    this.bySkillStart = perSkill.slice();
    this.bySkill = new Int32Array(2 * E);
    const maxLR = new Int32Array(T);
    for (let j = 0; j < M; j++) {
      for (let e = this.offerStart[j] as number; e < (this.offerStart[j + 1] as number); e++) {
        const k = this.offerSkill[e] as number;
        const at = perSkill[k] as number;
        perSkill[k] = at + 1;
        const lr = (this.offerLevel[e] as number) * (this.rarity[k] as number);
        this.bySkill[2 * at] = j;
        this.bySkill[2 * at + 1] = lr;
        if (lr > (maxLR[k] as number)) maxLR[k] = lr;
      }
    }

    // ---- Goals and languages as bitsets.
    let maxGoal = -1;
    let maxLang = -1;
    people.forEach((p, at) => {
      for (const g of p.goals ?? []) {
        checkId(g, catalog.goals?.length ?? MAX_SET_ID, "goal", at);
        maxGoal = Math.max(maxGoal, g);
      }
      for (const l of p.languages ?? []) {
        checkId(l, catalog.languages?.length ?? MAX_SET_ID, "language", at);
        maxLang = Math.max(maxLang, l);
      }
    });
    this.goalWords = wordsFor(maxGoal + 1);
    this.langWords = wordsFor(maxLang + 1);
    this.eGoals = new Uint32Array(N * this.goalWords);
    this.mGoals = new Uint32Array(M * this.goalWords);
    this.eLang = new Uint32Array(N * this.langWords);
    this.mLang = new Uint32Array(M * this.langWords);
    for (let i = 0; i < N; i++) {
      const p = people[this.eP[i] as number] as PersonProfile;
      setBits(this.eGoals, i * this.goalWords, p.goals);
      setBits(this.eLang, i * this.langWords, p.languages);
    }
    for (let j = 0; j < M; j++) {
      const p = people[this.mP[j] as number] as PersonProfile;
      setBits(this.mGoals, j * this.goalWords, p.goals);
      setBits(this.mLang, j * this.langWords, p.languages);
    }

    // ---- Questionnaire.
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
    this.questions = Q;
    this.stride = maxOpt + 1;
    this.scale = new Uint8Array(Q);
    if (qs) {
      qs.forEach((q, at) => {
        this.scale[at] = q.kind === "scale" ? 1 : 0;
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
    this.eAns = answers(this.eP);
    this.mAns = answers(this.mP);

    // ---- Self pairs: person → mentor columns.
    this.selfStart = new Int32Array(P + 1);
    for (let j = 0; j < M; j++) {
      const p = this.mP[j] as number;
      this.selfStart[p + 1] = (this.selfStart[p + 1] as number) + 1;
    }
    for (let p = 0; p < P; p++) {
      this.selfStart[p + 1] = (this.selfStart[p + 1] as number) + (this.selfStart[p] as number);
    }
    this.selfCol = new Int32Array(M);
    {
      const fill = this.selfStart.slice(0, P);
      for (let j = 0; j < M; j++) {
        const p = this.mP[j] as number;
        this.selfCol[fill[p] as number] = j;
        fill[p] = (fill[p] as number) + 1;
      }
    }

    // ---- Listed forbidden pairs, per mentee row.
    {
      const menteeRows: number[][] = Array.from({ length: P }, () => []);
      for (let i = 0; i < N; i++) (menteeRows[this.eP[i] as number] as number[]).push(i);
      const listed: [number, number, number][] = [];
      const add = (a: number, b: number, code: number) => {
        for (const i of menteeRows[a] ?? []) {
          for (let s = this.selfStart[b] as number; s < (this.selfStart[b + 1] as number); s++) {
            listed.push([i, this.selfCol[s] as number, code]);
          }
        }
      };
      const person = (p: number, what: string) => {
        if (!Number.isInteger(p) || p < 0 || p >= P) {
          throw new RangeError(`${what} refers to person ${p}, who does not exist.`);
        }
        return p;
      };
      for (const [a, b] of rules.excludedPairs ?? []) {
        add(person(a, "An excluded pair"), person(b, "An excluded pair"), CODE_EXCLUDED);
      }
      for (const [a, b] of rules.previousPairs ?? []) {
        add(person(a, "A previous pair"), person(b, "A previous pair"), CODE_PREVIOUS);
        add(b, a, CODE_PREVIOUS);
      }
      // Excluded sorts before previous for the same pair: it is the one reported.
      listed.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
      this.listStart = new Int32Array(N + 1);
      const cols: number[] = [];
      const codes: number[] = [];
      let lastI = -1;
      let lastJ = -1;
      for (const [i, j, code] of listed) {
        if (i === lastI && j === lastJ) continue;
        lastI = i;
        lastJ = j;
        cols.push(j);
        codes.push(code);
        this.listStart[i + 1] = (this.listStart[i + 1] as number) + 1;
      }
      for (let i = 0; i < N; i++) {
        this.listStart[i + 1] = (this.listStart[i + 1] as number) + (this.listStart[i] as number);
      }
      this.listCol = Int32Array.from(cols);
      this.listCode = Uint8Array.from(codes);
    }

    {
      const G = this.goalWords * 32;
      this.byGoalStart = new Int32Array(G + 1);
      const list = (j: number) => (people[this.mP[j] as number] as PersonProfile).goals ?? [];
      for (let j = 0; j < M; j++) {
        for (const g of new Set(list(j)))
          this.byGoalStart[g + 1] = (this.byGoalStart[g + 1] as number) + 1;
      }
      for (let g = 0; g < G; g++) {
        this.byGoalStart[g + 1] =
          (this.byGoalStart[g + 1] as number) + (this.byGoalStart[g] as number);
      }
      const fill = this.byGoalStart.slice(0, G);
      this.byGoalMentor = new Int32Array(this.byGoalStart[G] as number);
      for (let j = 0; j < M; j++) {
        for (const g of new Set(list(j))) {
          this.byGoalMentor[fill[g] as number] = j;
          fill[g] = (fill[g] as number) + 1;
        }
      }
    }
    this.senOrder = sortedOrder(this.mSen);
    this.senSorted = this.senOrder.map((j) => this.mSen[j] as number);
    this.tinOrder = sortedOrder(this.mTin);
    this.tinSorted = this.tinOrder.map((j) => this.mTin[j] as number);
    this.deptGroups = groupBy(this.mDept);
    this.locGroups = groupBy(this.mLoc);
    this.eDeptGroup = this.eDept.map((d) => (d === -1 ? -1 : (this.deptGroups.code.get(d) ?? -1)));
    this.eLocGroup = this.eLoc.map((l) => (l === -1 ? -1 : (this.locGroups.code.get(l) ?? -1)));
    this.managerOf = new Int32Array(P);
    for (let p = 0; p < P; p++) this.managerOf[p] = (people[p] as PersonProfile).manager ?? -1;
    this.qTable = new Int32Array(Q * this.stride);

    // ---- An upper bound on every score (tight for skills and goals per mentee).
    {
      const W = this.weights;
      let maxMentorGoals = 0;
      for (let j = 0; j < M; j++) {
        let g = 0;
        for (let x = 0; x < this.goalWords; x++)
          g += popcount(this.mGoals[j * this.goalWords + x] as number);
        maxMentorGoals = Math.max(maxMentorGoals, g);
      }
      let best = 0;
      for (let i = 0; i < N; i++) {
        let s = 0;
        for (let e = this.wantStart[i] as number; e < (this.wantStart[i + 1] as number); e++) {
          s += (this.wantPrio[e] as number) * (maxLR[this.wantSkill[e] as number] as number);
        }
        let g = 0;
        for (let x = 0; x < this.goalWords; x++)
          g += popcount(this.eGoals[i * this.goalWords + x] as number);
        best = Math.max(best, W.skills * s + W.goals * Math.min(g, maxMentorGoals));
      }
      const tzMax = this.timeZoneMode === "overlap" ? Math.floor(this.timeZoneMinutes / 60) : 1;
      const bound =
        best +
        W.questionnaire * 2 * Q +
        W.seniority +
        W.crossDepartment +
        W.crossLocation +
        W.language +
        W.timeZone * tzMax;
      if (bound > 0x7fffffff) {
        throw new RangeError("The weights are too large: a score could exceed 2,147,483,647.");
      }
      this.maxScore = bound;
    }
  }

  /** Points for two questionnaire answers (coded; `stride - 1` = unanswered), before weighting. */
  private answerPoints(q: number, a: number, b: number): number {
    const none = this.stride - 1;
    if (a === none || b === none) return 0;
    if (a === b) return 2;
    return this.scale[q] === 1 && (a - b === 1 || b - a === 1) ? 1 : 0;
  }

  private timeZonePoints(a: number, b: number): number {
    if (a === NONE || b === NONE) return 0;
    let d = a > b ? a - b : b - a;
    d %= 1440;
    if (d > 720) d = 1440 - d;
    if (this.timeZoneMode === "within") return d <= this.timeZoneMinutes ? 1 : 0;
    const o = this.timeZoneMinutes - d;
    return o > 0 ? Math.floor(o / 60) : 0;
  }

  /** The rule that forbids (mentee, mentor) as a small code, or 0 when the pair is allowed. */
  private forbiddenCode(i: number, j: number): number {
    if (this.eP[i] === this.mP[j]) return CODE_SELF;
    if (this.chainRule && this.hasTree) {
      if (
        (this.mTin[j] as number) < (this.eTout[i] as number) &&
        (this.eTin[i] as number) < (this.mTout[j] as number)
      ) {
        return CODE_CHAIN;
      }
    }
    let lo = this.listStart[i] as number;
    let hi = (this.listStart[i + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.listCol[mid] as number;
      if (c === j) return this.listCode[mid] as number;
      if (c < j) lo = mid + 1;
      else hi = mid - 1;
    }
    if (this.locationRule) {
      const a = this.eLoc[i] as number;
      const b = this.mLoc[j] as number;
      if (a !== -1 && b !== -1 && a !== b) return CODE_LOCATION;
    }
    return 0;
  }

  /** Which hard rule forbids (mentee, mentor), or null when the pair is allowed. */
  forbiddenRule(mentee: number, mentor: number): ForbiddenRule | null {
    this.check(mentee, mentor);
    switch (this.forbiddenCode(mentee, mentor)) {
      case 0:
        return null;
      case CODE_SELF:
        return { rule: "self" };
      case CODE_CHAIN: {
        const a = this.eP[mentee] as number;
        const b = this.mP[mentor] as number;
        const da = this.depth[a] as number;
        const db = this.depth[b] as number;
        return db < da
          ? { rule: "reporting-chain", direction: "mentor-above", levels: da - db }
          : { rule: "reporting-chain", direction: "mentee-above", levels: db - da };
      }
      case CODE_EXCLUDED:
        return { rule: "excluded" };
      case CODE_PREVIOUS:
        return { rule: "previous-pair" };
      default:
        return { rule: "same-location-required" };
    }
  }

  private check(i: number, j: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.mentees) {
      throw new RangeError(`There is no mentee ${i} (0..${this.mentees - 1}).`);
    }
    if (!Number.isInteger(j) || j < 0 || j >= this.mentors) {
      throw new RangeError(`There is no mentor ${j} (0..${this.mentors - 1}).`);
    }
  }

  /** The score of (mentee, mentor), or FORBIDDEN (-1). */
  score(mentee: number, mentor: number): number {
    const i = mentee;
    const j = mentor;
    if (this.forbiddenCode(i, j) !== 0) return FORBIDDEN;
    const W = this.weights;
    let s = 0;
    if (W.skills !== 0) {
      let a = this.wantStart[i] as number;
      const ae = this.wantStart[i + 1] as number;
      let b = this.offerStart[j] as number;
      const be = this.offerStart[j + 1] as number;
      let sk = 0;
      while (a < ae && b < be) {
        const ka = this.wantSkill[a] as number;
        const kb = this.offerSkill[b] as number;
        if (ka === kb) {
          sk +=
            (this.wantPrio[a] as number) *
            (this.offerLevel[b] as number) *
            (this.rarity[ka] as number);
          a++;
          b++;
        } else if (ka < kb) a++;
        else b++;
      }
      s += W.skills * sk;
    }
    if (W.goals !== 0) {
      const gw = this.goalWords;
      let g = 0;
      for (let x = 0; x < gw; x++)
        g += popcount((this.eGoals[i * gw + x] as number) & (this.mGoals[j * gw + x] as number));
      s += W.goals * g;
    }
    if (W.questionnaire !== 0) {
      const Q = this.questions;
      let q2 = 0;
      for (let q = 0; q < Q; q++)
        q2 += this.answerPoints(q, this.eAns[i * Q + q] as number, this.mAns[j * Q + q] as number);
      s += W.questionnaire * q2;
    }
    const si = this.eSen[i] as number;
    if (W.seniority !== 0 && si !== SEN_NONE && (this.mSen[j] as number) > si) s += W.seniority;
    const di = this.eDept[i] as number;
    const dj = this.mDept[j] as number;
    if (di !== -1 && dj !== -1 && di !== dj) s += W.crossDepartment;
    const li = this.eLoc[i] as number;
    const lj = this.mLoc[j] as number;
    if (li !== -1 && lj !== -1 && li !== lj) s += W.crossLocation;
    if (W.language !== 0) {
      const lw = this.langWords;
      for (let x = 0; x < lw; x++) {
        if (((this.eLang[i * lw + x] as number) & (this.mLang[j * lw + x] as number)) !== 0) {
          s += W.language;
          break;
        }
      }
    }
    if (W.timeZone !== 0)
      s += W.timeZone * this.timeZonePoints(this.eTz[i] as number, this.mTz[j] as number);
    return s;
  }

  /**
   * Writes the scores of one mentee against every mentor into `out` (length ≥ mentors).
   *
   * Every criterion touches only the mentors it changes: a bonus most mentors get (another
   * department, another location, more senior) goes into the starting value and is taken back
   * from the few who don't get it; skills and goals go through inverted indexes; the reporting
   * chain is the mentee's managers plus one contiguous run of mentors in Euler order.
   */
  row(mentee: number, out: Int32Array): void {
    const i = mentee;
    const M = this.mentors;
    const W = this.weights;

    // Seniority: mentors more senior than the mentee are a suffix of senOrder.
    let senFrom = M;
    let senTo = M;
    let senAdd = 0;
    let base = 0;
    const si = this.eSen[i] as number;
    if (W.seniority !== 0 && si !== SEN_NONE) {
      const p = upperBound(this.senSorted, si);
      if (M - p <= p) {
        senFrom = p;
        senAdd = W.seniority;
      } else {
        base += W.seniority;
        senFrom = 0;
        senTo = p;
        senAdd = -W.seniority;
      }
    }
    const dOn = W.crossDepartment !== 0 && this.eDept[i] !== -1;
    const lOn = W.crossLocation !== 0 && this.eLoc[i] !== -1;
    if (dOn) base += W.crossDepartment;
    if (lOn) base += W.crossLocation;
    out.fill(base, 0, M);
    if (senAdd !== 0) {
      const order = this.senOrder;
      for (let s = senFrom; s < senTo; s++) {
        const j = order[s] as number;
        out[j] = (out[j] as number) + senAdd;
      }
    }
    if (dOn) takeBack(out, this.deptGroups, this.eDeptGroup[i] as number, W.crossDepartment);
    if (lOn) takeBack(out, this.locGroups, this.eLocGroup[i] as number, W.crossLocation);

    // Skills, through the inverted index: only mentors offering a wanted skill are touched.
    if (W.skills !== 0) {
      const start = this.bySkillStart;
      const pairs = this.bySkill;
      for (let a = this.wantStart[i] as number; a < (this.wantStart[i + 1] as number); a++) {
        const k = this.wantSkill[a] as number;
        const f = W.skills * (this.wantPrio[a] as number);
        const end = 2 * (start[k + 1] as number);
        for (let e = 2 * (start[k] as number); e < end; e += 2) {
          const j = pairs[e] as number;
          out[j] = (out[j] as number) + f * (pairs[e + 1] as number);
        }
      }
    }

    // Goals, through the inverted index goal → mentors.
    if (W.goals !== 0) {
      const wg = W.goals;
      const gw = this.goalWords;
      const start = this.byGoalStart;
      const mentor = this.byGoalMentor;
      for (let x = 0; x < gw; x++) {
        let bits = (this.eGoals[i * gw + x] as number) >>> 0;
        while (bits !== 0) {
          const g = x * 32 + 31 - Math.clz32(bits & -bits);
          bits = (bits & (bits - 1)) >>> 0;
          const end = start[g + 1] as number;
          for (let e = start[g] as number; e < end; e++) {
            const j = mentor[e] as number;
            out[j] = (out[j] as number) + wg;
          }
        }
      }
    }

    if (W.language !== 0) {
      const lw = this.langWords;
      const ml = this.mLang;
      if (lw === 1) {
        const l = this.eLang[i] as number;
        if (l !== 0) {
          for (let j = 0; j < M; j++)
            if ((l & (ml[j] as number)) !== 0) out[j] = (out[j] as number) + W.language;
        }
      } else {
        for (let j = 0; j < M; j++) {
          for (let x = 0; x < lw; x++) {
            if (((this.eLang[i * lw + x] as number) & (ml[j * lw + x] as number)) !== 0) {
              out[j] = (out[j] as number) + W.language;
              break;
            }
          }
        }
      }
    }

    if (W.timeZone !== 0 && this.eTz[i] !== NONE) {
      const a = this.eTz[i] as number;
      const mt = this.mTz;
      for (let j = 0; j < M; j++) {
        const b = mt[j] as number;
        if (b !== NONE) out[j] = (out[j] as number) + W.timeZone * this.timeZonePoints(a, b);
      }
    }

    if (W.questionnaire !== 0 && this.questions > 0) {
      const Q = this.questions;
      const S = this.stride;
      const tab = this.qTable;
      let any = false;
      for (let q = 0; q < Q; q++) {
        const a = this.eAns[i * Q + q] as number;
        if (a !== S - 1) any = true;
        for (let b = 0; b < S; b++) tab[q * S + b] = W.questionnaire * this.answerPoints(q, a, b);
      }
      if (any) {
        const ans = this.mAns;
        for (let j = 0; j < M; j++) {
          let s = 0;
          const base = j * Q;
          for (let q = 0; q < Q; q++) s += tab[q * S + (ans[base + q] as number)] as number;
          out[j] = (out[j] as number) + s;
        }
      }
    }

    // Hard rules. The reporting chain: the mentee's managers up to the top, and the mentors in
    // the mentee's subtree (Euler entry time within [tin, tout)).
    if (this.chainRule && this.hasTree) {
      const mgr = this.managerOf;
      const selfStart = this.selfStart;
      const selfCol = this.selfCol;
      for (let a = mgr[this.eP[i] as number] as number; a !== -1; a = mgr[a] as number) {
        for (let s = selfStart[a] as number; s < (selfStart[a + 1] as number); s++) {
          out[selfCol[s] as number] = FORBIDDEN;
        }
      }
      const oi = this.eTout[i] as number;
      const order = this.tinOrder;
      const sorted = this.tinSorted;
      for (let s = upperBound(sorted, (this.eTin[i] as number) - 1); s < M; s++) {
        if ((sorted[s] as number) >= oi) break;
        out[order[s] as number] = FORBIDDEN;
      }
    }
    if (this.locationRule) {
      const li = this.eLoc[i] as number;
      if (li !== -1) {
        const ml = this.mLoc;
        for (let j = 0; j < M; j++) {
          const lj = ml[j] as number;
          if (lj !== -1 && lj !== li) out[j] = FORBIDDEN;
        }
      }
    }
    const p = this.eP[i] as number;
    for (let s = this.selfStart[p] as number; s < (this.selfStart[p + 1] as number); s++) {
      out[this.selfCol[s] as number] = FORBIDDEN;
    }
    for (let s = this.listStart[i] as number; s < (this.listStart[i + 1] as number); s++) {
      out[this.listCol[s] as number] = FORBIDDEN;
    }
  }

  /**
   * The named parts of (mentee, mentor)'s score, one per shared skill and per shared goal,
   * in criterion order; parts worth 0 points are left out. Their points add up to the score
   * when the pair is allowed (a forbidden pair's parts are what it would have scored).
   */
  parts(mentee: number, mentor: number): Part[] {
    this.check(mentee, mentor);
    const i = mentee;
    const j = mentor;
    const W = this.weights;
    const out: Part[] = [];
    if (W.skills !== 0) {
      let a = this.wantStart[i] as number;
      let b = this.offerStart[j] as number;
      while (a < (this.wantStart[i + 1] as number) && b < (this.offerStart[j + 1] as number)) {
        const ka = this.wantSkill[a] as number;
        const kb = this.offerSkill[b] as number;
        if (ka === kb) {
          const priority = this.wantPrio[a] as number;
          const level = this.offerLevel[b] as number;
          const rarity = this.rarity[ka] as number;
          out.push({
            criterion: "skills",
            points: W.skills * priority * level * rarity,
            skill: ka,
            priority,
            level,
            rarity,
          });
          a++;
          b++;
        } else if (ka < kb) a++;
        else b++;
      }
    }
    if (W.goals !== 0) {
      const gw = this.goalWords;
      for (let x = 0; x < gw; x++) {
        let bits =
          ((this.eGoals[i * gw + x] as number) & (this.mGoals[j * gw + x] as number)) >>> 0;
        while (bits !== 0) {
          const low = 31 - Math.clz32(bits & -bits);
          out.push({ criterion: "goals", points: W.goals, goal: x * 32 + low });
          bits = (bits & (bits - 1)) >>> 0;
        }
      }
    }
    if (W.questionnaire !== 0) {
      const Q = this.questions;
      const same: number[] = [];
      const close: number[] = [];
      let pts = 0;
      for (let q = 0; q < Q; q++) {
        const v = this.answerPoints(
          q,
          this.eAns[i * Q + q] as number,
          this.mAns[j * Q + q] as number,
        );
        if (v === 2) same.push(q);
        else if (v === 1) close.push(q);
        pts += v;
      }
      if (pts > 0)
        out.push({ criterion: "questionnaire", points: W.questionnaire * pts, same, close });
    }
    const si = this.eSen[i] as number;
    const sj = this.mSen[j] as number;
    if (W.seniority !== 0 && si !== SEN_NONE && sj > si) {
      out.push({ criterion: "seniority", points: W.seniority, mentee: si, mentor: sj });
    }
    const di = this.eDept[i] as number;
    const dj = this.mDept[j] as number;
    if (W.crossDepartment !== 0 && di !== -1 && dj !== -1 && di !== dj) {
      out.push({ criterion: "crossDepartment", points: W.crossDepartment, mentee: di, mentor: dj });
    }
    const li = this.eLoc[i] as number;
    const lj = this.mLoc[j] as number;
    if (W.crossLocation !== 0 && li !== -1 && lj !== -1 && li !== lj) {
      out.push({ criterion: "crossLocation", points: W.crossLocation, mentee: li, mentor: lj });
    }
    if (W.language !== 0) {
      const lw = this.langWords;
      const languages: number[] = [];
      for (let x = 0; x < lw; x++) {
        let bits = ((this.eLang[i * lw + x] as number) & (this.mLang[j * lw + x] as number)) >>> 0;
        while (bits !== 0) {
          languages.push(x * 32 + 31 - Math.clz32(bits & -bits));
          bits = (bits & (bits - 1)) >>> 0;
        }
      }
      if (languages.length > 0) out.push({ criterion: "language", points: W.language, languages });
    }
    if (W.timeZone !== 0) {
      const a = this.eTz[i] as number;
      const b = this.mTz[j] as number;
      const v = this.timeZonePoints(a, b);
      if (v > 0) {
        let d = Math.abs(a - b) % 1440;
        if (d > 720) d = 1440 - d;
        const overlapHours =
          this.timeZoneMode === "overlap" ? v : Math.max(0, Math.floor((480 - d) / 60));
        out.push({ criterion: "timeZone", points: W.timeZone * v, gapMinutes: d, overlapHours });
      }
    }
    return out;
  }

  /** The person index behind a mentee row. */
  menteePerson(mentee: number): number {
    return this.eP[mentee] as number;
  }

  /** The person index behind a mentor column. */
  mentorPerson(mentor: number): number {
    return this.mP[mentor] as number;
  }
}

/** Compiles a cohort's profiles under a program's scoring into a {@link ProfileScorer}. */
export function createScorer(cohort: Cohort, config: ScoringConfig): ProfileScorer {
  return new ProfileScorer(cohort, config);
}
