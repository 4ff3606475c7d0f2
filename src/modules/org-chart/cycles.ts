/**
 * Reporting-cycle detection on a whole set of manager edges, with no database: the HR importer
 * checks a file with it before writing anything, and tests pin it down.
 *
 * `edges` maps each person's key (an id, an employee id, an email — whatever the caller uses)
 * to their manager's key, or null for someone with no manager. A manager key that is not itself
 * a key of the map (someone outside the file, say) ends the chain: it cannot close a cycle.
 *
 * Each node has at most one manager, so every cycle is a simple loop and each person is in at
 * most one. A cycle is returned as its keys in reporting order — each reports to the next, the
 * last reports to the first — starting from the member that comes first in the map's order, so
 * a file's earliest offending line leads. Self-management is a cycle of one. Cycles come back in
 * the order of their first member. Runs in linear time.
 */
export function findReportingCycles(edges: ReadonlyMap<string, string | null>): string[][] {
  const order = new Map<string, number>();
  for (const key of edges.keys()) order.set(key, order.size);

  const ON_PATH = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  const cycles: string[][] = [];

  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const positionOnPath = new Map<string, number>();
    let node: string | null | undefined = start;
    while (node != null && edges.has(node) && !state.has(node)) {
      state.set(node, ON_PATH);
      positionOnPath.set(node, path.length);
      path.push(node);
      node = edges.get(node);
    }
    if (node != null && state.get(node) === ON_PATH) {
      const loop = path.slice(positionOnPath.get(node));
      cycles.push(rotateToEarliest(loop, order));
    }
    for (const visited of path) state.set(visited, DONE);
  }

  const rank = (key: string | undefined) => (key === undefined ? 0 : (order.get(key) ?? 0));
  return cycles.sort((a, b) => rank(a[0]) - rank(b[0]));
}

function rotateToEarliest(loop: string[], order: Map<string, number>): string[] {
  const rank = (key: string | undefined) => (key === undefined ? 0 : (order.get(key) ?? 0));
  let earliest = 0;
  for (let i = 1; i < loop.length; i++) {
    if (rank(loop[i]) < rank(loop[earliest])) earliest = i;
  }
  return [...loop.slice(earliest), ...loop.slice(0, earliest)];
}

/** "Grace → Charles → Ada": a chain of names, read as "reports to". */
export function formatReportingChain(names: readonly string[]): string {
  return names.join(" → ");
}
