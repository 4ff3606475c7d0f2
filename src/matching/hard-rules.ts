/**
 * The hard rules: a pair that breaks one is forbidden, whatever its score — self, the reporting
 * chain (either direction, via Euler-tour intervals of the manager tree), excluded pairs,
 * previous pairs and, when the program asks, another location. Each rule has a small code for
 * the kernels and a {@link ForbiddenRule} with the facts behind it for `explain` and `whyNot`.
 */

import type { PersonProfile, Rules } from "./profile.ts";
import { sortedOrder, upperBound } from "./sorted-index.ts";
import { FORBIDDEN } from "./types.ts";

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

const CODE_SELF = 1;
const CODE_CHAIN = 2;
const CODE_EXCLUDED = 3;
const CODE_PREVIOUS = 4;
const CODE_LOCATION = 5;

/** The manager tree as Euler-tour intervals: b is under a when tin[a] ≤ tin[b] < tout[a]. */
export interface ManagerTree {
  /** Depth of every person in the tree (0 at the top). */
  readonly depth: Int32Array;
  readonly hasTree: boolean;
  /** manager[p] of every person, -1 at the top. */
  readonly managerOf: Int32Array;
  /** Euler entry and exit times of each mentee row / mentor column. */
  readonly eTin: Int32Array;
  readonly eTout: Int32Array;
  readonly mTin: Int32Array;
  readonly mTout: Int32Array;
  /** Mentors sorted by Euler entry time: a subtree's mentors are one contiguous run. */
  readonly tinOrder: Int32Array;
  readonly tinSorted: Int32Array;
}

/** Self pairs and listed pairs, indexed for lookups by row. */
export interface PairLists {
  /** The mentor columns of each person (CSR by person). */
  readonly selfStart: Int32Array;
  readonly selfCol: Int32Array;
  /** Listed forbidden pairs (previous pairs, exclusions) per mentee row, sorted by column. */
  readonly listStart: Int32Array;
  readonly listCol: Int32Array;
  readonly listCode: Uint8Array;
}

/** What the hard rules read. */
export interface HardRules extends ManagerTree, PairLists {
  readonly mentors: number;
  /** The person behind each mentee row / mentor column. */
  readonly eP: Int32Array;
  readonly mP: Int32Array;
  /** Location id of each mentee row / mentor column (-1 unknown). */
  readonly eLoc: Int32Array;
  readonly mLoc: Int32Array;
  readonly chainRule: boolean;
  readonly locationRule: boolean;
}

/** Euler-tour intervals of the manager tree (iterative; loops are an error). */
export function compileManagerTree(
  people: readonly PersonProfile[],
  eP: Int32Array,
  mP: Int32Array,
): ManagerTree {
  const P = people.length;
  const depth = new Int32Array(P);
  const tin = new Int32Array(P);
  const tout = new Int32Array(P);
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
  tin.fill(-1);
  for (let root = 0; root < P; root++) {
    if (((people[root] as PersonProfile).manager ?? -1) !== -1) continue;
    let top = 0;
    stack[0] = root;
    tin[root] = clock++;
    depth[root] = 0;
    next[root] = childStart[root] as number;
    visited++;
    while (top >= 0) {
      const v = stack[top] as number;
      const c = next[v] as number;
      if (c < (childStart[v + 1] as number)) {
        next[v] = c + 1;
        const u = children[c] as number;
        tin[u] = clock++;
        depth[u] = (depth[v] as number) + 1;
        next[u] = childStart[u] as number;
        stack[++top] = u;
        visited++;
      } else {
        tout[v] = clock;
        top--;
      }
    }
  }
  if (visited !== P) {
    const p = tin.indexOf(-1);
    throw new RangeError(`The manager links form a loop (person ${p} is in it).`);
  }
  const mTin = mP.map((p) => tin[p] as number);
  const managerOf = new Int32Array(P);
  for (let p = 0; p < P; p++) managerOf[p] = (people[p] as PersonProfile).manager ?? -1;
  const tinOrder = sortedOrder(mTin);
  return {
    depth,
    hasTree: links > 0,
    managerOf,
    eTin: eP.map((p) => tin[p] as number),
    eTout: eP.map((p) => tout[p] as number),
    mTin,
    mTout: mP.map((p) => tout[p] as number),
    tinOrder,
    tinSorted: tinOrder.map((j) => mTin[j] as number),
  };
}

