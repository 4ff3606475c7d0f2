/**
 * One pair's score: the points each criterion gives, the score as one number (what the solver
 * asks for, pair by pair) and as named parts with the facts behind them (what `explain` puts
 * into words). The two must agree: a pair's parts add up to its score.
 */

import { type CompiledCohort, NONE, SEN_NONE } from "./compile-cohort.ts";
import { popcount } from "./compile-lists.ts";
import { forbiddenCode } from "./hard-rules.ts";
import { FORBIDDEN } from "./types.ts";

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

/** Points for two questionnaire answers (coded; `stride - 1` = unanswered), before weighting. */
export function answerPoints(c: CompiledCohort, q: number, a: number, b: number): number {
  const none = c.stride - 1;
  if (a === none || b === none) return 0;
  if (a === b) return 2;
  return c.scale[q] === 1 && (a - b === 1 || b - a === 1) ? 1 : 0;
}

/** Points for two UTC offsets (NONE = unknown), before weighting. */
export function timeZonePoints(c: CompiledCohort, a: number, b: number): number {
  if (a === NONE || b === NONE) return 0;
  let d = a > b ? a - b : b - a;
  d %= 1440;
  if (d > 720) d = 1440 - d;
  if (c.timeZoneMode === "within") return d <= c.timeZoneMinutes ? 1 : 0;
  const o = c.timeZoneMinutes - d;
  return o > 0 ? Math.floor(o / 60) : 0;
}

/** The score of (mentee i, mentor j), or FORBIDDEN (-1). */
export function pairScore(c: CompiledCohort, i: number, j: number): number {
  if (forbiddenCode(c, i, j) !== 0) return FORBIDDEN;
  const W = c.weights;
  let s = 0;
  if (W.skills !== 0) {
    let a = c.wantStart[i] as number;
    const ae = c.wantStart[i + 1] as number;
    let b = c.offerStart[j] as number;
    const be = c.offerStart[j + 1] as number;
    let sk = 0;
    while (a < ae && b < be) {
      const ka = c.wantSkill[a] as number;
      const kb = c.offerSkill[b] as number;
      if (ka === kb) {
        sk += (c.wantPrio[a] as number) * (c.offerLevel[b] as number) * (c.rarity[ka] as number);
        a++;
        b++;
      } else if (ka < kb) a++;
      else b++;
    }
    s += W.skills * sk;
  }
  if (W.goals !== 0) {
    const gw = c.goalWords;
    let g = 0;
    for (let x = 0; x < gw; x++)
      g += popcount((c.eGoals[i * gw + x] as number) & (c.mGoals[j * gw + x] as number));
    s += W.goals * g;
  }
  if (W.questionnaire !== 0) {
    const Q = c.questions;
    let q2 = 0;
    for (let q = 0; q < Q; q++)
      q2 += answerPoints(c, q, c.eAns[i * Q + q] as number, c.mAns[j * Q + q] as number);
    s += W.questionnaire * q2;
  }
  const si = c.eSen[i] as number;
  if (W.seniority !== 0 && si !== SEN_NONE && (c.mSen[j] as number) > si) s += W.seniority;
  const di = c.eDept[i] as number;
  const dj = c.mDept[j] as number;
  if (di !== -1 && dj !== -1 && di !== dj) s += W.crossDepartment;
  const li = c.eLoc[i] as number;
  const lj = c.mLoc[j] as number;
  if (li !== -1 && lj !== -1 && li !== lj) s += W.crossLocation;
  if (W.language !== 0) {
    const lw = c.langWords;
    for (let x = 0; x < lw; x++) {
      if (((c.eLang[i * lw + x] as number) & (c.mLang[j * lw + x] as number)) !== 0) {
        s += W.language;
        break;
      }
    }
  }
  if (W.timeZone !== 0) s += W.timeZone * timeZonePoints(c, c.eTz[i] as number, c.mTz[j] as number);
  return s;
}

