// The benchmark's arithmetic, kept apart so it can be tested.

export interface Rate {
  charsPerSecond: number;
  megabytesPerSecond: number;
}

/** Throughput of `chars` code points and `bytes` UTF-8 bytes (MB = 10^6 bytes) in `ms`. */
export function rate(chars: number, bytes: number, ms: number): Rate {
  if (ms <= 0) throw new Error('a rate needs a positive time');
  return { charsPerSecond: (chars * 1000) / ms, megabytesPerSecond: bytes / 1e6 / (ms / 1000) };
}

/** How many times faster `a` is than `b`. */
export function ratio(a: Rate, b: Rate): number {
  return a.charsPerSecond / b.charsPerSecond;
}

/** Each part's share of the total, in percent, rounded to one decimal; the parts need not sum to total. */
export function shares(parts: Record<string, number>, total: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(parts)) out[k] = Math.round((v / total) * 1000) / 10;
  return out;
}

/** Wall time of a run less its one-time start-up, never below 1 ms. */
export function excludingStartup(wallMs: number, startupMs: number): number {
  return Math.max(1, wallMs - startupMs);
}

/** A small deterministic pseudo-random generator (mulberry32), so the corpus is the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
