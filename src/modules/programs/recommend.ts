import type { MentoringFormat } from "../../db/schema.ts";
import {
  DEFAULT_WEIGHTS_BY_PURPOSE,
  type ProgramPurpose,
  type ProgramWeights,
} from "./default-weights.ts";
import type { MatchingMode } from "./matching-settings.ts";
import type { Measure } from "./measures.ts";
import type { NeedsAnalysis } from "./needs-analysis.ts";
import type { IssueCategory } from "./needs-analysis-options.ts";

export { DEFAULT_WEIGHTS_BY_PURPOSE } from "./default-weights.ts";

/** One recommended setting and why, in words a program manager can weigh. */
export type Recommended<T> = { value: T; reason: string };

export type Recommendation = {
  purpose: Recommended<ProgramPurpose>;
  format: Recommended<MentoringFormat>;
  roles: Recommended<"mentor_mentee" | "everyone_both">;
  kind: Recommended<"career" | "on_the_job">;
  capacity: Recommended<number>;
  durationMonths: Recommended<number>;
  cadence: Recommended<{ minWeeks: number; maxWeeks: number }>;
  mode: Recommended<MatchingMode>;
  weights: Recommended<ProgramWeights>;
  sameLocationRequired: Recommended<boolean>;
  measures: Recommended<Measure[]>;
  /** Advice that isn't a setting: things to do around the program. */
  notes: string[];
};

type Base = {
  purpose: [ProgramPurpose, string];
  format: [MentoringFormat, string];
  capacity: [number, string];
  mode: [MatchingMode, string];
  measures: Measure[];
};

const LARGE_COHORT = 300;

