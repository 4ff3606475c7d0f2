import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { preparationPages } from "../../db/schema-programs.ts";
import { notFound } from "../../server/errors.ts";

/** A page of this program (and so of the actor's organization), or a 404. */
export async function findPage(db: Executor, programId: string, pageId: string) {
  const [page] = await db
    .select()
    .from(preparationPages)
    .where(and(eq(preparationPages.id, pageId), eq(preparationPages.programId, programId)));
  if (!page) throw notFound("preparation page", "preparation_page_not_found");
  return page;
}
