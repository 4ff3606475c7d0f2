import type { preparationAudienceEnum } from "../../db/schema-programs.ts";

type Audience = (typeof preparationAudienceEnum.enumValues)[number];

/** Three short pages every new program is offered; program managers edit them freely. */
export const DEFAULT_PREPARATION_PAGES: readonly {
  title: string;
  audience: Audience;
  body: string;
}[] = [
  {
    title: "Being a good mentee",
    audience: "mentees",
    body: `Mentoring works best when you lead it. Your mentor is there to help you think, not to hand you answers.

## State an objective
Before your first meeting, write down one thing you want to be different in a few months. Make it yours and make it concrete:

- *"I want to run our team's planning meeting on my own by spring."*
- *"I want to understand how our pricing decisions are made."*

It is fine if it changes once you start talking. A clear first objective gives both of you a place to start.

## Prepare for each meeting
- Look back at what you agreed to do last time, and how it went.
- Bring one question or situation you'd like to think through.
- Note anything you'd like your mentor to know beforehand.

## End with a next step
Close every conversation with one small action you commit to, and start the next one by reviewing it.`,
  },
  {
    title: "Being a good mentor",
    audience: "mentors",
    body: `You don't need all the answers. The most useful thing you bring is attention and good questions.

## Ask more than you tell
- *What would you like to be different?*
- *What have you tried so far?*
- *What options do you see?* and then *What will you do next?*

Share your own experience when it helps, as one way among several, not the way.

## Make it safe
What your mentee tells you stays between you, unless they say otherwise. Not knowing something is where learning starts: say so when it is true for you too.

## Keep the rhythm
Agree when you will meet, and protect that time. If you can't make it, say so early and find another slot.`,
  },
  {
    title: "Who does what",
    audience: "everyone",
    body: `A mentoring relationship is shared work. Here is what each side looks after.

**The mentee**
- sets the objective and brings topics to each meeting;
- books the meetings and follows up on what was agreed;
- says so when something isn't working.

**The mentor**
- listens, asks questions and shares experience;
- keeps what is said confidential;
- points to other people or help when a topic is outside mentoring.

**Both**
- turn up prepared and on time;
- give each other honest, kind feedback;
- can ask to end or change the match at any time, without blame.`,
  },
];