/** The heart of the advice: what the business issue calls for. */
function baseFor(a: NeedsAnalysis): Base {
  const category: IssueCategory = a.issue.category;
  const choice =
    "Mentees choose from a shortlist: people who have a say in their match take more ownership of it.";
  switch (category) {
    case "knowledge_held_by_few":
      return {
        purpose: [
          "knowledge_transfer",
          "Knowledge is held by a few, so the program's job is to pass it on.",
        ],
        format: ["one_to_one", "Knowledge is held by a few → 1:1 mentoring from tenured experts."],
        capacity: [
          3,
          "Experts are scarce, so each can mentor up to 3 people at once and more people learn from them.",
        ],
        mode: ["choice", choice],
        measures: ["knowledge_shared", "skill_growth", "relationship_satisfaction"],
      };
    case "slow_onboarding":
      return {
        purpose: ["onboarding", "New people finding their feet sooner is an onboarding goal."],
        format: [
          "one_to_one",
          "Newcomers do best with one person to turn to → 1:1 mentoring with someone who knows the ropes.",
        ],
        capacity: [
          2,
          "A mentor can look after 2 newcomers at once without it becoming a second job.",
        ],
        mode: [
          "bulk",
          "Newcomers don't know anyone yet to choose from, so we propose the whole set of pairs for you to review.",
        ],
        measures: ["time_to_productivity", "retention", "relationship_satisfaction"],
      };
    case "leadership_pipeline":
      return {
        purpose: [
          "high_potential",
          "Growing future leaders is about developing high-potential people.",
        ],
        format: [
          "one_to_one",
          "Future leaders grow with a seasoned guide → 1:1 mentoring by people two or more steps ahead.",
        ],
        capacity: [2, "Leadership mentoring asks a lot of the mentor, so 2 mentees at most."],
        mode: ["choice", choice],
        measures: ["promotion_readiness", "skill_growth", "retention"],
      };
    case "silos":
      return a.audience.size >= LARGE_COHORT
        ? {
            purpose: ["diversity", "Breaking down silos means bringing different groups together."],
            format: [
              "flash",
              "Silos across a large group → flash mentoring: short one-off conversations, so many people meet many others quickly.",
            ],
            capacity: [3, "Each person can hold up to 3 short conversations at a time."],
            mode: [
              "bulk",
              "We propose conversations across teams for you to review, so nobody has to know whom to ask.",
            ],
            measures: ["cross_team_connections", "knowledge_shared", "engagement"],
          }
        : {
            purpose: ["diversity", "Breaking down silos means bringing different groups together."],
            format: [
              "peer",
              "Silos between teams → peer mentoring across departments: equals learning from each other's work.",
            ],
            capacity: [1, "One peer partner each keeps it personal."],
            mode: [
              "bulk",
              "We propose pairs across teams for you to review, so nobody has to know whom to ask.",
            ],
            measures: ["cross_team_connections", "knowledge_shared", "engagement"],
          };
    case "retention":
      return {
        purpose: [
          "engagement",
          "People staying and caring about their work is an engagement goal.",
        ],
        format: [
          "one_to_one",
          "People stay where someone invests in them → 1:1 mentoring focused on their own goals.",
        ],
        capacity: [2, "Up to 2 mentees per mentor, so each relationship gets real attention."],
        mode: ["choice", choice],
        measures: ["retention", "engagement", "relationship_satisfaction"],
      };
    case "culture_change":
      return a.leadersModel === "no"
        ? {
            purpose: ["culture", "Changing how we work together is a culture goal."],
            format: [
              "reverse",
              "Leaders don't model the change yet → reverse mentoring: people closer to the work mentor senior leaders, so the change starts at the top.",
            ],
            capacity: [1, "One leader per mentor keeps reverse mentoring safe and personal."],
            mode: [
              "hybrid",
              "We propose the pairs and both people confirm: in reverse mentoring, both sides need to say yes.",
            ],
            measures: ["engagement", "cross_team_connections", "relationship_satisfaction"],
          }
        : {
            purpose: ["culture", "Changing how we work together is a culture goal."],
            format: [
              "group",
              "Culture spreads through conversation → group circles, each guided by someone who already lives the change.",
            ],
            capacity: [
              6,
              "Circles of up to 6 people around one guide: big enough for many voices, small enough for trust.",
            ],
            mode: ["bulk", "We form the circles across teams for you to review."],
            measures: ["engagement", "cross_team_connections", "relationship_satisfaction"],
          };
    case "inclusion":
      return {
        purpose: [
          "diversity",
          "Helping every group feel heard means bringing different groups together.",
        ],
        format: [
          "reverse",
          "Some groups feel unheard → reverse mentoring: their voices mentor senior people directly.",
        ],
        capacity: [1, "One mentee per mentor keeps reverse mentoring safe and personal."],
        mode: [
          "hybrid",
          "We propose the pairs and both people confirm, so nobody is placed in a pairing they aren't comfortable with.",
        ],
        measures: ["engagement", "retention", "cross_team_connections"],
      };
    case "other":
      return {
        purpose: ["other", "You described your own purpose; we start from balanced settings."],
        format: ["one_to_one", "1:1 mentoring is the most familiar format and a safe start."],
        capacity: [2, "Up to 2 mentees per mentor, so each relationship gets real attention."],
        mode: ["choice", choice],
        measures: ["relationship_satisfaction", "skill_growth"],
      };
  }
}

/**
 * Recommends a program's format and settings from the needs-analysis answers, each with its
 * reason. Pure: the wizard shows it live and the server stores it with the program.
 * Grounded in DOMAIN.md §4 and EVIDENCE.md (12 months, every 2–6 weeks, mentee input).
 */
