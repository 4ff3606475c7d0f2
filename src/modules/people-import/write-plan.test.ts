import { describe, expect, it } from "vitest";
import type { PlannedCreate } from "./plan-import.ts";
import { managersFirst } from "./write-plan.ts";

const row = (line: number, manager: PlannedCreate["manager"]): PlannedCreate => ({
  line,
  values: { email: `p${line}@x.org`, name: `P${line}` },
  manager,
});

describe("managersFirst", () => {
  it("puts every new manager before their new reports, whatever the file's order", () => {
    const created = [
      row(2, { line: 5 }),
      row(3, { line: 2 }),
      row(4, { personId: "someone-in-mutual" }),
      row(5, null),
      row(6, undefined),
    ];
    const order = managersFirst(created).map((c) => c.line);
    expect(order.sort()).toEqual([2, 3, 4, 5, 6]);
    const ordered = managersFirst(created).map((c) => c.line);
    expect(ordered.indexOf(5)).toBeLessThan(ordered.indexOf(2));
    expect(ordered.indexOf(2)).toBeLessThan(ordered.indexOf(3));
  });

  it("refuses a plan whose new manager is missing rather than dropping their reports", () => {
    expect(() => managersFirst([row(2, { line: 9 })])).toThrow(/missing/);
  });
});
