// Alignment of two code-point sequences that are equal but for a few replaced stretches.

/** How many equal code points in a row re-synchronise the two sequences. */
const SYNC = 2;
/** How far ahead to look for the end of a replaced stretch. */
const WINDOW = 12;

/**
 * For each code point of `b`, the index in `a` it came from. Equal stretches map one to one; a
 * replaced stretch maps each of its code points to the start of the stretch it replaced, spread
 * evenly, so offsets stay ascending and every span maps to the text it replaced.
 */
export function alignCodePoints(a: string[], b: string[]): Int32Array {
  const map = new Int32Array(b.length);
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      map[j++] = i++;
      continue;
    }
    const [ni, nj] = resync(a, b, i, j);
    const from = ni - i;
    const to = nj - j;
    for (let k = 0; k < to; k++) map[j + k] = i + Math.floor((k * from) / to);
    i = ni;
    j = nj;
  }
  return map;
}

function resync(a: string[], b: string[], i: number, j: number): [number, number] {
  // Smallest total skip first, so the replaced stretch is as short as it can be.
  for (let total = 1; total <= 2 * WINDOW; total++) {
    for (let di = Math.max(0, total - WINDOW); di <= Math.min(total, WINDOW); di++) {
      const dj = total - di;
      if (matchesAt(a, b, i + di, j + dj)) return [i + di, j + dj];
    }
  }
  return [a.length, b.length];
}

function matchesAt(a: string[], b: string[], i: number, j: number): boolean {
  if (j >= b.length) return i >= a.length;
  for (let k = 0; k < SYNC; k++) {
    if (j + k >= b.length) return i + k >= a.length && k > 0;
    if (i + k >= a.length || a[i + k] !== b[j + k]) return false;
  }
  return true;
}
