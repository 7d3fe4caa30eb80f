// The characters a match of a regular expression can begin with, and which may come second after
// each, read from its source: a scan can skip every place where none of many patterns can match
// without running them.

/** UTF-16 code units; null stands for any. */
export type FirstChars = Set<number> | null;

/** What a match can begin with: the second code units allowed after each first one (null: any). */
export type StartPairs = Map<number, FirstChars>;

const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const CLASS_ESCAPES: Record<string, string> = { s: WHITESPACE, d: '0123456789', w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_' };
const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '0': '\0' };

/** A pattern reduced to what decides its first characters; anchors and most lookarounds match empty. */
type Node =
  | { kind: 'char'; set: FirstChars }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const EMPTY: Node = { kind: 'empty' };
const codes = (s: string): Set<number> => new Set(Array.from(s, (c) => c.charCodeAt(0)));

/**
 * Parse a pattern source (no `i` flag). Anything not modelled (negated classes, `.`, back
 * references, `\S`) is any character, and lookarounds are skipped (they only narrow), so what
 * the node allows is never less than what the pattern allows. A lookahead that ends the pattern
 * (2025(?=至2030年)) is read as text the match is followed by: it says what must come next.
 */
function parse(source: string): Node {
  let at = 0;
  let depth = 0;

  function escape(): FirstChars {
    const c = source[at++];
    if (c in CLASS_ESCAPES) return codes(CLASS_ESCAPES[c]);
    if (c in CONTROL_ESCAPES) return codes(CONTROL_ESCAPES[c]);
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at, at + 4))) {
      at += 4;
      return new Set([parseInt(source.slice(at - 4, at), 16)]);
    }
    if (/[A-Za-z0-9]/.test(c)) return null; // \S, \k<name>, \1, \p{...}, \x..
    return new Set([c.charCodeAt(0)]);
  }

  function charClass(): FirstChars {
    const negated = source[at] === '^';
    if (negated) at++;
    const set = new Set<number>();
    let any = negated;
    while (source[at] !== ']') {
      const lo = source[at] === '\\' ? (at++, escape()) : new Set([source.charCodeAt(at++)]);
      if (source[at] === '-' && source[at + 1] !== ']' && lo !== null && lo.size === 1) {
        at++;
        const hi = source[at] === '\\' ? (at++, escape()) : new Set([source.charCodeAt(at++)]);
        if (hi === null || hi.size !== 1) any = true;
        else for (let k = [...lo][0]; k <= [...hi][0]; k++) set.add(k);
      } else if (lo === null) any = true;
      else for (const k of lo) set.add(k);
    }
    at++;
    return any ? null : set;
  }

  function atom(): Node {
    const c = source[at++];
    if (c === '(') {
      let lookaround = false, lookahead = false;
      if (source[at] === '?') {
        const named = source[at + 1] === '<' && source[at + 2] !== '=' && source[at + 2] !== '!';
        lookaround = !named && source[at + 1] !== ':';
        lookahead = source[at + 1] === '=';
        at = named ? source.indexOf('>', at) + 1 : at + (source[at + 1] === '<' ? 3 : 2);
      }
      depth++;
      const inner = alternatives();
      depth--;
      at++; // ')'
      const endsPattern = depth === 0 && (at === source.length || source[at] === '|');
      return lookaround && !(lookahead && endsPattern) ? EMPTY : inner;
    }
    if (c === '[') return { kind: 'char', set: charClass() };
    if (c === '\\') {
      if (source[at] === 'b' || source[at] === 'B') {
        at++;
        return EMPTY;
      }
      return { kind: 'char', set: escape() };
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return { kind: 'char', set: null };
    return { kind: 'char', set: new Set([c.charCodeAt(0)]) };
  }

  function item(): Node {
    const node = atom();
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(at));
    if (q === null) return node;
    at += q[0].length;
    if (q[1] !== undefined) return { kind: 'repeat', node, min: q[1] === '+' ? 1 : 0, max: q[1] === '?' ? 1 : Infinity };
    const min = Number(q[2]);
    return { kind: 'repeat', node, min, max: q[3] === undefined ? min : q[4] === '' ? Infinity : Number(q[4]) };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(item());
    return { kind: 'seq', items };
  }

  function alternatives(): Node {
    const alts = [sequence()];
    while (source[at] === '|') {
      at++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { kind: 'alt', alts };
  }

  return alternatives();
}

function nullable(n: Node): boolean {
  switch (n.kind) {
    case 'char': return false;
    case 'empty': return true;
    case 'seq': return n.items.every(nullable);
    case 'alt': return n.alts.some(nullable);
    case 'repeat': return n.min === 0 || nullable(n.node);
  }
}

const union = (a: FirstChars, b: FirstChars): FirstChars => (a === null || b === null ? null : new Set([...a, ...b]));

function first(n: Node): FirstChars {
  switch (n.kind) {
    case 'char': return n.set;
    case 'empty': return new Set();
    case 'seq': {
      let set: FirstChars = new Set();
      for (const item of n.items) {
        set = union(set, first(item));
        if (!nullable(item)) break;
      }
      return set;
    }
    case 'alt': return n.alts.map(first).reduce(union, new Set());
    case 'repeat': return n.max === 0 ? new Set() : first(n.node);
  }
}

