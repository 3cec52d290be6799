/** A binary min-heap of (key, id) pairs on typed arrays; stale entries are skipped by the caller. */
export class MinHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  private size = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(key: number, id: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.keys = keys;
      this.ids = ids;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.ids[i] = this.ids[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.ids[i] = id;
  }

  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  peekId(): number {
    return this.ids[0];
  }

  pop(): void {
    const last = --this.size;
    if (last <= 0) return;
    const key = this.keys[last];
    const id = this.ids[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.ids[i] = this.ids[child];
      i = child;
    }
    this.keys[i] = key;
    this.ids[i] = id;
  }
}
