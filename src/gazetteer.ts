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
  private readonly byFirst = new Map<string, GazetteerEntry<T>[]>();

  constructor(entries: Iterable<GazetteerEntry<T>>) {
    for (const e of entries) {
      if (e.name === '') continue;
      const list = this.byFirst.get(e.name[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.name[0], list);
    }
    for (const list of this.byFirst.values()) list.sort(longestFirst);
  }

  /** The longest entry that starts at `at`, or null. */
  matchAt(text: string, at: number): GazetteerEntry<T> | null {
    const list = this.byFirst.get(text[at]);
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
    return longestAccepted(this.entryTrie().root, text, at, accept);
  }
}

/** What stands for the second unit of a one-unit key in the filter (U+FFFF, a non-character). */
const LONE = 0xffff;

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | null;
  value: V | null;
}

/** The deepest accepted entry on the path from `node` along text[at...]: the longest name first. */
function longestAccepted<T>(node: TrieNode<GazetteerEntry<T>[]>, text: string, at: number, accept: (e: GazetteerEntry<T>) => boolean): GazetteerEntry<T> | null {
  const child = at < text.length ? node.next?.get(text.charCodeAt(at)) : undefined;
  if (child !== undefined) {
    const e = longestAccepted(child, text, at + 1, accept);
    if (e !== null) return e;
  }
  if (node.value !== null) for (const e of node.value) if (accept(e)) return e;
  return null;
}

/**
 * Values keyed by strings, walked one UTF-16 unit at a time from an offset of a text: no slice
 * and no hashing of a string per lookup. Keys are stored forward, or backward to find suffixes.
 */
export class CharTrie<V> {
  readonly root: TrieNode<V> = { next: null, value: null };
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
  }

  /** Set the value of `key` from its current one (null when new). */
  update(key: string, value: (current: V | null) => V): void {
    if (key === '') return;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(this.backward ? key.length - 1 - k : k);
      node.next ??= new Map();
      let child = node.next.get(unit);
      if (child === undefined) {
        child = { next: null, value: null };
        node.next.set(unit, child);
      }
      node = child;
    }
    const first = key.charCodeAt(this.backward ? key.length - 1 : 0);
    this.firsts[first >>> 5] |= 1 << (first & 31);
    const h = this.hash(first, key.length === 1 ? LONE : key.charCodeAt(this.backward ? key.length - 2 : 1));
    this.filter[h >>> 5] |= 1 << (h & 31);
    node.value = value(node.value);
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
    let node: TrieNode<V> | undefined = this.root;
    let found: V | null = null;
    for (let k = to - 1; k >= from && node.next !== null; k--) {
      node = node.next.get(text.charCodeAt(k));
      if (node === undefined) break;
      if (node.value !== null) found = node.value;
    }
    return found;
  }
}
