import { and, asc, eq, gt, gte, inArray, isNull, lt, notExists, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { people } from "../../db/schema.ts";
import { enrollments, programs } from "../../db/schema-programs.ts";
import type { Services } from "../../server/context.ts";
import { queueEmail } from "../email/queue-email.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { enrollmentReminderEmail } from "./reminder-email.ts";

const DAY = 24 * 60 * 60 * 1000;
/** How long an enrollment may sit unfinished before the first reminder. */
export const REMIND_AFTER_DAYS = 2;
/** The least time between two reminders to the same person. */
export const REMIND_EVERY_DAYS = 3;
const BATCH = 500;

/**
 * Emails people whose enrollment is still `started` more than two days after they began, while
 * the program is enrolling (and its window open), at most once every three days per person: one
 * email names every program they haven't finished. The reminded time is written in the same
 * transaction as the email, under a guard on its old value, so a second run (or two workers at
 * once) sends nothing twice. Returns how many people were reminded.
 */
export async function remindUnfinishedEnrollments(services: Services, now: Date) {
  const startedBefore = new Date(now.getTime() - REMIND_AFTER_DAYS * DAY);
  const remindedBefore = new Date(now.getTime() - REMIND_EVERY_DAYS * DAY);
  const notRemindedLately = or(
    isNull(enrollments.lastRemindedAt),
    lt(enrollments.lastRemindedAt, remindedBefore),
  );
  const emailIds = await services.db.transaction(async (tx) => {
    const recent = alias(enrollments, "recent");
    const due = await tx
      .select({
        id: enrollments.id,
        organizationId: enrollments.organizationId,
        personId: enrollments.personId,
        email: people.email,
        name: people.name,
        preferredName: people.preferredName,
        programName: programs.name,
        programSlug: programs.slug,
        closesAt: programs.enrollmentClosesAt,
      })
      .from(enrollments)
      .innerJoin(
        programs,
        and(
          eq(programs.id, enrollments.programId),
          eq(programs.organizationId, enrollments.organizationId),
        ),
      )
      .innerJoin(
        people,
        and(
          eq(people.id, enrollments.personId),
          eq(people.organizationId, enrollments.organizationId),
        ),
      )
      .where(
        and(
          eq(enrollments.status, "started"),
          lt(enrollments.createdAt, startedBefore),
          notRemindedLately,
          eq(programs.state, "enrolling"),
          or(isNull(programs.enrollmentClosesAt), gt(programs.enrollmentClosesAt, now)),
          eq(people.status, "active"),
          // Per person: nobody is reminded about one program days after another.
          notExists(
            tx
              .select({ id: recent.id })
              .from(recent)
              .where(
                and(
                  eq(recent.personId, enrollments.personId),
                  gte(recent.lastRemindedAt, remindedBefore),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(enrollments.personId), asc(enrollments.createdAt))
      .limit(BATCH);
    if (due.length === 0) return [];
    const claimed = await tx
      .update(enrollments)
      .set({ lastRemindedAt: now })
      .where(
        and(
          inArray(
            enrollments.id,
            due.map((row) => row.id),
          ),
          eq(enrollments.status, "started"),
          notRemindedLately,
        ),
      )
      .returning({ id: enrollments.id });
    const claimedIds = new Set(claimed.map((row) => row.id));
    const byPerson = new Map<string, typeof due>();
    for (const row of due) {
      if (!claimedIds.has(row.id)) continue;
      byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
    }
    const ids: string[] = [];
    for (const rows of byPerson.values()) {
      const [first] = rows;
      if (!first) continue;
      ids.push(
        await queueEmail(tx, {
          organizationId: first.organizationId,
          to: first.email,
          content: enrollmentReminderEmail({
            name: first.preferredName ?? first.name,
            programs: rows.map((row) => ({
              name: row.programName,
              link: `${services.config.baseUrl}/programs/${encodeURIComponent(row.programSlug)}/enroll`,
              closesOn: row.closesAt ? row.closesAt.toISOString().slice(0, 10) : null,
            })),
          }),
        }),
      );
    }
    return ids;
  });
  for (const emailId of emailIds) await services.jobs.send(sendEmailJob, { emailId });
  return emailIds.length;
}
