// Longest-match lookup of listed names in text.

export interface GazetteerEntry<T> {
  name: string;
  data: T;
}

/** Longest first, so the first entry that matches is the longest one. */
export function longestFirst(a: { name: string }, b: { name: string }): number {
  return b.name.length - a.name.length || (a.name < b.name ? -1 : 1);
}

export class Gazetteer<T> {
  /** Entries by their first UTF-16 code unit: a number, so that a lookup makes no one-character string. */
  private readonly byFirst = new Map<number, GazetteerEntry<T>[]>();

  constructor(entries: Iterable<GazetteerEntry<T>>) {
    for (const e of entries) {
      if (e.name === '') continue;
      const list = this.byFirst.get(e.name.charCodeAt(0)) ?? [];
      list.push(e);
      this.byFirst.set(e.name.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort(longestFirst);
  }

  /** The longest entry that starts at `at`, or null. */
  matchAt(text: string, at: number): GazetteerEntry<T> | null {
    const list = this.byFirst.get(text.charCodeAt(at));
    if (list === undefined) return null;
    for (const e of list) if (text.startsWith(e.name, at)) return e;
    return null;
  }

  /** The entries as a trie, built on first use (only the name rules walk it). */
  private trie: CharTrie<GazetteerEntry<T>[]> | null = null;

  private entryTrie(): CharTrie<GazetteerEntry<T>[]> {
    if (this.trie === null) {
      let count = 0;
      for (const list of this.byFirst.values()) count += list.length;
      this.trie = new CharTrie(count);
      for (const list of this.byFirst.values()) for (const e of list) this.trie.update(e.name, (l) => [...(l ?? []), e]);
    }
    return this.trie;
  }

  /** Can an entry start at `at`? One bit test: a cheap filter before a lookup at every position. */
  mayMatchAt(text: string, at: number): boolean {
    return at < text.length && this.entryTrie().mayHold(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : -1);
  }

  /** The longest entry that starts at `at` and that `accept` takes, or null. */
  longestAcceptedAt(text: string, at: number, accept: (e: GazetteerEntry<T>) => boolean): GazetteerEntry<T> | null {
    return longestAccepted(this.entryTrie(), ROOT, text, at, accept);
  }
}

/** What stands for the second unit of a one-unit key in the filter (U+FFFF, a non-character). */
const LONE = 0xffff;
/** The node every key starts from. */
const ROOT = 0;

/** The deepest accepted entry on the path from `node` along text[at...]: the longest name first. */
function longestAccepted<T>(trie: CharTrie<GazetteerEntry<T>[]>, node: number, text: string, at: number, accept: (e: GazetteerEntry<T>) => boolean): GazetteerEntry<T> | null {
  const child = at < text.length ? trie.child(node, text.charCodeAt(at)) : -1;
  if (child >= 0) {
    const e = longestAccepted(trie, child, text, at + 1, accept);
    if (e !== null) return e;
  }
  const entries = trie.valueAt(node);
  if (entries !== null) for (const e of entries) if (accept(e)) return e;
  return null;
}

/**
 * Values keyed by strings, walked one UTF-16 unit at a time from an offset of a text: no slice
 * and no hashing of a string per lookup. Keys are stored forward, or backward to find suffixes.
 * Nodes are numbers and the edges one open-addressing table of typed arrays: a step costs a
 * multiplication and a load or two, where a Map per node costs a hash-table call.
 */
export class CharTrie<V> {
  /** By node (ROOT first), the value of the key that ends there, or null. */
  private readonly values: (V | null)[] = [null];
  /** The edge table: parent node + 1 (0 marks a free slot), the unit, the child node. */
  private edgeParents = new Int32Array(0);
  private edgeUnits = new Uint16Array(0);
  private edgeChildren = new Int32Array(0);
  private edgeShift = 32;
  private edgeCount = 0;
  /**
   * The first two units of each key (a one-unit key with LONE after it), one bit per hash: a
   * filter sized by the number of keys, where a collision only costs a walk.
   */
  private readonly filter: Uint32Array;
  private readonly shift: number;
  /** The first unit of each key, one bit per unit: most positions fail this one load. */
  private readonly firsts = new Uint32Array(0x10000 / 32);

  /** `size`: about how many keys there will be. */
  constructor(size: number, private readonly backward = false) {
    const bits = Math.min(20, Math.max(10, Math.ceil(Math.log2(size * 16))));
    this.filter = new Uint32Array((1 << bits) / 32);
    this.shift = 32 - bits;
    this.allocateEdges(Math.max(4, Math.ceil(Math.log2(size * 8))));
  }

  /** The node reached from `node` by `unit`, or -1. */
  child(node: number, unit: number): number {
    const mask = this.edgeParents.length - 1;
    for (let s = this.edgeSlot(node, unit); ; s = (s + 1) & mask) {
      const parent = this.edgeParents[s];
      if (parent === 0) return -1;
      if (parent === node + 1 && this.edgeUnits[s] === unit) return this.edgeChildren[s];
    }
  }

  /** The value of the key that ends at `node`, or null. */
  valueAt(node: number): V | null {
    return this.values[node];
  }

  private edgeSlot(node: number, unit: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ unit, 0x85ebca6b) >>> this.edgeShift;
  }

  private allocateEdges(bits: number): void {
    this.edgeParents = new Int32Array(1 << bits);
    this.edgeUnits = new Uint16Array(1 << bits);
    this.edgeChildren = new Int32Array(1 << bits);
    this.edgeShift = 32 - bits;
  }

  private addEdge(node: number, unit: number, child: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeParents.length) {
      // At most half full, so that a miss ends at a free slot within a step or two.
      const [parents, units, children] = [this.edgeParents, this.edgeUnits, this.edgeChildren];
      this.allocateEdges(32 - this.edgeShift + 1);
      for (let s = 0; s < parents.length; s++) if (parents[s] !== 0) this.placeEdge(parents[s] - 1, units[s], children[s]);
    }
    this.placeEdge(node, unit, child);
    this.edgeCount++;
  }

