// What the name rules share for one document: the text, its tokens, and where tokens start and end.
import type { Candidate, Doc, Label, Token } from '../doc.js';
import { CharTrie, type Gazetteer, type GazetteerEntry } from '../gazetteer.js';
import { readTsv } from '../resources.js';

export class NameContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Token index starting at each offset, or -1. */
  readonly startsAt: Int32Array;
  /** Token index ending at each offset, or -1. */
  readonly endsAt: Int32Array;
  /** Names found so far, by every rule family. */
  readonly found: Candidate[] = [];
  /** Offsets inside a listed name, which guessing rules leave alone. */
  readonly listed: Uint8Array;
  /** Offsets inside any name found so far. */
  readonly covered: Uint8Array;

  constructor(doc: Doc) {
    this.text = doc.simplified;
    this.tokens = doc.tokens;
    this.startsAt = new Int32Array(this.text.length + 1).fill(-1);
    this.endsAt = new Int32Array(this.text.length + 1).fill(-1);
    this.listed = new Uint8Array(this.text.length + 1);
    this.covered = new Uint8Array(this.text.length + 1);
    this.tokens.forEach((t, i) => {
      this.startsAt[t.start] = i;
      this.endsAt[t.end] = i;
    });
  }

  word(i: number): string {
    const t = this.tokens[i];
    return this.text.slice(t.start, t.end);
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? '';
  }

  add(start: number, end: number, label: Label, rule: string): void {
    this.found.push({ start, end, label, rule });
    this.covered.fill(1, start, end);
  }

  /** Is any offset of [start, end) inside a name found so far? */
  isCovered(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (this.covered[k] === 1) return true;
    return false;
  }

  /** Add a name from a list, and keep guessing rules off it. */
  addListed(start: number, end: number, label: Label, rule: string): void {
    this.add(start, end, label, rule);
    this.listed.fill(1, start, end);
  }

  isListed(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (this.listed[k] === 1) return true;
    return false;
  }

  /**
   * The longest entry starting at token i that ends on a token boundary, or (when `inside`
   * accepts it) inside a token: 中国 in the word 中国人.
   */
  matchTokens<T>(g: Gazetteer<T>, i: number, inside?: (e: GazetteerEntry<T>, i: number) => boolean): GazetteerEntry<T> | null {
    const at = this.tokens[i].start;
    if (!g.mayMatchAt(this.text, at)) return null;
    this.matchToken = i;
    this.matchInside = (inside as ((e: GazetteerEntry<unknown>, i: number) => boolean) | undefined) ?? null;
    return g.longestAcceptedAt(this.text, at, this.acceptMatch);
  }

  /** The token and the test of matchTokens' current lookup: one accept function per document, no closure per token. */
  private matchToken = 0;
  private matchInside: ((e: GazetteerEntry<unknown>, i: number) => boolean) | null = null;
  private readonly acceptMatch = (e: GazetteerEntry<unknown>): boolean =>
    this.endsAt[this.tokens[this.matchToken].start + e.name.length] >= 0 || (this.matchInside?.(e, this.matchToken) ?? false);
}

/**
 * jieba's tags of function words, the core the name rules' stop sets share: prepositions,
 * conjunctions, pronouns, adverbs, particles (uj 的, ul 了, uz 着, ug 过, uv 地, ud 得), localisers.
 */
export const FUNCTION_WORD_TAGS: readonly string[] = ['p', 'c', 'r', 'd', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'f'];

/** A `name<TAB>label` resource as gazetteer entries. */
export function labelledNames(file: string): GazetteerEntry<Label>[] {
  return readTsv(file).map(([name, label]) => ({ name, data: label as Label }));
}

/** Suffixes by their text, to find the longest one a word ends with. */
export class SuffixTable<T> {
  private readonly trie: CharTrie<[string, T]>;
  constructor(rows: Iterable<[string, T]>) {
    const list = [...rows];
    this.trie = new CharTrie(list.length, true);
    for (const row of list) this.trie.update(row[0], () => row);
  }
  /** The longest suffix that `word` ends with and is longer than (when `proper`), or null. */
  find(word: string, proper: boolean): [string, T] | null {
    return this.trie.longestSuffix(word, proper ? 1 : 0, word.length);
  }
  /** Does some suffix end with this UTF-16 unit? */
  mayEndWith(unit: number): boolean {
    return this.trie.holdsFirst(unit);
  }
  /** The longest suffix that text[from, to) ends with, or null. */
  findIn(text: string, from: number, to: number): [string, T] | null {
    return this.trie.longestSuffix(text, from, to);
  }
}

/** A set of UTF-16 units as one flag per unit: no one-character string per test. */
export function unitSet(chars: Iterable<string>): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const c of chars) for (let k = 0; k < c.length; k++) set[c.charCodeAt(k)] = 1;
  return set;
}

function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

export function isHan(s: string): boolean {
  return isHanIn(s, 0, s.length);
}

/** Is text[start, end) Han characters only (and not empty)? */
export function isHanIn(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let k = start; k < end; k++) if (!isHanUnit(text.charCodeAt(k))) return false;
  return true;
}

/** Han characters, Latin letters and digits (half or full width) only: a word, not punctuation (which jieba tags x too). */
export function isWordyIn(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const wordy =
      isHanUnit(c) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0xff10 && c <= 0xff19) ||
      (c >= 0xff21 && c <= 0xff3a) ||
      (c >= 0xff41 && c <= 0xff5a);
    if (!wordy) return false;
  }
  return true;
}
