/** Sorted orders over Int32Arrays, for the buckets that let a row touch only the mentors it changes. */

/** Indices 0..n-1 sorted by value (stable). */
export function sortedOrder(values: Int32Array): Int32Array {
  return Int32Array.from(values.keys()).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
}

/** The first index whose value is greater than `v` in an ascending array. */
export function upperBound(sorted: Int32Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
