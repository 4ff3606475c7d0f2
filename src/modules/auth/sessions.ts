import { and, eq, gt, ne } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people, sessions } from "../../db/schema.ts";
import { hashToken, randomToken } from "../../server/tokens.ts";

const DAY = 24 * 60 * 60 * 1000;

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

export async function createSession(
  db: Executor,
  person: { id: string; organizationId: string },
  days: number,
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + days * DAY);
  await db.insert(sessions).values({
    organizationId: person.organizationId,
    personId: person.id,
    tokenHash: hashToken(token),
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** The live session for a cookie token, with its person, or null (expired, unknown, deactivated). */
export async function findSession(db: Executor, token: string) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      personId: people.id,
      organizationId: people.organizationId,
      role: people.role,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        eq(people.status, "active"),
      ),
    );
  return row ?? null;
}

/** Sliding expiry, written at most once an hour per session to keep requests read-only. */
export async function touchSession(db: Executor, sessionId: string, days: number) {
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + days * DAY) })
    .where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a person out everywhere, except (optionally) the session they are using. */
export async function deleteSessionsOf(db: Executor, personId: string, keepSessionId?: string) {
  await db
    .delete(sessions)
    .where(
      keepSessionId
        ? and(eq(sessions.personId, personId), ne(sessions.id, keepSessionId))
        : eq(sessions.personId, personId),
    );
}
