import type { Executor } from "../../db/client.ts";
import { emails } from "../../db/schema.ts";
import type { EmailContent } from "./templates.ts";

/**
 * Records an email in the outbox inside the caller's transaction. The caller enqueues
 * `sendEmailJob` for the returned id once the transaction has committed.
 */
export async function queueEmail(
  db: Executor,
  input: { organizationId: string; to: string; content: EmailContent },
): Promise<string> {
  const [row] = await db
    .insert(emails)
    .values({ organizationId: input.organizationId, to: input.to, ...input.content })
    .returning({ id: emails.id });
  if (!row) throw new Error("email insert returned no row");
  return row.id;
}
