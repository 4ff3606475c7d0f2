/**
 * The relationships under way in the demo's running program, in our own words: who does what,
 * what they agreed, what happened in each session and what they committed to. People are
 * referred to by position: 0 is the mentor (or the circle's facilitator), 1 the mentee (or the
 * circle's first member), and so on. Days are counted from the day the demo is seeded.
 */

export type Who = number;
export type Section = "reflect" | "select" | "act" | "other";

export type StoryCommitment = {
  by: Who;
  text: string;
  /** Due this many days after the session. */
  dueAfterDays: number | null;
  status: "open" | "done" | "dropped";
  dropReason?: string;
};

export type StorySession = {
  daysAgo: number;
  hour: number;
  shared: string;
  agenda: { section: Section; text: string; by: Who }[];
  commitments: StoryCommitment[];
  personal?: { by: Who; body: string };
  /** Who has answered "did it happen?" (everyone when left out). */
  answeredBy?: Who[];
};

export type Story = {
  kind: "pair" | "circle";
  name?: string;
  /** How many members besides the lead (1 for a pair). */
  members: number;
  startedDaysAgo: number;
  agreement: {
    cadenceWeeks: number;
    sessionMinutes: number;
    channel: "in_person" | "video" | "phone";
    channelDetail: string;
    mentorResponsibilities: string;
    menteeResponsibilities: string;
  };
  goals: {
    title: string;
    measure: string;
    status: "not_started" | "in_progress" | "reached";
    progress?: { by: Who; body: string; daysAgo: number }[];
  }[];
  sessions: StorySession[];
  upcoming: { inDays: number; hour: number; proposedBy: Who; confirmed: boolean } | null;
  /** Quiet for a long time: nudged, then shown to managers as stalled. */
  stalled?: { nudgedDaysAgo: number; stalledDaysAgo: number };
  debriefs?: { by: Who; learned: string; shared: boolean; afterSession: number }[];
  /** Regular check-in answers (1–5) by position; lower ones flag the relationship at risk. */
  scores: number[][];
  /** People whose regular check-in is due and still open. */
  checkInPending?: Who[];
  comment?: { by: Who; text: string };
};

export const CONFIDENTIALITY =
  "What we talk about stays between us. We can share what we learn in general terms, never what the other person told us.";
export const EARLY_ENDING =
  "Either of us can end this early, no fault and no explanation needed: a short note to the other is enough.";

