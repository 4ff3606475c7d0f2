import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { eq, inArray } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { mentoringSessions } from "../../db/schema-relationships.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createDueCheckIns } from "../check-ins/create-due-check-ins.ts";
import type { Member } from "../mentor-requests/test-support.ts";
import { activePair, type RelationshipWorld, relationshipWorld } from "./test-support.ts";

/**
 * One mentoring relationship from agreement to closure, through the API as its two people use
 * it: agreement and goal, a session planned and confirmed (with calendar invites), agenda, notes
 * and a commitment, "did it happen?", the commitment carried to the next session's agenda, a
 * fit check, a debrief, and closing with reviews. Every private word carries a marker; at the end
 * no marker may be in any email, notification or log line (the server logs at trace level here).
 */

const DAY = 24 * 60 * 60 * 1000;
const tag = randomBytes(4).toString("hex");
const secret = (what: string) => `private ${what} ${tag}`;
const WORDS = {
  confidentiality: secret("confidentiality"),
  goal: secret("goal to lead a retrospective"),
  measure: secret("measure"),
  agenda: secret("agenda item"),
  sharedNote: secret("shared note"),
  personalNote: secret("personal note"),
  commitment: secret("commitment to draft the plan"),
  checkInComment: secret("check-in comment"),
  debrief: secret("debrief"),
  learned: secret("closure learning"),
  appreciation: secret("thank you note"),
};

const logLines: string[] = [];
let t: TestApp;
let world: RelationshipWorld;
let mentee: Member;
let mentor: Member;
let relationshipId: string;
let firstSessionId: string;
let secondSessionId: string;

const ok = (response: { status: number; body: unknown }, status = 200) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body as Record<string, unknown>;
};
const inThreeDays = () => new Date(Date.now() + 3 * DAY).toISOString();

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp({ logger: pino({ level: "trace" }, sink) });
  world = await relationshipWorld(t);
  mentee = world.mentee;
  mentor = world.mentor;
  relationshipId = (await activePair(t, world, { mentee, mentor })).id;
});
afterAll(() => t.close());

