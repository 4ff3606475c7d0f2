import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { enrollments } from "../../db/schema-programs.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization, createPerson } from "../../test/factories.ts";
import { remindEnrollmentsJob } from "./remind-enrollments-job.ts";
import { remindUnfinishedEnrollments } from "./remind-unfinished-enrollments.ts";
import { insertEnrollment, insertProgram } from "./test-support.ts";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-05-01T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);

let t: TestApp;
let organizationId: string;
let programId: string;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  programId = (await insertProgram(t.db, { organizationId, name: "Sharing the craft" })).id;
});
afterAll(() => t.close());

async function personWith(status: "started" | "submitted" | "withdrawn", startedDaysAgo = 3) {
  const person = await createPerson(t.db, { organizationId });
  await insertEnrollment(t.db, {
    organizationId,
    programId,
    personId: person.id,
    status,
    createdAt: at(-startedDaysAgo),
  });
  return person;
}

const mailTo = async (address: string) => t.db.select().from(emails).where(eq(emails.to, address));

describe("reminders to people who started enrolling and didn't finish", () => {
  it("reminds who started over two days ago, once, through the email job", async () => {
    const waiting = await personWith("started", 3);
    const fresh = await personWith("started", 1);
    const submitted = await personWith("submitted", 5);
    const withdrawn = await personWith("withdrawn", 5);
    t.jobs.queued.splice(0);

    await remindUnfinishedEnrollments(t.services, start);

    const sent = await mailTo(waiting.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe("Your place in Sharing the craft is waiting for you");
    expect(sent[0]?.text).toContain("/programs/");
    expect(sent[0]?.html).toContain("Finish enrolling");
    for (const other of [fresh, submitted, withdrawn])
      expect(await mailTo(other.email)).toEqual([]);
    expect(t.jobs.queued.map((job) => job.job.name)).toContain("send-email");

    // Running again (the same hour, or a day later) sends nothing new.
    await remindUnfinishedEnrollments(t.services, start);
    await remindUnfinishedEnrollments(t.services, at(2.9));
    expect(await mailTo(waiting.email)).toHaveLength(1);
    // Three days on, one more; the person who started a day ago now gets their first.
    await remindUnfinishedEnrollments(t.services, at(3.1));
    expect(await mailTo(waiting.email)).toHaveLength(2);
    expect(await mailTo(fresh.email)).toHaveLength(1);
  });

  it("stops once the enrollment is submitted", async () => {
    const person = await personWith("started", 4);
    await remindUnfinishedEnrollments(t.services, start);
    expect(await mailTo(person.email)).toHaveLength(1);
    await t.db
      .update(enrollments)
      .set({ status: "submitted", submittedAt: at(1) })
      .where(eq(enrollments.personId, person.id));
    await remindUnfinishedEnrollments(t.services, at(10));
    expect(await mailTo(person.email)).toHaveLength(1);
  });

  it("says nothing when the program isn't enrolling, its window has closed, or the person left", async () => {
    const matching = await insertProgram(t.db, { organizationId, state: "matching" });
    const closed = await insertProgram(t.db, { organizationId, enrollmentClosesAt: at(-1) });
    const people = [];
    for (const program of [matching, closed]) {
      const person = await createPerson(t.db, { organizationId });
      await insertEnrollment(t.db, {
        organizationId,
        programId: program.id,
        personId: person.id,
        createdAt: at(-5),
      });
      people.push(person);
    }
    const gone = await createPerson(t.db, { organizationId, status: "deactivated" });
    await insertEnrollment(t.db, {
      organizationId,
      programId,
      personId: gone.id,
      createdAt: at(-5),
    });
    people.push(gone);
    await remindUnfinishedEnrollments(t.services, start);
    for (const person of people) expect(await mailTo(person.email)).toEqual([]);
  });

  it("sends one email per person, naming every unfinished program, and none days later for another", async () => {
    const second = await insertProgram(t.db, { organizationId, name: "Second circle" });
    const third = await insertProgram(t.db, { organizationId, name: "Third circle" });
    const person = await createPerson(t.db, { organizationId });
    for (const program of [programId, second.id]) {
      await insertEnrollment(t.db, {
        organizationId,
        programId: program,
        personId: person.id,
        createdAt: at(-4),
      });
    }
    await remindUnfinishedEnrollments(t.services, start);
    const sent = await mailTo(person.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain("Sharing the craft and Second circle");
    // A third program started later: its reminder waits until three days after the last one.
    await insertEnrollment(t.db, {
      organizationId,
      programId: third.id,
      personId: person.id,
      createdAt: at(-2.5),
    });
    await remindUnfinishedEnrollments(t.services, at(1));
    expect(await mailTo(person.email)).toHaveLength(1);
    await remindUnfinishedEnrollments(t.services, at(3.1));
    expect(await mailTo(person.email)).toHaveLength(2);
  });

  it("runs as a scheduled job on the real clock", async () => {
    expect(remindEnrollmentsJob.schedule).toBeTruthy();
    const person = await createPerson(t.db, { organizationId });
    await insertEnrollment(t.db, {
      organizationId,
      programId,
      personId: person.id,
      createdAt: new Date(Date.now() - 3 * DAY),
    });
    await remindEnrollmentsJob.handle(t.services, {}, { final: true });
    await remindEnrollmentsJob.handle(t.services, {}, { final: true });
    expect(await mailTo(person.email)).toHaveLength(1);
  });
});