export function recommendProgram(a: NeedsAnalysis): Recommendation {
  const base = baseFor(a);
  const notes: string[] = [];
  const format = base.format[0];
  let capacity = base.capacity;
  const purpose = base.purpose[0];

  const peerLike = format === "peer" || format === "flash";
  const roles: Recommended<"mentor_mentee" | "everyone_both"> = peerLike
    ? {
        value: "everyone_both",
        reason: "Everyone is both mentor and mentee: peers learn from each other.",
      }
    : { value: "mentor_mentee", reason: "People join as a mentor, a mentee, or both." };

  const kind: Recommended<"career" | "on_the_job"> =
    purpose === "onboarding"
      ? {
          value: "on_the_job",
          reason:
            "Onboarding is about doing the job, so a newcomer may be paired inside their own team (even with their manager), and both see that it is so.",
        }
      : {
          value: "career",
          reason:
            "This is about each person's own development, so nobody is paired with their manager or anyone in their reporting chain.",
        };

  const durationMonths: Recommended<number> =
    format === "flash"
      ? { value: 3, reason: "Flash conversations are short, so a 3-month season is enough." }
      : purpose === "onboarding"
        ? { value: 6, reason: "The first 6 months are when newcomers need a guide most." }
        : { value: 12, reason: "Relationships that last about 12 months show the largest gains." };

  const cadence: Recommended<{ minWeeks: number; maxWeeks: number }> =
    purpose === "onboarding"
      ? {
          value: { minWeeks: 1, maxWeeks: 2 },
          reason: "Newcomers have questions every week: meet every 1–2 weeks.",
        }
      : format === "flash"
        ? {
            value: { minWeeks: 1, maxWeeks: 4 },
            reason: "A conversation every few weeks keeps new connections coming.",
          }
        : {
            value: { minWeeks: 2, maxWeeks: 6 },
            reason: "Meeting every 2–6 weeks, for about an hour, keeps momentum without overload.",
          };

  const weights = { ...DEFAULT_WEIGHTS_BY_PURPOSE[purpose] };
  const weightReasons = [`Criteria weighted for ${PURPOSE_WORDS[purpose]}.`];

  if (a.knowledgeSharing === "within_teams" && weights.crossDepartment < 4) {
    weights.crossDepartment += 2;
    weightReasons.push("Knowledge stays inside teams, so pairs across departments count for more.");
  }
  if (a.knowledgeSharing === "few_experts") {
    weights.seniority += 1;
    if (!peerLike && format !== "group" && capacity[0] < 3) {
      capacity = [
        3,
        "A few experts answer most questions, so each can mentor up to 3 people at once.",
      ];
    }
    weightReasons.push("A few experts hold the answers, so experience counts for a little more.");
  }
  if (a.knowledgeSharing === "rarely") {
    notes.push(
      "Knowledge is rarely shared today: start with a small, visible first group and share what they learned.",
    );
  }

  if (a.leadersModel === "no" && format !== "reverse") {
    notes.push(
      "Senior leaders don't model this yet: invite two or three of them to mentor, or be mentored, in the first group. People follow what leaders do.",
    );
  } else if (a.leadersModel === "some") {
    notes.push(
      "Ask the senior leaders who already take part to say so openly when the program launches.",
    );
  }

  const canMeetRemotely = a.tools.includes("video_calls");
  const sameLocationRequired: Recommended<boolean> = canMeetRemotely
    ? { value: false, reason: "People have video calls, so pairs can work across places." }
    : {
        value: true,
        reason:
          "Without video calls people need to meet in person, so pairs work in the same place.",
      };
  if (!canMeetRemotely) {
    weights.crossLocation = 0;
    weights.timeZone = 0;
  }
  if (a.tools.length === 0) {
    notes.push(
      "People have few tools to meet with: make sure mentoring time and a quiet room are available at work.",
    );
  }
  if (!a.personalDevicesAllowed) {
    notes.push(
      "Personal and mobile devices aren't allowed: people take part from work devices, so give them time for it in the working day.",
    );
  }

  const mode: Recommended<MatchingMode> =
    a.audience.size > 5000 && base.mode[0] === "choice"
      ? {
          value: "hybrid",
          reason:
            "With this many people we propose the pairs and both people confirm, so nobody waits on a long chain of requests.",
        }
      : { value: base.mode[0], reason: base.mode[1] };

  return {
    purpose: { value: purpose, reason: base.purpose[1] },
    format: { value: format, reason: base.format[1] },
    roles,
    kind,
    capacity: { value: capacity[0], reason: capacity[1] },
    durationMonths,
    cadence,
    mode,
    weights: { value: weights, reason: weightReasons.join(" ") },
    sameLocationRequired,
    measures: {
      value: base.measures,
      reason: "These show whether the program does what it is for; insights report on them.",
    },
    notes,
  };
}

const PURPOSE_WORDS: Record<ProgramPurpose, string> = {
  knowledge_transfer: "passing knowledge on: skills and experience lead",
  high_potential: "growing future leaders: shared goals and experience lead",
  onboarding: "onboarding: a shared language and working hours lead",
  culture: "culture: a similar way of working and crossing teams lead",
  engagement: "engagement: a similar way of working and shared goals lead",
  diversity: "bringing groups together: different departments and places lead",
  other: "a balanced start",
};
