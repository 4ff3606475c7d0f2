import { describe, expect, it } from "vitest";
import { type AgreementSnapshot, describeChanges, parseSnapshot, sameAgreement } from "./diff.ts";

const base: AgreementSnapshot = {
  cadenceWeeks: 3,
  sessionMinutes: 45,
  channel: "video",
  channelDetail: "https://meet.example.test/a",
  confidentiality: "What we say stays with us.",
  mentorResponsibilities: "Listen and ask.",
  menteeResponsibilities: "Bring the goals.",
  endsOn: "2027-06-30",
  earlyEnding: "Either of us can stop, no fault.",
  goals: [{ id: "g1", title: "Run a retro", measure: "Three retros held", status: "not_started" }],
};

describe("describeChanges", () => {
  it("says the first version was proposed", () => {
    expect(describeChanges(null, base)).toEqual(["Proposed the first agreement."]);
  });

  it("lists each changed field in plain words, and nothing else", () => {
    const after: AgreementSnapshot = {
      ...base,
      cadenceWeeks: 1,
      sessionMinutes: 60,
      channel: "in_person",
      channelDetail: null,
      endsOn: "2027-09-30",
    };
    expect(describeChanges(base, after)).toEqual([
      "How often you meet: from every 3 weeks to every week.",
      "Session length: from 45 to 60 minutes.",
      "How you meet: from video calls to meeting in person.",
      "The meeting link or place was removed.",
      "End date: from 2027-06-30 to 2027-09-30.",
    ]);
  });

  it("names reworded texts without quoting them, with the right people", () => {
    const after = {
      ...base,
      confidentiality: "Changed.",
      mentorResponsibilities: "Changed.",
      menteeResponsibilities: "Changed.",
      earlyEnding: "Changed.",
    };
    expect(describeChanges(base, after)).toEqual([
      "The confidentiality statement was reworded.",
      "The mentor's responsibilities were reworded.",
      "The mentee's responsibilities were reworded.",
      "How either of you can end early was reworded.",
    ]);
    expect(describeChanges(base, after, { mentor: "facilitator's", mentee: "members'" })).toContain(
      "The members' responsibilities were reworded.",
    );
  });

  it("follows goals by id: added, renamed, re-measured, removed", () => {
    const after: AgreementSnapshot = {
      ...base,
      goals: [
        { id: "g2", title: "Speak at all-hands", measure: "One talk", status: "not_started" },
      ],
    };
    expect(describeChanges(base, after)).toEqual([
      "A goal was added: “Speak at all-hands”.",
      "A goal was removed: “Run a retro”.",
    ]);
    const renamed = { ...base, goals: [{ ...base.goals[0], title: "Run two retros" }] };
    expect(describeChanges(base, renamed as AgreementSnapshot)).toEqual([
      "A goal was renamed from “Run a retro” to “Run two retros”.",
    ]);
    const measured = { ...base, goals: [{ ...base.goals[0], measure: "Five retros" }] };
    expect(describeChanges(base, measured as AgreementSnapshot)).toEqual([
      "How you'll know “Run a retro” is reached was reworded.",
    ]);
  });

  it("doesn't count a goal's progress as a change to the agreement", () => {
    const progressed = { ...base, goals: [{ ...base.goals[0], status: "in_progress" }] };
    expect(sameAgreement(base, progressed as AgreementSnapshot)).toBe(true);
    expect(describeChanges(base, progressed as AgreementSnapshot)).toEqual([
      "Saved again without changes.",
    ]);
    expect(sameAgreement(base, { ...base, cadenceWeeks: 4 })).toBe(false);
  });
});

describe("parseSnapshot", () => {
  it("reads a stored snapshot and refuses what isn't one", () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(base)))).toEqual(base);
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot({ goals: [] })).toBeNull();
  });
});
