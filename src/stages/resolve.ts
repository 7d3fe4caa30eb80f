// Overlaps: the longer span wins; on a tie, names win over dates, and dates over figures.
// Then tokens are split where an entity boundary falls inside one, so BIO tags are exact.
import { NAME_LABELS, TIME_LABELS, type Candidate, type Doc, type Label, type Token } from '../doc.js';
import type { Stage } from '../stage.js';

/** Names rank 2, dates and times 1, figures 0. */
const RANK = new Map<Label, number>([...NAME_LABELS.map((l) => [l, 2] as const), ...TIME_LABELS.map((l) => [l, 1] as const)]);

function rank(label: Label): number {
  return RANK.get(label) ?? 0;
}

export function resolveOverlaps(candidates: readonly Candidate[], length: number): Candidate[] {
  // Array#sort is stable: candidates that tie on all three keep the order the stages gave them.
  const order = candidates.slice().sort((x, y) =>
    (y.end - y.start) - (x.end - x.start) ||
    rank(y.label) - rank(x.label) ||
    x.start - y.start);
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of order) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let k = c.start; k < c.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function splitTokensAtEntities(text: string, tokens: readonly Token[], entities: readonly Candidate[]): Token[] {
  if (entities.length === 0) return tokens.slice();
  // Entity boundaries in ascending order, walked along with the tokens (which are in order).
  const cuts: number[] = [];
  for (const e of entities) cuts.push(e.start, e.end);
  cuts.sort((a, b) => a - b);
  const out: Token[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < cuts.length && cuts[c] <= t.start) c++;
    if (c === cuts.length || cuts[c] >= t.end) {
      out.push(t);
      continue;
    }
    let start = t.start;
    for (let k = c; k < cuts.length && cuts[k] < t.end; k++) {
      if (cuts[k] === start) continue;
      pushPiece(out, text, start, cuts[k], t.pos);
      start = cuts[k];
    }
    pushPiece(out, text, start, t.end, t.pos);
  }
  return out;
}

/** A piece of a split token, without the spaces at its edges (OpenAI| o1). */
function pushPiece(out: Token[], text: string, start: number, end: number, pos: string) {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end > start) out.push({ start, end, pos });
}

export const resolveStage: Stage = {
  name: 'resolve',
  run(doc: Doc) {
    doc.entities = resolveOverlaps(doc.candidates, doc.simplified.length);
    doc.tokens = splitTokensAtEntities(doc.simplified, doc.tokens, doc.entities);
  },
};