/** The first story is the showcase: the demo's example newcomer is its mentee. */
export const STORIES: Story[] = [
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 29,
    agreement: {
      cadenceWeeks: 2,
      sessionMinutes: 45,
      channel: "video",
      channelDetail: "https://meet.example/finding-my-feet",
      mentorResponsibilities:
        "Share how things really work here, open doors to people worth knowing, and be honest when something is hard.",
      menteeResponsibilities:
        "Bring the questions I'm shy to ask elsewhere, try things between sessions, and say when something isn't helping.",
    },
    goals: [
      {
        title: "Understand how our product teams fit together",
        measure: "I can sketch who does what and explain it to the next person who joins.",
        status: "in_progress",
        progress: [
          {
            by: 1,
            body: "Coffee with two people from the data team: I finally see where the weekly numbers come from.",
            daysAgo: 18,
          },
        ],
      },
      {
        title: "Lead my first customer interview",
        measure: "I've run one interview on my own and written up what we learned.",
        status: "not_started",
      },
    ],
    sessions: [
      {
        daysAgo: 26,
        hour: 9,
        shared:
          "Getting to know each other. Talked about the first weeks: lots of names, not much map. We'll start with the map.",
        agenda: [
          { section: "reflect", text: "What surprised me in my first month", by: 1 },
          { section: "select", text: "Where to start: people or product?", by: 0 },
        ],
        commitments: [
          {
            by: 1,
            text: "Have coffee with two people from the data team",
            dueAfterDays: 10,
            status: "done",
          },
          {
            by: 0,
            text: "Send the team map I drew when I joined",
            dueAfterDays: 3,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 15,
        hour: 9,
        shared:
          "The map helped. Next: hearing customers first-hand. Interviews feel daunting, so we'll prepare together.",
        agenda: [
          { section: "reflect", text: "What the data team told me", by: 1 },
          { section: "act", text: "How to prepare for an interview", by: 0 },
        ],
        commitments: [
          {
            by: 1,
            text: "Draft five interview questions and share them before we meet",
            dueAfterDays: 9,
            status: "open",
          },
          {
            by: 1,
            text: "Sit in on a support call",
            dueAfterDays: 7,
            status: "dropped",
            dropReason: "The support rota changed; we'll find another way to hear customers.",
          },
        ],
        personal: {
          by: 1,
          body: "I noticed I apologise before asking questions. Try asking without the apology.",
        },
      },
      {
        daysAgo: 4,
        hour: 10,
        shared:
          "Short one. Questions are half done, which is fine. Priya runs interviews every month: a good person to shadow.",
        agenda: [{ section: "select", text: "Shadow first, or lead straight away?", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Ask Priya if I can shadow her next interview",
            dueAfterDays: 9,
            status: "open",
          },
          {
            by: 0,
            text: "Find the recordings of last spring's interview series",
            dueAfterDays: 7,
            status: "open",
          },
        ],
        answeredBy: [0],
      },
    ],
    upcoming: { inDays: 3, hour: 9, proposedBy: 0, confirmed: true },
    scores: [
      [5, 5, 4],
      [4, 5, 4],
    ],
    checkInPending: [1],
  },
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 56,
    agreement: {
      cadenceWeeks: 2,
      sessionMinutes: 60,
      channel: "in_person",
      channelDetail: "The quiet room on the third floor, or a walk if it's dry",
      mentorResponsibilities:
        "Watch me present when I ask, and give feedback that is specific and kind.",
      menteeResponsibilities: "Present something real between sessions, even when it's scary.",
    },
    goals: [
      {
        title: "Present to a room of 30 without notes",
        measure: "I give the monthly update to the whole department and don't read from a script.",
        status: "in_progress",
      },
      {
        title: "Handle questions I can't answer on the spot",
        measure: "I say “I'll come back to you” calmly, and then do.",
        status: "reached",
      },
    ],
    sessions: [
      {
        daysAgo: 53,
        hour: 14,
        shared:
          "Where the nerves come from: being asked something I don't know in front of people.",
        agenda: [{ section: "reflect", text: "My last presentation, honestly", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Practise the “I'll come back to you” answer in three meetings",
            dueAfterDays: 12,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 39,
        hour: 14,
        shared: "It worked twice out of three. Moving on to structure: one idea per slide.",
        agenda: [{ section: "select", text: "Structure or delivery next?", by: 0 }],
        commitments: [
          {
            by: 1,
            text: "Cut the team update deck to ten slides",
            dueAfterDays: 10,
            status: "done",
          },
          {
            by: 0,
            text: "Lend my copy of the book on storytelling with data",
            dueAfterDays: 5,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 25,
        hour: 14,
        shared: "Dry run of the monthly update. The opening is strong; the ending trails off.",
        agenda: [{ section: "act", text: "Dry run: monthly update", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Write an ending that asks the room for one thing",
            dueAfterDays: 7,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 11,
        hour: 14,
        shared: "Gave the update for real. Two good questions from the floor, handled well.",
        agenda: [{ section: "reflect", text: "How the update went", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Offer to present at the next all-hands",
            dueAfterDays: 14,
            status: "open",
          },
        ],
      },
    ],
    upcoming: { inDays: 5, hour: 14, proposedBy: 1, confirmed: true },
    debriefs: [
      {
        by: 1,
        learned: "Saying “I don't know yet, I'll find out” made people trust me more, not less.",
        shared: true,
        afterSession: 1,
      },
    ],
    scores: [
      [5, 4, 5],
      [4, 4, 4],
    ],
  },
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 48,
    agreement: {
      cadenceWeeks: 3,
      sessionMinutes: 45,
      channel: "video",
      channelDetail: "https://meet.example/first-team",
      mentorResponsibilities: "Share the mistakes I made as a new lead, not only what went well.",
      menteeResponsibilities: "Bring one real situation from the week to every session.",
    },
    goals: [
      {
        title: "Run useful one-to-ones with my three reports",
        measure: "Each of them says our one-to-ones help, when I ask in a month.",
        status: "in_progress",
      },
      {
        title: "Let go of the work I used to do myself",
        measure: "I review rather than redo at least one piece of work a week.",
        status: "in_progress",
      },
    ],
    sessions: [
      {
        daysAgo: 45,
        hour: 11,
        shared:
          "From doing to leading: what changes, what doesn't. One-to-ones are the place to start.",
        agenda: [{ section: "reflect", text: "My first two weeks as a lead", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Ask each report what they'd like from our one-to-ones",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 24,
        hour: 11,
        shared:
          "The answers were different for each. Talked about redoing work at night: it has to stop.",
        agenda: [
          { section: "select", text: "The thing I keep redoing", by: 1 },
          { section: "act", text: "A review checklist instead", by: 0 },
        ],
        commitments: [
          {
            by: 1,
            text: "Use a short review checklist instead of rewriting",
            dueAfterDays: 14,
            status: "open",
          },
          {
            by: 0,
            text: "Share the one-to-one template my team still uses",
            dueAfterDays: 3,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 6,
        hour: 11,
        shared: "Checklist used twice. It felt slower but the team noticed. Keep going.",
        agenda: [{ section: "reflect", text: "What the checklist changed", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Tell the team what I'm learning about leading",
            dueAfterDays: 10,
            status: "open",
          },
        ],
      },
    ],
    upcoming: { inDays: 6, hour: 11, proposedBy: 0, confirmed: true },
    debriefs: [
      {
        by: 1,
        learned: "Leading is mostly asking the question I used to answer.",
        shared: false,
        afterSession: 1,
      },
    ],
    scores: [
      [4, 5, 4],
      [4, 4, 3],
    ],
  },
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 40,
    agreement: {
      cadenceWeeks: 3,
      sessionMinutes: 30,
      channel: "video",
      channelDetail: "https://meet.example/sql-for-reports",
      mentorResponsibilities: "Explain without jargon and review one query a week.",
      menteeResponsibilities: "Bring one question from my own reports each time.",
    },
    goals: [
      {
        title: "Write my own reporting queries",
        measure: "I build the monthly churn report myself, without asking the data team.",
        status: "in_progress",
      },
    ],
    sessions: [
      {
        daysAgo: 36,
        hour: 15,
        shared: "Joins, with our own tables. The customers and orders example finally clicked.",
        agenda: [{ section: "act", text: "Walk through one real report", by: 0 }],
        commitments: [
          {
            by: 1,
            text: "Rewrite last month's report query from scratch",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 16,
        hour: 15,
        shared: "Group by and the trap of counting twice. A few exercises to try.",
        agenda: [{ section: "reflect", text: "Where my numbers didn't match", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Do the three practice exercises",
            dueAfterDays: 10,
            status: "open",
          },
        ],
      },
    ],
    upcoming: { inDays: 2, hour: 15, proposedBy: 0, confirmed: false },
    debriefs: [
      {
        by: 1,
        learned:
          "Writing the query myself, slowly, taught me more than a month of asking for numbers.",
        shared: true,
        afterSession: 0,
      },
    ],
    scores: [
      [4, 4, 4],
      [5, 4, 4],
    ],
  },
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 63,
    agreement: {
      cadenceWeeks: 3,
      sessionMinutes: 45,
      channel: "phone",
      channelDetail: "I'll call you",
      mentorResponsibilities: "Play the difficult stakeholder when we rehearse.",
      menteeResponsibilities: "Say no to one thing a week, and tell you how it went.",
    },
    goals: [
      {
        title: "Agree priorities with stakeholders instead of collecting requests",
        measure: "My quarter plan has three priorities, and the stakeholders signed up to them.",
        status: "in_progress",
      },
    ],
    sessions: [
      {
        daysAgo: 60,
        hour: 12,
        shared: "Everything is urgent to someone. We mapped who asks for what, and why.",
        agenda: [{ section: "reflect", text: "Last quarter's requests", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "List every open request with who asked and why",
            dueAfterDays: 7,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 39,
        hour: 12,
        shared: "Rehearsed saying no, kindly, with a reason and an alternative.",
        agenda: [{ section: "act", text: "Rehearsal: the sales lead", by: 0 }],
        commitments: [
          {
            by: 1,
            text: "Have the priorities conversation with the sales lead",
            dueAfterDays: 10,
            status: "done",
          },
        ],
      },
      {
        daysAgo: 18,
        hour: 12,
        shared:
          "It went better than feared. Next: the same conversation with three people at once.",
        agenda: [{ section: "select", text: "One meeting or three?", by: 1 }],
        commitments: [
          {
            by: 1,
            text: "Draft the quarter plan with three priorities",
            dueAfterDays: 12,
            status: "open",
          },
        ],
      },
    ],
    upcoming: { inDays: 4, hour: 12, proposedBy: 1, confirmed: true },
    debriefs: [
      {
        by: 1,
        learned: "A no with a reason and an alternative lands better than a yes I can't keep.",
        shared: true,
        afterSession: 1,
      },
      {
        by: 0,
        learned: "Playing the difficult stakeholder showed me how often I am one.",
        shared: false,
        afterSession: 1,
      },
    ],
    scores: [
      [4, 3, 4],
      [5, 4, 4],
    ],
  },
  {
    kind: "pair",
    members: 1,
    startedDaysAgo: 70,
    agreement: {
      cadenceWeeks: 3,
      sessionMinutes: 45,
      channel: "video",
      channelDetail: "https://meet.example/design-docs",
      mentorResponsibilities: "Read my drafts and point at the one thing that would help most.",
      menteeResponsibilities: "Send a draft at least two days before we meet.",
    },
    goals: [
      {
        title: "Write design documents people actually read",
        measure: "My next design document gets comments from at least three teams.",
        status: "not_started",
      },
    ],
    sessions: [
      {
        daysAgo: 64,
        hour: 10,
        shared: "Looked at two good design documents together. Short, with the decision up front.",
        agenda: [{ section: "reflect", text: "What makes a document easy to read", by: 0 }],
        commitments: [
          {
            by: 1,
            text: "Rewrite the summary of my current document",
            dueAfterDays: 14,
            status: "open",
          },
        ],
      },
    ],
    upcoming: null,
    stalled: { nudgedDaysAgo: 29, stalledDaysAgo: 15 },
    scores: [
      [3, 3, 3],
      [2, 2, 3],
    ],
  },
  {
    kind: "circle",
    name: "New managers circle",
    members: 4,
    startedDaysAgo: 45,
    agreement: {
      cadenceWeeks: 3,
      sessionMinutes: 60,
      channel: "in_person",
      channelDetail: "The big meeting room by the kitchen, with biscuits",
      mentorResponsibilities:
        "Keep time, make room for everyone, and bring a question when the room goes quiet.",
      menteeResponsibilities:
        "Bring one real situation, listen more than advise, and keep what others share in the room.",
    },
    goals: [
      {
        title: "Each of us has a way to give hard feedback that feels like ours",
        measure:
          "Everyone in the circle has given one piece of hard feedback and talked it through here.",
        status: "in_progress",
      },
      {
        title: "Build a circle we'd miss if it stopped",
        measure: "At the end, we decide to keep meeting without the program.",
        status: "in_progress",
      },
    ],
    sessions: [
      {
        daysAgo: 42,
        hour: 13,
        shared:
          "Introductions and what brought each of us here. Common thread: feedback we keep putting off.",
        agenda: [
          { section: "reflect", text: "Why I said yes to this circle", by: 0 },
          { section: "select", text: "Themes for our first three sessions", by: 2 },
        ],
        commitments: [
          {
            by: 1,
            text: "Notice one moment this week when I held back feedback",
            dueAfterDays: 7,
            status: "done",
          },
          {
            by: 2,
            text: "Read the short piece on radical candour the facilitator shared",
            dueAfterDays: 10,
            status: "done",
          },
          { by: 0, text: "Share the reading on feedback", dueAfterDays: 2, status: "done" },
        ],
      },
      {
        daysAgo: 21,
        hour: 13,
        shared:
          "Two of us rehearsed a conversation we'd been avoiding. The others played the other side.",
        agenda: [
          { section: "act", text: "Rehearsal round", by: 0 },
          { section: "other", text: "Can we move to every two weeks?", by: 3 },
        ],
        commitments: [
          {
            by: 1,
            text: "Have the conversation about missed deadlines",
            dueAfterDays: 10,
            status: "done",
          },
          {
            by: 3,
            text: "Ask my team how they prefer to get feedback",
            dueAfterDays: 14,
            status: "open",
          },
          {
            by: 4,
            text: "Try the situation–behaviour–impact frame once",
            dueAfterDays: 14,
            status: "open",
          },
        ],
      },
      {
        daysAgo: 7,
        hour: 13,
        shared: "How the conversations went. Less dramatic than we feared, every time.",
        agenda: [{ section: "reflect", text: "What happened when we spoke up", by: 1 }],
        commitments: [
          {
            by: 2,
            text: "Give one piece of appreciative feedback a day for a week",
            dueAfterDays: 7,
            status: "open",
          },
        ],
      },
    ],
    upcoming: { inDays: 6, hour: 13, proposedBy: 0, confirmed: true },
    debriefs: [
      {
        by: 2,
        learned:
          "Hearing four others stumble on the same thing made mine feel ordinary, and fixable.",
        shared: true,
        afterSession: 2,
      },
    ],
    scores: [
      [5, 5, 4],
      [4, 5, 5],
      [5, 4, 4],
      [4, 4, 4],
      [3, 4, 4],
    ],
    comment: { by: 3, text: "Hearing others' stories is the best part." },
  },
];
