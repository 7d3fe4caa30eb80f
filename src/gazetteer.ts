// Longest-match lookup of listed names in text.

export interface GazetteerEntry<T> {
  name: string;
  data: T;
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
    // Longest first, so the first entry that matches is the longest one.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  }

  /** The longest entry that starts at `at`, or null. */
  matchAt(text: string, at: number): GazetteerEntry<T> | null {
    const list = this.byFirst.get(text[at]);
    if (list === undefined) return null;
    for (const e of list) if (text.startsWith(e.name, at)) return e;
    return null;
  }

  /** Entries by their first two UTF-16 units as one number (one unit for one-unit names), built on first use: no string per lookup. */
  private byPrefix: Map<number, GazetteerEntry<T>[]> | null = null;

  /** The longest entry that starts at `at` and that `accept` takes, or null. */
  longestAcceptedAt(text: string, at: number, accept: (e: GazetteerEntry<T>) => boolean): GazetteerEntry<T> | null {
    if (this.byPrefix === null) {
      this.byPrefix = new Map();
      for (const list of this.byFirst.values()) {
        for (const e of list) {
          const key = e.name.length === 1 ? e.name.charCodeAt(0) : e.name.charCodeAt(0) * 0x10000 + e.name.charCodeAt(1);
          const bucket = this.byPrefix.get(key) ?? [];
          bucket.push(e);
          this.byPrefix.set(key, bucket);
        }
      }
    }
    if (at >= text.length) return null;
    const first = text.charCodeAt(at);
    if (at + 1 < text.length) {
      const longer = this.byPrefix.get(first * 0x10000 + text.charCodeAt(at + 1));
      if (longer !== undefined) for (const e of longer) if (text.startsWith(e.name, at) && accept(e)) return e;
    }
    const single = this.byPrefix.get(first);
    if (single !== undefined) for (const e of single) if (accept(e)) return e;
    return null;
  }

  /** Non-overlapping longest matches, left to right, in [start, end). */
  *scan(text: string, start = 0, end = text.length): Generator<{ start: number; end: number; entry: GazetteerEntry<T> }> {
    for (let i = start; i < end; ) {
      const e = this.matchAt(text, i);
      if (e !== null && i + e.name.length <= end) {
        yield { start: i, end: i + e.name.length, entry: e };
        i += e.name.length;
      } else i++;
    }
  }
}
