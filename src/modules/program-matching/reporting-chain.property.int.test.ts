import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../db/schema.ts";
import { relationships } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { createOrganization } from "../../test/factories.ts";
import { insertEnrollment, insertProgram } from "../enrollment/test-support.ts";
import { isInReportingChain } from "../org-chart/reporting-chain.ts";
import { publishMatchingRun } from "./publish-matching-run.ts";
import { runMatching } from "./run-matching-job.ts";
import { startMatchingRun } from "./start-matching-run.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A random org chart (each person's manager comes earlier, or nobody) and who enrols how. */
const world = fc.integer({ min: 3, max: 14 }).chain((size) =>
  fc.record({
    managers: fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 }),
      ),
    ),
    roles: fc.array(fc.constantFrom("mentee", "mentor", "both", "none"), {
      minLength: size,
      maxLength: size,
    }),
    capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: size, maxLength: size }),
    everyoneBoth: fc.boolean(),
    // Stored settings that try to switch the rule off: a career program must ignore them.
    storedChainRule: fc.boolean(),
  }),
);

describe("career programs never pair a reporting chain", () => {
  it("holds for every published pair over random org charts and enrollments", async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const org = await createOrganization(t.db);
        const ids = w.managers.map(() => randomUUID());
        await t.db.insert(people).values(
          ids.map((id, i) => ({
            id,
            organizationId: org.id,
            email: `p${i}-${id}@example.test`,
            name: `Person ${i}`,
            role: i === 0 ? ("admin" as const) : ("member" as const),
            passwordHash: "not-a-real-hash",
            managerId: (w.managers[i] as number) >= 0 ? ids[w.managers[i] as number] : null,
          })),
        );
        const program = await insertProgram(t.db, {
          organizationId: org.id,
          state: "matching",
          kind: "career",
          roles: w.everyoneBoth ? "everyone_both" : "mentor_mentee",
          matching: { mode: "bulk", rules: { reportingChain: w.storedChainRule } },
        });
        for (const [i, role] of w.roles.entries()) {
          if (role === "none") continue;
          await insertEnrollment(t.db, {
            organizationId: org.id,
            programId: program.id,
            personId: ids[i] as string,
            asMentee: role === "mentee" || role === "both",
            asMentor: role === "mentor" || role === "both",
            mentorCapacity: w.capacities[i] as number,
            status: "submitted",
          });
        }
        const ctx: Ctx = {
          ...t.services,
          actor: { personId: ids[0] as string, organizationId: org.id, role: "admin" },
        };
        const run = await startMatchingRun(ctx, program.slug, {});
        await runMatching(t.db, run.id);
        try {
          await publishMatchingRun(ctx, program.slug, run.id, { startProgram: false });
        } catch (error) {
          // A run with no pairs has nothing to publish; anything else is a failure.
          expect((error as { code?: string }).code).toBe("nothing_to_publish");
        }
        const made = await t.db
          .select()
          .from(relationships)
          .where(eq(relationships.programId, program.id));
        for (const r of made) {
          expect(r.menteeId).not.toBe(r.mentorId);
          expect(await isInReportingChain(t.db, org.id, r.menteeId, r.mentorId)).toBe(false);
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
  }, 120_000);
});