describe("a relationship from agreement to closure", () => {
  it("settles an agreement with a goal, accepted by both", async () => {
    const draft = ok(await mentee.client.get(`/api/relationships/${relationshipId}/agreement`));
    expect(draft.agreement).toMatchObject({ isDraft: true });
    const agreement = draft.agreement as { endsOn: string; cadenceWeeks: number };
    ok(
      await mentee.client.put(`/api/relationships/${relationshipId}/agreement`, {
        cadenceWeeks: agreement.cadenceWeeks,
        sessionMinutes: 45,
        channel: "video",
        channelDetail: "https://meet.example.test/mina-theo",
        confidentiality: WORDS.confidentiality,
        mentorResponsibilities: "Listen well and ask open questions.",
        menteeResponsibilities: "Bring what matters and follow through.",
        endsOn: agreement.endsOn,
        earlyEnding: "Either of us can end it kindly, with no blame.",
      }),
    );
    ok(
      await mentee.client.post(`/api/relationships/${relationshipId}/goals`, {
        title: WORDS.goal,
        measure: WORDS.measure,
      }),
      201,
    );
    const current = ok(await mentor.client.get(`/api/relationships/${relationshipId}/agreement`));
    const version = (current.agreement as { version: number }).version;
    for (const person of [mentee, mentor]) {
      ok(
        await person.client.post(`/api/relationships/${relationshipId}/agreement/accept`, {
          version,
        }),
      );
    }
    const [row] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, relationshipId));
    expect(row?.agreedAt).not.toBeNull();
  });

  it("plans a session that the other person confirms, with a calendar invite for both", async () => {
    const proposed = ok(
      await mentee.client.post(`/api/relationships/${relationshipId}/sessions`, {
        startsAt: inThreeDays(),
        durationMinutes: 45,
        channel: "video",
        channelDetail: "https://meet.example.test/mina-theo",
      }),
      201,
    );
    firstSessionId = proposed.id as string;
    expect(proposed.status).toBe("proposed");
    expect(ok(await mentor.client.post(`/api/sessions/${firstSessionId}/confirm`)).status).toBe(
      "confirmed",
    );
    const invites = await t.db
      .select()
      .from(emails)
      .where(inArray(emails.to, [mentee.email, mentor.email]));
    const withCalendar = invites.filter((e) => e.calendar?.includes("BEGIN:VCALENDAR"));
    expect(new Set(withCalendar.map((e) => e.to))).toEqual(new Set([mentee.email, mentor.email]));
  });

  it("works in the session: agenda, notes together and alone, and a commitment", async () => {
    ok(
      await mentee.client.post(`/api/sessions/${firstSessionId}/agenda-items`, {
        section: "select",
        text: WORDS.agenda,
      }),
      201,
    );
    ok(
      await mentor.client.put(`/api/sessions/${firstSessionId}/shared-note`, {
        body: WORDS.sharedNote,
        version: 0,
      }),
    );
    ok(
      await mentee.client.put(`/api/sessions/${firstSessionId}/personal-note`, {
        body: WORDS.personalNote,
      }),
    );
    ok(
      await mentee.client.post(`/api/sessions/${firstSessionId}/commitments`, {
        text: WORDS.commitment,
      }),
      201,
    );
    const room = JSON.stringify(ok(await mentor.client.get(`/api/sessions/${firstSessionId}`)));
    expect(room).toContain(WORDS.sharedNote);
    expect(room).toContain(WORDS.commitment);
    expect(room).not.toContain(WORDS.personalNote);
  });

  it("asks whether it happened once it's over, and both say yes", async () => {
    expect(
      (
        await mentee.client.post(`/api/sessions/${firstSessionId}/attendance`, {
          tookPlace: true,
        })
      ).status,
    ).toBe(409);
    // Time passes: the session was four days ago.
    await t.db
      .update(mentoringSessions)
      .set({ startsAt: new Date(Date.now() - 4 * DAY) })
      .where(eq(mentoringSessions.id, firstSessionId));
    for (const person of [mentee, mentor]) {
      ok(
        await person.client.post(`/api/sessions/${firstSessionId}/attendance`, {
          tookPlace: true,
        }),
      );
    }
    const [session] = await t.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, firstSessionId));
    expect(session?.outcome).toBe("held");
  });

  it("carries the open commitment onto the next session's agenda", async () => {
    const proposed = ok(
      await mentor.client.post(`/api/relationships/${relationshipId}/sessions`, {
        startsAt: new Date(Date.now() + 14 * DAY).toISOString(),
        durationMinutes: 45,
        channel: "video",
      }),
      201,
    );
    secondSessionId = proposed.id as string;
    ok(await mentee.client.post(`/api/sessions/${secondSessionId}/confirm`));
    const room = ok(await mentee.client.get(`/api/sessions/${secondSessionId}`)) as {
      agenda: { review: { commitments: { text: string; status: string }[] } };
    };
    expect(room.agenda.review.commitments).toEqual([
      expect.objectContaining({ text: WORDS.commitment, status: "open" }),
    ]);
  });

  it("asks both for a fit check after the first session; a 'no' offers a rematch, privately", async () => {
    await createDueCheckIns(t.services, new Date());
    const mine = ok(await mentee.client.get(`/api/relationships/${relationshipId}/check-ins`))
      .checkIns as { id: string; kind: string; answeredAt: string | null }[];
    const fit = mine.find((c) => c.kind === "fit" && c.answeredAt === null);
    expect(fit).toBeDefined();
    const answer = ok(
      await mentee.client.post(`/api/check-ins/${fit?.id}/answer`, {
        goodFit: false,
        comment: WORDS.checkInComment,
      }),
    );
    expect(answer.offerRematch).toBe(true);
    const theirs = JSON.stringify(
      ok(await mentor.client.get(`/api/relationships/${relationshipId}/check-ins`)),
    );
    expect(theirs).not.toContain(WORDS.checkInComment);
  });

  it("keeps a private debrief with its author", async () => {
    ok(
      await mentee.client.post(`/api/relationships/${relationshipId}/debriefs`, {
        learned: WORDS.debrief,
        sharedWithProgram: false,
      }),
      201,
    );
    const theirs = JSON.stringify(
      ok(await mentor.client.get(`/api/relationships/${relationshipId}/debriefs`)),
    );
    expect(theirs).not.toContain(WORDS.debrief);
  });

  it("closes with a review from each; the thanks reaches the other person; then it's read-only", async () => {
    const goals = ok(await mentee.client.get(`/api/relationships/${relationshipId}/goals`))
      .goals as { id: string }[];
    ok(
      await mentee.client.put(`/api/relationships/${relationshipId}/closure-review`, {
        goalsReached: goals.map((g) => ({ goalId: g.id, reached: true })),
        learned: WORDS.learned,
        appreciation: WORDS.appreciation,
        reason: "goals_reached",
        stayInTouch: true,
      }),
    );
    const [row] = await t.db
      .select()
      .from(relationships)
      .where(eq(relationships.id, relationshipId));
    expect(row?.status).toBe("ended");
    const closure = JSON.stringify(
      ok(await mentor.client.get(`/api/relationships/${relationshipId}/closure`)),
    );
    expect(closure).toContain(WORDS.appreciation);
    expect(closure).not.toContain(WORDS.learned);
    ok(
      await mentor.client.put(`/api/relationships/${relationshipId}/closure-review`, {
        goalsReached: goals.map((g) => ({ goalId: g.id, reached: true })),
        learned: "Listening first works.",
        appreciation: "It was a pleasure, Mina.",
        reason: "goals_reached",
        stayInTouch: true,
      }),
    );
    const added = await mentee.client.post(`/api/sessions/${secondSessionId}/agenda-items`, {
      section: "act",
      text: "One more thing",
    });
    expect(added.status).toBe(409);
    // Everything written stays readable for the two of them.
    const room = JSON.stringify(ok(await mentee.client.get(`/api/sessions/${firstSessionId}`)));
    expect(room).toContain(WORDS.personalNote);
  });

  it("put none of the private words in any email, notification or log line", async () => {
    const sent = await t.db.select().from(emails);
    const told = await t.db.select().from(notifications);
    expect(sent.length).toBeGreaterThan(0);
    expect(told.length).toBeGreaterThan(0);
    expect(logLines.length).toBeGreaterThan(0);
    const places = [
      ...sent.map(
        (e) => `email to ${e.to}: ${e.subject}\n${e.text}\n${e.html}\n${e.calendar ?? ""}`,
      ),
      ...told.map((n) => `notification: ${n.title}\n${n.body ?? ""}`),
      ...logLines.map((line) => `log: ${line}`),
    ];
    const found = places.flatMap((place) =>
      Object.entries(WORDS)
        .filter(([, words]) => place.includes(words))
        .map(([name]) => `${name} in ${place.slice(0, 60)}`),
    );
    expect(found).toEqual([]);
  });
});