/**
 * The named parts of (mentee i, mentor j)'s score, one per shared skill and per shared goal,
 * in criterion order; parts worth 0 points are left out. Their points add up to the score
 * when the pair is allowed (a forbidden pair's parts are what it would have scored).
 */
export function pairParts(c: CompiledCohort, i: number, j: number): Part[] {
  const W = c.weights;
  const out: Part[] = [];
  if (W.skills !== 0) {
    let a = c.wantStart[i] as number;
    let b = c.offerStart[j] as number;
    while (a < (c.wantStart[i + 1] as number) && b < (c.offerStart[j + 1] as number)) {
      const ka = c.wantSkill[a] as number;
      const kb = c.offerSkill[b] as number;
      if (ka === kb) {
        const priority = c.wantPrio[a] as number;
        const level = c.offerLevel[b] as number;
        const rarity = c.rarity[ka] as number;
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
    const gw = c.goalWords;
    for (let x = 0; x < gw; x++) {
      let bits = ((c.eGoals[i * gw + x] as number) & (c.mGoals[j * gw + x] as number)) >>> 0;
      while (bits !== 0) {
        const low = 31 - Math.clz32(bits & -bits);
        out.push({ criterion: "goals", points: W.goals, goal: x * 32 + low });
        bits = (bits & (bits - 1)) >>> 0;
      }
    }
  }
  if (W.questionnaire !== 0) {
    const Q = c.questions;
    const same: number[] = [];
    const close: number[] = [];
    let pts = 0;
    for (let q = 0; q < Q; q++) {
      const v = answerPoints(c, q, c.eAns[i * Q + q] as number, c.mAns[j * Q + q] as number);
      if (v === 2) same.push(q);
      else if (v === 1) close.push(q);
      pts += v;
    }
    if (pts > 0)
      out.push({ criterion: "questionnaire", points: W.questionnaire * pts, same, close });
  }
  const si = c.eSen[i] as number;
  const sj = c.mSen[j] as number;
  if (W.seniority !== 0 && si !== SEN_NONE && sj > si) {
    out.push({ criterion: "seniority", points: W.seniority, mentee: si, mentor: sj });
  }
  const di = c.eDept[i] as number;
  const dj = c.mDept[j] as number;
  if (W.crossDepartment !== 0 && di !== -1 && dj !== -1 && di !== dj) {
    out.push({ criterion: "crossDepartment", points: W.crossDepartment, mentee: di, mentor: dj });
  }
  const li = c.eLoc[i] as number;
  const lj = c.mLoc[j] as number;
  if (W.crossLocation !== 0 && li !== -1 && lj !== -1 && li !== lj) {
    out.push({ criterion: "crossLocation", points: W.crossLocation, mentee: li, mentor: lj });
  }
  if (W.language !== 0) {
    const lw = c.langWords;
    const languages: number[] = [];
    for (let x = 0; x < lw; x++) {
      let bits = ((c.eLang[i * lw + x] as number) & (c.mLang[j * lw + x] as number)) >>> 0;
      while (bits !== 0) {
        languages.push(x * 32 + 31 - Math.clz32(bits & -bits));
        bits = (bits & (bits - 1)) >>> 0;
      }
    }
    if (languages.length > 0) out.push({ criterion: "language", points: W.language, languages });
  }
  if (W.timeZone !== 0) {
    const a = c.eTz[i] as number;
    const b = c.mTz[j] as number;
    const v = timeZonePoints(c, a, b);
    if (v > 0) {
      let d = Math.abs(a - b) % 1440;
      if (d > 720) d = 1440 - d;
      const overlapHours =
        c.timeZoneMode === "overlap" ? v : Math.max(0, Math.floor((480 - d) / 60));
      out.push({ criterion: "timeZone", points: W.timeZone * v, gapMinutes: d, overlapHours });
    }
  }
  return out;
}