  private placeEdge(node: number, unit: number, child: number): void {
    const mask = this.edgeParents.length - 1;
    let s = this.edgeSlot(node, unit);
    while (this.edgeParents[s] !== 0) s = (s + 1) & mask;
    this.edgeParents[s] = node + 1;
    this.edgeUnits[s] = unit;
    this.edgeChildren[s] = child;
  }

  /** Set the value of `key` from its current one (null when new). */
  update(key: string, value: (current: V | null) => V): void {
    if (key === '') return;
    let node = ROOT;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(this.backward ? key.length - 1 - k : k);
      let child = this.child(node, unit);
      if (child < 0) {
        child = this.values.length;
        this.values.push(null);
        this.addEdge(node, unit, child);
      }
      node = child;
    }
    const first = key.charCodeAt(this.backward ? key.length - 1 : 0);
    this.firsts[first >>> 5] |= 1 << (first & 31);
    const h = this.hash(first, key.length === 1 ? LONE : key.charCodeAt(this.backward ? key.length - 2 : 1));
    this.filter[h >>> 5] |= 1 << (h & 31);
    this.values[node] = value(this.values[node]);
  }

  private hash(u0: number, u1: number): number {
    return Math.imul((u0 << 16) | u1, 0x9e3779b1) >>> this.shift;
  }

  private has(u0: number, u1: number): boolean {
    const h = this.hash(u0, u1);
    return (this.filter[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /** Does some key start (backward: end) with this unit? */
  holdsFirst(unit: number): boolean {
    return (this.firsts[unit >>> 5] & (1 << (unit & 31))) !== 0;
  }

  /** May some key start (backward: end) with unit u0 and then u1 (-1: none)? */
  mayHold(u0: number, u1: number): boolean {
    if (!this.holdsFirst(u0)) return false;
    return this.has(u0, LONE) || (u1 >= 0 && this.has(u0, u1));
  }

  /** The value of the longest key that text[from, to) ends with (a backward trie), or null. */
  longestSuffix(text: string, from: number, to: number): V | null {
    if (to <= from || !this.mayHold(text.charCodeAt(to - 1), to - 2 >= from ? text.charCodeAt(to - 2) : -1)) return null;
    let node = ROOT;
    let found: V | null = null;
    for (let k = to - 1; k >= from; k--) {
      node = this.child(node, text.charCodeAt(k));
      if (node < 0) break;
      const value = this.values[node];
      if (value !== null) found = value;
    }
    return found;
  }
}
