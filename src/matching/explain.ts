/**
 * `explain`: why a mentor suits a mentee, in words a person understands — each part of the
 * pair's score with its points, largest first. Sentences speak to the mentee ("you") about the
 * mentor.
 */

import type { Catalog, PersonProfile } from "./profile.ts";
import type { Criterion, ForbiddenRule, Part, ProfileScorer } from "./score.ts";
import { CRITERIA } from "./score.ts";

/** One reason a pair scores what it does. */
export interface Contribution {
  criterion: Criterion;
  points: number;
  text: string;
}

export interface Explanation {
  mentee: number;
  mentor: number;
  /** The pair's score, or -1 when a hard rule forbids it. */
  score: number;
  /** The rule that forbids the pair, or null. */
  forbidden: ForbiddenRule | null;
  /** When forbidden: the rule in words. */
  forbiddenText?: string;
  /**
   * The parts of the score, largest first (ties in criterion order). Their points add up to
   * `score` for an allowed pair; for a forbidden pair the list is empty.
   */
  contributions: Contribution[];
}

function named(list: readonly string[] | undefined, id: number, what: string): string {
  return list?.[id] ?? `${what} ${id}`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hh = h === 1 ? "1 hour" : `${h} hours`;
  if (m === 0) return hh;
  return h === 0 ? `${m} minutes` : `${hh} ${m} minutes`;
}

const PRIORITY = [
  "",
  "which is on your wish list",
  "which you ranked a priority",
  "which you ranked a top priority",
];

/** A person's name for sentences, or a plain stand-in. */
export function personName(
  people: readonly PersonProfile[],
  person: number,
  fallback: string,
): string {
  return people[person]?.name ?? fallback;
}

/** One part of a score in words. */
export function describePart(part: Part, scorer: ProfileScorer): string {
  const catalog: Catalog = scorer.cohort.catalog ?? {};
  switch (part.criterion) {
    case "skills": {
      const skill = named(catalog.skills, part.skill, "skill");
      const max = catalog.maxLevel ?? 5;
      const boost = scorer.rarityBoost;
      let rare = "";
      if (boost > 0) {
        const step = part.rarity - 1;
        if (step * 4 >= boost * 3) rare = " — one of the rarest skills here";
        else if (step * 2 >= boost) rare = " — a rare skill here";
        else if (step > 0) rare = " — a less common skill here";
      }
      return `Offers ${skill} at level ${part.level} of ${max}, ${PRIORITY[part.priority] ?? PRIORITY[1]}${rare}.`;
    }
    case "goals":
      return catalog.goals?.[part.goal] !== undefined
        ? `Both want to grow in ${catalog.goals[part.goal]}.`
        : `You both chose goal ${part.goal}.`;
    case "questionnaire": {
      const qs = catalog.questions;
      const label = (q: number) => qs?.[q]?.text ?? `question ${q + 1}`;
      const same = part.same.map(label);
      const close = part.close.map(label);
      const bits: string[] = [];
      if (same.length > 0) {
        bits.push(
          qs
            ? `the same answers on ${joinWords(same)}`
            : `the same answer to ${same.length} ${same.length === 1 ? "question" : "questions"}`,
        );
      }
      if (close.length > 0) {
        bits.push(
          qs ? `close answers on ${joinWords(close)}` : `close answers to ${close.length} more`,
        );
      }
      return `A similar way of working: ${bits.join(", and ")}.`;
    }
    case "seniority":
      return "Further along in their career than you, so they can share what lies ahead.";
    case "crossDepartment":
      return catalog.departments?.[part.mentor] !== undefined
        ? `Works in another department (${catalog.departments[part.mentor]}): a fresh perspective.`
        : "Works in another department: a fresh perspective.";
    case "crossLocation":
      return catalog.locations?.[part.mentor] !== undefined
        ? `Based in another location (${catalog.locations[part.mentor]}): a chance to widen your network.`
        : "Based in another location: a chance to widen your network.";
    case "language": {
      const names = part.languages
        .map((l) => catalog.languages?.[l])
        .filter((x) => x !== undefined);
      return names.length > 0 ? `You can talk in ${joinWords(names)}.` : "You share a language.";
    }
    case "timeZone":
      if (scorer.timeZoneMode === "overlap") {
        return `Your working days overlap by ${hours(part.overlapHours * 60)}.`;
      }
      return part.gapMinutes === 0
        ? "Works in the same time zone as you."
        : `Works in a nearby time zone (${hours(part.gapMinutes)} apart).`;
  }
}

/** A hard rule in words (the mentee is "you"; `mentorName` names the mentor). */
export function describeRule(
  rule: ForbiddenRule,
  mentorName = "This mentor",
  location?: string,
): string {
  switch (rule.rule) {
    case "self":
      return "This is you: nobody is matched with themselves.";
    case "reporting-chain": {
      const rel =
        rule.direction === "mentor-above"
          ? rule.levels === 1
            ? "is your manager"
            : rule.levels === 2
              ? "is your manager's manager"
              : `is above you in your reporting line (${rule.levels} levels up)`
          : rule.levels === 1
            ? "reports to you"
            : rule.levels === 2
              ? "reports to someone who reports to you"
              : `is in your reporting line, ${rule.levels} levels below you`;
      return `${mentorName} ${rel}: people in the same reporting line are never matched, so you can speak freely.`;
    }
    case "excluded":
      return "A program manager ruled out this pair.";
    case "previous-pair":
      return "You were paired before, and this program pairs people with someone new.";
    case "same-location-required":
      return location !== undefined
        ? `This program pairs people in the same location, and ${mentorName === "This mentor" ? "this mentor" : mentorName} is based in ${location}.`
        : "This program pairs people in the same location, and you are based in different places.";
  }
}

/** The rule that forbids a pair, in words, with names from the scorer's cohort. */
export function describeForbidden(
  scorer: ProfileScorer,
  mentor: number,
  rule: ForbiddenRule,
): string {
  const person = scorer.mentorPerson(mentor);
  const p = scorer.cohort.people[person];
  const loc = p?.location;
  const location = loc === undefined ? undefined : scorer.cohort.catalog?.locations?.[loc];
  return describeRule(rule, p?.name ?? "This mentor", location);
}

/**
 * Explains the score of (mentee, mentor): its contributions, largest first, each with its
 * points and a sentence. For an allowed pair the points add up to `scorer.score(mentee, mentor)`.
 */
export function explain(scorer: ProfileScorer, mentee: number, mentor: number): Explanation {
  const forbidden = scorer.forbiddenRule(mentee, mentor);
  if (forbidden) {
    return {
      mentee,
      mentor,
      score: -1,
      forbidden,
      forbiddenText: describeForbidden(scorer, mentor, forbidden),
      contributions: [],
    };
  }
  const order = new Map<Criterion, number>(CRITERIA.map((c, at) => [c, at]));
  const contributions = scorer
    .parts(mentee, mentor)
    .map((part, at) => ({ part, at }))
    .sort(
      (a, b) =>
        b.part.points - a.part.points ||
        (order.get(a.part.criterion) as number) - (order.get(b.part.criterion) as number) ||
        a.at - b.at,
    )
    .map(({ part }) => ({
      criterion: part.criterion,
      points: part.points,
      text: describePart(part, scorer),
    }));
  const score = contributions.reduce((s, c) => s + c.points, 0);
  return { mentee, mentor, score, forbidden: null, contributions };
}
