// The characters a match of a regular expression can begin with, read from its source, so a
// scan can skip every place where none of many patterns can match without running them.

/** UTF-16 code units a match can start with; null when any may (or the match may be empty). */
export type FirstChars = Set<number> | null;

const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const CLASS_ESCAPES: Record<string, string> = { s: WHITESPACE, d: '0123456789', w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_' };
const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '0': '\0' };

/** What a piece of pattern can begin with, and whether it can match the empty string. */
interface Piece {
  /** null: any character. */
  first: Set<number> | null;
  nullable: boolean;
}

const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => (a === null || b === null ? null : new Set([...a, ...b]));
const codes = (s: string): Set<number> => new Set(Array.from(s, (c) => c.charCodeAt(0)));

/**
 * A superset of the first code units of any non-empty match of `source` (a pattern without the
 * `i` flag). Anything it does not model (negated classes, `.`, back references, `\S`) counts as
 * any character, so the answer is never too small. Lookarounds are skipped: they only narrow.
 */
export function firstChars(source: string): FirstChars {
  let at = 0;

  /** One escaped character or class after a backslash, inside or outside a class; null for any. */
  function escape(): Set<number> | null {
    const c = source[at++];
    if (c in CLASS_ESCAPES) return codes(CLASS_ESCAPES[c]);
    if (c in CONTROL_ESCAPES) return codes(CONTROL_ESCAPES[c]);
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at, at + 4))) {
      at += 4;
      return new Set([parseInt(source.slice(at - 4, at), 16)]);
    }
    if (/[A-Za-z0-9]/.test(c)) return null; // \S, \k<name>, \1, \p{...}, \x..: not modelled
    return new Set([c.charCodeAt(0)]);
  }

  function charClass(): Set<number> | null {
    const negated = source[at] === '^';
    if (negated) at++;
    const set = new Set<number>();
    let any = false;
    while (source[at] !== ']') {
      let lo: Set<number> | null;
      if (source[at] === '\\') {
        at++;
        lo = escape();
      } else lo = new Set([source.charCodeAt(at++)]);
      if (source[at] === '-' && source[at + 1] !== ']' && lo !== null && lo.size === 1) {
        at++;
        const hi = source[at] === '\\' ? (at++, escape()) : new Set([source.charCodeAt(at++)]);
        if (hi === null || hi.size !== 1) return null;
        const [from] = lo, [to] = hi;
        for (let k = from; k <= to; k++) set.add(k);
      } else if (lo === null) any = true;
      else for (const k of lo) set.add(k);
    }
    at++;
    return negated || any ? null : set;
  }

  function atom(): Piece {
    const c = source[at++];
    if (c === '(') {
      let lookaround = false;
      if (source[at] === '?') {
        lookaround = source[at + 1] === '=' || source[at + 1] === '!' || (source[at + 1] === '<' && (source[at + 2] === '=' || source[at + 2] === '!'));
        at = source[at + 1] === '<' && !lookaround ? source.indexOf('>', at) + 1 : at + (lookaround ? (source[at + 1] === '<' ? 3 : 2) : 2);
      }
      const inner = alternatives();
      at++; // ')'
      return lookaround ? { first: new Set(), nullable: true } : inner;
    }
    if (c === '[') return { first: charClass(), nullable: false };
    if (c === '\\') {
      if (source[at] === 'b' || source[at] === 'B') {
        at++;
        return { first: new Set(), nullable: true };
      }
      return { first: escape(), nullable: false };
    }
    if (c === '^' || c === '$') return { first: new Set(), nullable: true };
    if (c === '.') return { first: null, nullable: false };
    return { first: new Set([c.charCodeAt(0)]), nullable: false };
  }

  /** An atom and its quantifier: a quantifier that allows zero makes it nullable. */
  function item(): Piece {
    const a = atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at));
    if (q === null) return a;
    at += q[0].length;
    const min = q[0][0] === '{' ? Number(q[1]) : q[0][0] === '+' ? 1 : 0;
    return { first: a.first, nullable: a.nullable || min === 0 };
  }

  function sequence(): Piece {
    let first: Set<number> | null = new Set();
    let nullable = true;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const p = item();
      if (nullable) first = union(first, p.first);
      nullable &&= p.nullable;
    }
    return { first, nullable };
  }

  function alternatives(): Piece {
    let p = sequence();
    while (source[at] === '|') {
      at++;
      const q = sequence();
      p = { first: union(p.first, q.first), nullable: p.nullable || q.nullable };
    }
    return p;
  }

  const whole = alternatives();
  return whole.nullable ? null : whole.first;
}
