/**
 * The list fields of profiles, compiled: skills as sorted id lists per mentee and mentor plus an
 * inverted index skill → mentors (with each skill's rarity folded in), goals and languages as
 * per-person bitsets plus an inverted index goal → mentors.
 */

import type { Catalog, PersonProfile } from "./profile.ts";

/** Goal and language ids are bits of a per-person bitset: keep them small (catalog indices). */
const MAX_SET_ID = 4096;

export interface CompiledLists {
  readonly skillCount: number;
  /** Rarity factor of each skill id (1 = common … 1 + rarityBoost = rarest). */
  readonly rarity: Int32Array;
  // Skills: mentee wants (CSR, sorted by skill), mentor offers (CSR sorted by skill, level and
  // level × rarity), and the inverted index skill → (mentor, level × rarity) sorted by mentor.
  readonly wantStart: Int32Array;
  readonly wantSkill: Int32Array;
  readonly wantPrio: Int32Array;
  readonly offerStart: Int32Array;
  readonly offerSkill: Int32Array;
  readonly offerLevel: Int32Array;
  readonly bySkillStart: Int32Array;
  /** Interleaved (mentor, level × rarity) pairs. */
  readonly bySkill: Int32Array;
  // Bitsets, and the inverted index goal → mentors.
  readonly byGoalStart: Int32Array;
  readonly byGoalMentor: Int32Array;
  readonly goalWords: number;
  readonly eGoals: Uint32Array;
  readonly mGoals: Uint32Array;
  readonly langWords: number;
  readonly eLang: Uint32Array;
  readonly mLang: Uint32Array;
  /** The most skills and goals points any pair can score (tight per mentee). */
  readonly listBound: number;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function checkId(v: number, limit: number, what: string, person: number): void {
  if (!Number.isInteger(v) || v < 0 || v >= limit) {
    throw new RangeError(`Person ${person}: ${what} ${v} is not a valid id (0..${limit - 1}).`);
  }
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
 * Compiles the skills, goals and languages of the people behind mentee rows `eP` and mentor
 * columns `mP`; `weights` sizes {@link CompiledLists.listBound}.
 */
export function compileLists(
  people: readonly PersonProfile[],
  eP: Int32Array,
  mP: Int32Array,
  catalog: Catalog,
  rarityBoost: number,
  weights: { readonly skills: number; readonly goals: number },
): CompiledLists {
  const N = eP.length;
  const M = mP.length;

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
  const rarity = new Int32Array(T);
  for (let k = 0; k < T; k++) {
    const rk = rank[k] as number;
    if (!Number.isInteger(rk) || rk < 0)
      throw new RangeError("Skill ranks must be whole numbers ≥ 0.");
    rarity[k] = 1 + Math.floor((rarityBoost * rk) / Math.max(1, T));
  }

  const wants = Array.from({ length: N }, (_, i) => wantsOf(eP[i] as number));
  const offers = Array.from({ length: M }, (_, j) => offersOf(mP[j] as number));
  const wantStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) {
    wantStart[i + 1] = (wantStart[i] as number) + (wants[i] as unknown[]).length;
  }
  const wantSkill = new Int32Array(wantStart[N] as number);
  const wantPrio = new Int32Array(wantStart[N] as number);
  for (let i = 0; i < N; i++) {
    let e = wantStart[i] as number;
    for (const [k, pr] of wants[i] as [number, number][]) {
      wantSkill[e] = k;
      wantPrio[e++] = pr;
    }
  }
  const offerStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j++) {
    offerStart[j + 1] = (offerStart[j] as number) + (offers[j] as unknown[]).length;
  }
  const E = offerStart[M] as number;
  const offerSkill = new Int32Array(E);
  const offerLevel = new Int32Array(E);
  const perSkill = new Int32Array(T + 1);
  for (let j = 0; j < M; j++) {
    let e = offerStart[j] as number;
    for (const [k, lv] of offers[j] as [number, number][]) {
      offerSkill[e] = k;
      offerLevel[e++] = lv;
      perSkill[k + 1] = (perSkill[k + 1] as number) + 1;
    }
  }
  for (let k = 0; k < T; k++)
    perSkill[k + 1] = (perSkill[k + 1] as number) + (perSkill[k] as number);
  const bySkillStart = perSkill.slice();
  const bySkill = new Int32Array(2 * E);
  /** The highest level × rarity offered in each skill. */
  const maxLR = new Int32Array(T);
  for (let j = 0; j < M; j++) {
    for (let e = offerStart[j] as number; e < (offerStart[j + 1] as number); e++) {
      const k = offerSkill[e] as number;
      const at = perSkill[k] as number;
      perSkill[k] = at + 1;
      const lr = (offerLevel[e] as number) * (rarity[k] as number);
      bySkill[2 * at] = j;
      bySkill[2 * at + 1] = lr;
      if (lr > (maxLR[k] as number)) maxLR[k] = lr;
    }
  }

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
  const goalWords = wordsFor(maxGoal + 1);
  const langWords = wordsFor(maxLang + 1);
  const eGoals = new Uint32Array(N * goalWords);
  const mGoals = new Uint32Array(M * goalWords);
  const eLang = new Uint32Array(N * langWords);
  const mLang = new Uint32Array(M * langWords);
  for (let i = 0; i < N; i++) {
    const p = people[eP[i] as number] as PersonProfile;
    setBits(eGoals, i * goalWords, p.goals);
    setBits(eLang, i * langWords, p.languages);
  }
  for (let j = 0; j < M; j++) {
    const p = people[mP[j] as number] as PersonProfile;
    setBits(mGoals, j * goalWords, p.goals);
    setBits(mLang, j * langWords, p.languages);
  }