/** The mentor columns of each person, and the listed pairs (excluded, previous) per row. */
export function compilePairLists(
  personCount: number,
  eP: Int32Array,
  mP: Int32Array,
  rules: Rules,
): PairLists {
  const P = personCount;
  const N = eP.length;
  const M = mP.length;
  const selfStart = new Int32Array(P + 1);
  for (let j = 0; j < M; j++) {
    const p = mP[j] as number;
    selfStart[p + 1] = (selfStart[p + 1] as number) + 1;
  }
  for (let p = 0; p < P; p++) {
    selfStart[p + 1] = (selfStart[p + 1] as number) + (selfStart[p] as number);
  }
  const selfCol = new Int32Array(M);
  const fill = selfStart.slice(0, P);
  for (let j = 0; j < M; j++) {
    const p = mP[j] as number;
    selfCol[fill[p] as number] = j;
    fill[p] = (fill[p] as number) + 1;
  }

  const menteeRows: number[][] = Array.from({ length: P }, () => []);
  for (let i = 0; i < N; i++) (menteeRows[eP[i] as number] as number[]).push(i);
  const listed: [number, number, number][] = [];
  const add = (a: number, b: number, code: number) => {
    for (const i of menteeRows[a] ?? []) {
      for (let s = selfStart[b] as number; s < (selfStart[b + 1] as number); s++) {
        listed.push([i, selfCol[s] as number, code]);
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
  const listStart = new Int32Array(N + 1);
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
    listStart[i + 1] = (listStart[i + 1] as number) + 1;
  }
  for (let i = 0; i < N; i++) {
    listStart[i + 1] = (listStart[i + 1] as number) + (listStart[i] as number);
  }
  return {
    selfStart,
    selfCol,
    listStart,
    listCol: Int32Array.from(cols),
    listCode: Uint8Array.from(codes),
  };
}

/** The rule that forbids (mentee, mentor) as a small code, or 0 when the pair is allowed. */
export function forbiddenCode(c: HardRules, i: number, j: number): number {
  if (c.eP[i] === c.mP[j]) return CODE_SELF;
  if (c.chainRule && c.hasTree) {
    if (
      (c.mTin[j] as number) < (c.eTout[i] as number) &&
      (c.eTin[i] as number) < (c.mTout[j] as number)
    ) {
      return CODE_CHAIN;
    }
  }
  let lo = c.listStart[i] as number;
  let hi = (c.listStart[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const col = c.listCol[mid] as number;
    if (col === j) return c.listCode[mid] as number;
    if (col < j) lo = mid + 1;
    else hi = mid - 1;
  }
  if (c.locationRule) {
    const a = c.eLoc[i] as number;
    const b = c.mLoc[j] as number;
    if (a !== -1 && b !== -1 && a !== b) return CODE_LOCATION;
  }
  return 0;
}

/** Which hard rule forbids (mentee, mentor), or null when the pair is allowed. */
export function forbiddenRule(c: HardRules, mentee: number, mentor: number): ForbiddenRule | null {
  switch (forbiddenCode(c, mentee, mentor)) {
    case 0:
      return null;
    case CODE_SELF:
      return { rule: "self" };
    case CODE_CHAIN: {
      const da = c.depth[c.eP[mentee] as number] as number;
      const db = c.depth[c.mP[mentor] as number] as number;
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

/**
 * Writes FORBIDDEN over a mentee's row wherever a hard rule applies. The reporting chain is
 * the mentee's managers up to the top, and the mentors in the mentee's subtree (Euler entry
 * time within [tin, tout)).
 */
export function forbidInRow(c: HardRules, i: number, out: Int32Array): void {
  const M = c.mentors;
  if (c.chainRule && c.hasTree) {
    const mgr = c.managerOf;
    const selfStart = c.selfStart;
    const selfCol = c.selfCol;
    for (let a = mgr[c.eP[i] as number] as number; a !== -1; a = mgr[a] as number) {
      for (let s = selfStart[a] as number; s < (selfStart[a + 1] as number); s++) {
        out[selfCol[s] as number] = FORBIDDEN;
      }
    }
    const oi = c.eTout[i] as number;
    const order = c.tinOrder;
    const sorted = c.tinSorted;
    for (let s = upperBound(sorted, (c.eTin[i] as number) - 1); s < M; s++) {
      if ((sorted[s] as number) >= oi) break;
      out[order[s] as number] = FORBIDDEN;
    }
  }
  if (c.locationRule) {
    const li = c.eLoc[i] as number;
    if (li !== -1) {
      const ml = c.mLoc;
      for (let j = 0; j < M; j++) {
        const lj = ml[j] as number;
        if (lj !== -1 && lj !== li) out[j] = FORBIDDEN;
      }
    }
  }
  const p = c.eP[i] as number;
  for (let s = c.selfStart[p] as number; s < (c.selfStart[p + 1] as number); s++) {
    out[c.selfCol[s] as number] = FORBIDDEN;
  }
  for (let s = c.listStart[i] as number; s < (c.listStart[i + 1] as number); s++) {
    out[c.listCol[s] as number] = FORBIDDEN;
  }
}
