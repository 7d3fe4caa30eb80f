// Span scoring: exact-match precision, recall and F1 per label and micro-averaged, a
// partial-overlap figure, and the share of matched spans whose value is right.
import type { FigureValue, SpanValue, TimexValue } from '../doc.js';
import type { Span } from './gold.js';

export interface Counts {
  gold: number;
  pred: number;
  /** Exact matches: same start, end and label. */
  exact: number;
  /** Gold spans that some predicted span of the same label overlaps. */
  goldOverlapped: number;
  /** Predicted spans that overlap some gold span of the same label. */
  predOverlapping: number;
  /** Exact matches whose gold span has a value. */
  valued: number;
  /** ...and whose predicted value is the same. */
  valueRight: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, pred: 0, exact: 0, goldOverlapped: 0, predOverlapping: 0, valued: 0, valueRight: 0 });

export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}

/**
 * P, R, F1 where `predRight` of `pred` predicted items are right and `goldFound` of `gold` gold
 * items are found (the two differ for overlap matching); 0/0 counts as 1.
 */
export function prf(predRight: number, pred: number, goldFound: number, gold: number): Prf {
  const p = pred === 0 ? (gold === 0 ? 1 : 0) : predRight / pred;
  const r = gold === 0 ? (pred === 0 ? 1 : 0) : goldFound / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const exactPrf = (c: Counts) => prf(c.exact, c.pred, c.exact, c.gold);
export const partialPrf = (c: Counts) => prf(c.predOverlapping, c.pred, c.goldOverlapped, c.gold);

/** The outcome for one sentence: counts per label, and the spans missed and falsely claimed. */
interface SentenceScore {
  byLabel: Map<string, Counts>;
  missed: Span[];
  falseAlarms: Span[];
  /** Exact matches whose value differs: [gold, predicted]. */
  wrongValues: [Span, Span][];
}

const key = (s: Span) => `${s.start}:${s.end}:${s.label}`;
const overlaps = (a: Span, b: Span) => a.label === b.label && a.start < b.end && b.start < a.end;

/** Score one sentence's predicted spans against its gold spans (both already in the gold label space). */
export function scoreSentence(gold: readonly Span[], pred: readonly Span[]): SentenceScore {
  const byLabel = new Map<string, Counts>();
  const counts = (label: string) => {
    let c = byLabel.get(label);
    if (c === undefined) byLabel.set(label, (c = emptyCounts()));
    return c;
  };
  const predByKey = new Map(pred.map((s) => [key(s), s]));
  const goldKeys = new Set(gold.map(key));
  const missed: Span[] = [];
  const wrongValues: [Span, Span][] = [];
  for (const g of gold) {
    const c = counts(g.label);
    c.gold++;
    const p = predByKey.get(key(g));
    if (p !== undefined) {
      c.exact++;
      if (g.value !== undefined) {
        c.valued++;
        if (p.value !== undefined && sameValue(g.value, p.value)) c.valueRight++;
        else wrongValues.push([g, p]);
      }
    } else {
      missed.push(g);
    }
    if (pred.some((p) => overlaps(g, p))) c.goldOverlapped++;
  }
  const falseAlarms: Span[] = [];
  for (const p of pred) {
    const c = counts(p.label);
    c.pred++;
    if (!goldKeys.has(key(p))) falseAlarms.push(p);
    if (gold.some((g) => overlaps(g, p))) c.predOverlapping++;
  }
  return { byLabel, missed, falseAlarms, wrongValues };
}

const NUMBER_FIELDS = ['value', 'lower', 'upper'] as const;
const CLOSE = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a predicted value says what the gold one says. Dates and times: the same TIMEX3 type,
 * value and mod. Figures: every field the gold value gives (number, bounds, unit, currency, mod).
 */
export function sameValue(gold: SpanValue, pred: SpanValue): boolean {
  if ('type' in gold) {
    const p = pred as TimexValue;
    return 'type' in pred && p.type === gold.type && p.value === gold.value && (p.mod ?? null) === (gold.mod ?? null);
  }
  const p = pred as FigureValue;
  for (const f of NUMBER_FIELDS) {
    const g = gold[f];
    if (g !== undefined && (p[f] === undefined || !CLOSE(g, p[f]!))) return false;
  }
  return (gold.unit === undefined || gold.unit === p.unit) &&
    (gold.currency === undefined || gold.currency === p.currency) &&
    (gold.mod ?? null) === (p.mod ?? null);
}