/** What is left to match after one character that `takes` a character node's set: the derivative; null when none can be read. */
function after(n: Node, takes: (set: FirstChars) => boolean): Node | null {
  switch (n.kind) {
    case 'char': return takes(n.set) ? EMPTY : null;
    case 'empty': return null;
    case 'seq': {
      if (n.items.length === 0) return null;
      const [head, ...rest] = n.items;
      const viaHead = after(head, takes);
      const options = viaHead === null ? [] : [{ kind: 'seq', items: [viaHead, ...rest] } as Node];
      const skipped = nullable(head) ? after({ kind: 'seq', items: rest }, takes) : null;
      if (skipped !== null) options.push(skipped);
      return options.length === 0 ? null : options.length === 1 ? options[0] : { kind: 'alt', alts: options };
    }
    case 'alt': {
      const options = n.alts.map((a) => after(a, takes)).filter((a): a is Node => a !== null);
      return options.length === 0 ? null : { kind: 'alt', alts: options };
    }
    case 'repeat': {
      if (n.max === 0) return null;
      const head = after(n.node, takes);
      return head === null ? null : { kind: 'seq', items: [head, { kind: 'repeat', node: n.node, min: Math.max(n.min - 1, 0), max: n.max - 1 }] };
    }
  }
}

/** A superset of the first code units of any non-empty match of `source`; null when any may be. */
export function firstChars(source: string): FirstChars {
  const n = parse(source);
  return nullable(n) ? null : first(n);
}

/**
 * For each code unit a non-empty match of `source` can begin with, the code units that may come
 * right after it (null: any, as when the match may end there); null when any may begin it.
 */
export function startPairs(source: string): StartPairs | null {
  const n = parse(source);
  const firsts = nullable(n) ? null : first(n);
  if (firsts === null) return null;
  const pairs: StartPairs = new Map();
  for (const c of firsts) {
    const rest = after(n, (set) => set === null || set.has(c));
    if (rest !== null) pairs.set(c, nullable(rest) ? null : first(rest));
  }
  return pairs;
}

/**
 * For a match that begins with a run of characters of `run` (a number): by the run's length L
 * (index L - 1, up to `longest`), the characters that may come right after the run; null when a
 * match may end within the run, so that anything may follow.
 */
export function afterRun(source: string, run: Set<number>, longest: number): FirstChars[] {
  const takes = (set: FirstChars) => set === null || [...run].some((c) => set.has(c));
  let state: Node | null = parse(source);
  let canEnd = false;
  const out: FirstChars[] = [];
  for (let k = 1; k <= longest; k++) {
    state = state === null ? null : after(state, takes);
    canEnd ||= state !== null && nullable(state);
    out.push(canEnd ? null : state === null ? new Set() : first(state));
  }
  return out;
}

/** A set of UTF-16 code units as bits: a test is one typed-array read (and the end of a text, NaN, is in none). */
export class CodeUnitSet {
  private readonly bits = new Int32Array(0x10000 >>> 5);

  constructor(units: Iterable<number>) {
    for (const c of units) this.bits[c >>> 5] |= 1 << (c & 31);
  }

  has(c: number): boolean {
    return c < 0x10000 && (this.bits[c >>> 5] & (1 << (c & 31))) !== 0;
  }
}

const sharedSets = new Map<string, CodeUnitSet>();

/** Sets as CodeUnitSets for tests in a hot loop, equal sets sharing one; null (any) stays null. */
export function codeUnitSets(sets: FirstChars[]): (CodeUnitSet | null)[] {
  return sets.map((set) => {
    if (set === null) return null;
    const key = [...set].sort((a, b) => a - b).join();
    let bits = sharedSets.get(key);
    if (bits === undefined) sharedSets.set(key, (bits = new CodeUnitSet(set)));
    return bits;
  });
}

/** The length of the run of characters marked in `table` at `at`, counted up to `longest + 1`. */
export function runLength(table: Uint8Array, text: string, at: number, longest: number): number {
  let j = at;
  while (j < text.length && j - at <= longest && table[text.charCodeAt(j)] === 1) j++;
  return j - at;
}

/** 64 KB of pair hashes: small enough to stay in the caches between the other stages' work. */
const PAIR_BITS = 16;
const pairHash = (first: number, second: number): number => Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - PAIR_BITS);

/**
 * Which kinds of reading (bits) may begin at a place: by its first code unit, and by its first
 * two, as a byte per hash of the pair (plus, for each first code unit, the kinds any second may
 * follow). The pair test errs only by allowing (two pairs share a hash), so a reading is at worst
 * tried in vain, and two table reads replace a lookup in a map and a set at each place.
 */
export class PairKinds {
  /** Kinds by first code unit: a scan skips the code units marked 0. */
  readonly byFirst = new Uint8Array(0x10000);
  private readonly anySecond = new Uint8Array(0x10000);
  private readonly byPair = new Uint8Array(1 << PAIR_BITS);

  /** Allow `kind` at the pairs a pattern may begin with (startPairs; null: any). */
  add(kind: number, pairs: StartPairs | null): void {
    if (pairs === null) {
      for (let first = 0; first < 0x10000; first++) {
        this.byFirst[first] |= kind;
        this.anySecond[first] |= kind;
      }
      return;
    }
    for (const [first, seconds] of pairs) {
      this.byFirst[first] |= kind;
      if (seconds === null) this.anySecond[first] |= kind;
      else for (const second of seconds) this.byPair[pairHash(first, second)] |= kind;
    }
  }

  /** The kinds that may begin at i, from the code units at i and i + 1. */
  at(text: string, i: number): number {
    const first = text.charCodeAt(i);
    return this.anySecond[first] | this.byPair[pairHash(first, text.charCodeAt(i + 1))];
  }
}
