/**
 * An indexed 4-ary min-heap of node ids 0..capacity-1 on typed arrays, for Dijkstra. Keys live in
 * a caller-owned Float64Array (the distance array), so "decrease key" is: write the smaller
 * distance, then call `update`. Ties are broken by the lower node id, so the order in which nodes
 * leave the heap — and therefore every path the solver picks — is deterministic.
 */
export class IndexedHeap {
  /** Node ids in heap order. */
  private readonly items: Int32Array;
  /** Position of each node in `items`, or -1 when the node is not in the heap. */
  private readonly pos: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number, keys: Float64Array) {
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
    this.keys = keys;
  }

  has(node: number): boolean {
    return this.pos[node] !== -1;
  }

  /** Inserts `node`, or moves it up after its key decreased. */
  update(node: number): void {
    let at = this.pos[node] as number;
    if (at === -1) {
      at = this.size++;
      this.items[at] = node;
      this.pos[node] = at;
    }
    this.siftUp(at);
  }

  /** Removes and returns the node with the smallest key (lowest id among equals). */
  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    this.pos[top] = -1;
    const last = items[--this.size] as number;
    if (this.size > 0) {
      items[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Moves `node` to its place after its key changed either way. */
  fix(node: number): void {
    const at = this.pos[node] as number;
    if (at === -1) {
      this.update(node);
      return;
    }
    this.siftUp(at);
    this.siftDown(this.pos[node] as number);
  }

  /** The node with the smallest key, without removing it (-1 when empty). */
  peek(): number {
    return this.size > 0 ? (this.items[0] as number) : -1;
  }

  /** Removes `node` if it is in the heap. */
  remove(node: number): void {
    const at = this.pos[node] as number;
    if (at === -1) return;
    this.pos[node] = -1;
    const last = this.items[--this.size] as number;
    if (at < this.size) {
      this.items[at] = last;
      this.pos[last] = at;
      this.siftUp(at);
      this.siftDown(this.pos[last] as number);
    }
  }

  /** Empties the heap (positions of the nodes still inside are reset). */
  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.items[k] as number] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(at: number): void {
    const items = this.items;
    const pos = this.pos;
    const node = items[at] as number;
    while (at > 0) {
      const parentAt = (at - 1) >> 2;
      const parent = items[parentAt] as number;
      if (!this.less(node, parent)) break;
      items[at] = parent;
      pos[parent] = at;
      at = parentAt;
    }
    items[at] = node;
    pos[node] = at;
  }

  private siftDown(at: number): void {
    const items = this.items;
    const pos = this.pos;
    const size = this.size;
    const node = items[at] as number;
    for (;;) {
      const first = 4 * at + 1;
      if (first >= size) break;
      let best = first;
      let bestNode = items[first] as number;
      const end = Math.min(first + 4, size);
      for (let c = first + 1; c < end; c++) {
        const cn = items[c] as number;
        if (this.less(cn, bestNode)) {
          best = c;
          bestNode = cn;
        }
      }
      if (!this.less(bestNode, node)) break;
      items[at] = bestNode;
      pos[bestNode] = at;
      at = best;
    }
    items[at] = node;
    pos[node] = at;
  }
}