  const G = goalWords * 32;
  const byGoalStart = new Int32Array(G + 1);
  const goalsOf = (j: number) => (people[mP[j] as number] as PersonProfile).goals ?? [];
  for (let j = 0; j < M; j++) {
    for (const g of new Set(goalsOf(j))) byGoalStart[g + 1] = (byGoalStart[g + 1] as number) + 1;
  }
  for (let g = 0; g < G; g++) {
    byGoalStart[g + 1] = (byGoalStart[g + 1] as number) + (byGoalStart[g] as number);
  }
  const fill = byGoalStart.slice(0, G);
  const byGoalMentor = new Int32Array(byGoalStart[G] as number);
  for (let j = 0; j < M; j++) {
    for (const g of new Set(goalsOf(j))) {
      byGoalMentor[fill[g] as number] = j;
      fill[g] = (fill[g] as number) + 1;
    }
  }

  let maxMentorGoals = 0;
  for (let j = 0; j < M; j++) {
    let g = 0;
    for (let x = 0; x < goalWords; x++) g += popcount(mGoals[j * goalWords + x] as number);
    maxMentorGoals = Math.max(maxMentorGoals, g);
  }
  let listBound = 0;
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let e = wantStart[i] as number; e < (wantStart[i + 1] as number); e++) {
      s += (wantPrio[e] as number) * (maxLR[wantSkill[e] as number] as number);
    }
    let g = 0;
    for (let x = 0; x < goalWords; x++) g += popcount(eGoals[i * goalWords + x] as number);
    listBound = Math.max(
      listBound,
      weights.skills * s + weights.goals * Math.min(g, maxMentorGoals),
    );
  }

  return {
    skillCount: T,
    rarity,
    wantStart,
    wantSkill,
    wantPrio,
    offerStart,
    offerSkill,
    offerLevel,
    bySkillStart,
    bySkill,
    byGoalStart,
    byGoalMentor,
    goalWords,
    eGoals,
    mGoals,
    langWords,
    eLang,
    mLang,
    listBound,
  };
}
