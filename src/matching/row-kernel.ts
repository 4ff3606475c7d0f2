/**
 * The row kernel: one mentee's scores against every mentor, as a handful of tight loops over
 * the compiled typed arrays — no objects, no Maps, nothing allocated per pair.
 */

import { type CompiledCohort, type Groups, NONE, SEN_NONE } from "./compile-cohort.ts";
import { forbidInRow } from "./hard-rules.ts";
import { answerPoints, timeZonePoints } from "./pair-score.ts";
import { upperBound } from "./sorted-index.ts";

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

/**
 * Writes the scores of mentee i against every mentor into `out` (length ≥ mentors).
 *
 * Every criterion touches only the mentors it changes: a bonus most mentors get (another
 * department, another location, more senior) goes into the starting value and is taken back
 * from the few who don't get it; skills and goals go through inverted indexes; the reporting
 * chain is the mentee's managers plus one contiguous run of mentors in Euler order.
 */
export function scoreRow(c: CompiledCohort, i: number, out: Int32Array): void {
  const M = c.mentors;
  const W = c.weights;

  // Seniority: mentors more senior than the mentee are a suffix of senOrder.
  let senFrom = M;
  let senTo = M;
  let senAdd = 0;
  let base = 0;
  const si = c.eSen[i] as number;
  if (W.seniority !== 0 && si !== SEN_NONE) {
    const p = upperBound(c.senSorted, si);
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
  const dOn = W.crossDepartment !== 0 && c.eDept[i] !== -1;
  const lOn = W.crossLocation !== 0 && c.eLoc[i] !== -1;
  if (dOn) base += W.crossDepartment;
  if (lOn) base += W.crossLocation;
  out.fill(base, 0, M);
  if (senAdd !== 0) {
    const order = c.senOrder;
    for (let s = senFrom; s < senTo; s++) {
      const j = order[s] as number;
      out[j] = (out[j] as number) + senAdd;
    }
  }
  if (dOn) takeBack(out, c.deptGroups, c.eDeptGroup[i] as number, W.crossDepartment);
  if (lOn) takeBack(out, c.locGroups, c.eLocGroup[i] as number, W.crossLocation);

  // Skills, through the inverted index: only mentors offering a wanted skill are touched.
  if (W.skills !== 0) {
    const start = c.bySkillStart;
    const pairs = c.bySkill;
    for (let a = c.wantStart[i] as number; a < (c.wantStart[i + 1] as number); a++) {
      const k = c.wantSkill[a] as number;
      const f = W.skills * (c.wantPrio[a] as number);
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
    const gw = c.goalWords;
    const start = c.byGoalStart;
    const mentor = c.byGoalMentor;
    for (let x = 0; x < gw; x++) {
      let bits = (c.eGoals[i * gw + x] as number) >>> 0;
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
    const lw = c.langWords;
    const ml = c.mLang;
    if (lw === 1) {
      const l = c.eLang[i] as number;
      if (l !== 0) {
        for (let j = 0; j < M; j++)
          if ((l & (ml[j] as number)) !== 0) out[j] = (out[j] as number) + W.language;
      }
    } else {
      for (let j = 0; j < M; j++) {
        for (let x = 0; x < lw; x++) {
          if (((c.eLang[i * lw + x] as number) & (ml[j * lw + x] as number)) !== 0) {
            out[j] = (out[j] as number) + W.language;
            break;
          }
        }
      }
    }
  }

  if (W.timeZone !== 0 && c.eTz[i] !== NONE) {
    const a = c.eTz[i] as number;
    const mt = c.mTz;
    for (let j = 0; j < M; j++) {
      const b = mt[j] as number;
      if (b !== NONE) out[j] = (out[j] as number) + W.timeZone * timeZonePoints(c, a, b);
    }
  }

  if (W.questionnaire !== 0 && c.questions > 0) {
    const Q = c.questions;
    const S = c.stride;
    const tab = c.qTable;
    let any = false;
    for (let q = 0; q < Q; q++) {
      const a = c.eAns[i * Q + q] as number;
      if (a !== S - 1) any = true;
      for (let b = 0; b < S; b++) tab[q * S + b] = W.questionnaire * answerPoints(c, q, a, b);
    }
    if (any) {
      const ans = c.mAns;
      for (let j = 0; j < M; j++) {
        let s = 0;
        const base = j * Q;
        for (let q = 0; q < Q; q++) s += tab[q * S + (ans[base + q] as number)] as number;
        out[j] = (out[j] as number) + s;
      }
    }
  }

  forbidInRow(c, i, out);
}
