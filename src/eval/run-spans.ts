// Running the pipeline over span and word gold sets and scoring it.
import { RANGE_LINK } from '../dates/grammar.js';
import type { GoldSentence, Span, WordSentence } from './gold.js';
import { describeLabelMap, type LabelMap } from './label-map.js';
import { Annotator, showSpan, type ErrorItem, type Row, type RunOptions, type SetResult } from './result.js';
import { addCounts, emptyCounts, exactPrf, partialPrf, prf, scoreSentence, type Counts } from './score-spans.js';
import { emptyWordCounts, scoreWords } from './score-words.js';

/** The scored label that `--label` names: a scored label itself, or a gold or our label mapped to one. */
function scoredLabel(label: string | undefined, map: LabelMap): string | undefined {
  if (label === undefined) return undefined;
  const scored = new Set([...Object.values(map.gold), ...Object.values(map.ours)]);
  return scored.has(label) ? label : map.ours[label] ?? map.gold[label] ?? label;
}

function tally(counts: Map<string, number>, label: string) {
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

const listCounts = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ');

/** Whether the text between two spans joins them into one date: nothing, or a range link (至, —). */
function joinsParts(gap: string): boolean {
  if (gap === '') return true;
  RANGE_LINK.lastIndex = 0;
  return RANGE_LINK.exec(gap)?.[0].length === gap.length;
}

/** Gold spans of `label` that are parts of one date or range, joined; the others as they are. Spans are in order. */
export function joinDateParts(spans: readonly Span[], chars: readonly string[], label: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && last.label === label && s.label === label && s.start >= last.end && joinsParts(chars.slice(last.end, s.start).join(''))) {
      out[out.length - 1] = { ...last, end: s.end };
    } else out.push(s);
  }
  return out;
}

const describe = (s: Span) => `${s.label}${s.rule === undefined ? '' : ` (${s.rule})`}`;

export function runSpanSet(
  result: SetResult,
  sentences: readonly GoldSentence[],
  map: LabelMap,
  options: RunOptions,
  annotator: Annotator,
  refDate: string | null = null,
): void {
  const only = scoredLabel(options.label, map);
  if (only !== undefined && !Object.values(map.gold).includes(only)) {
    result.notes.push(`${options.label} is not in this set's label space; not run`);
    return;
  }
  const byLabel = new Map<string, Counts>();
  const ignoredGold = new Map<string, number>();
  const ignoredOurs = new Map<string, number>();
  const missed: ErrorItem[] = [];
  const falseAlarms: ErrorItem[] = [];
  const wrongValues: ErrorItem[] = [];
  const guideline = map.timeGuideline;
  const unscored = new Map<string, number>();
  let goldParts = 0, goldJoined = 0;
  for (const sentence of sentences) {
    const out = annotator.annotate(sentence.text, sentence.refDate ?? refDate);
    const chars = Array.from(sentence.text);
    let gold: Span[] = [];
    for (const s of sentence.spans) {
      const label = map.gold[s.label];
      if (label === undefined) tally(ignoredGold, s.label);
      else if (only === undefined || label === only) gold.push({ ...s, label });
    }
    if (guideline?.joinParts) {
      const parts = gold.filter((s) => s.label === guideline.label).length;
      gold = joinDateParts(gold, chars, guideline.label);
      goldParts += parts;
      goldJoined += gold.filter((s) => s.label === guideline.label).length;
    }
    const pred: Span[] = [];
    for (const e of out.entities) {
      const label = map.ours[e.label];
      const type = e.value !== undefined && 'type' in e.value ? e.value.type : undefined;
      if (label === undefined) tally(ignoredOurs, e.label);
      else if (type !== undefined && guideline?.unscored.includes(type)) tally(unscored, type);
      else if (only === undefined || label === only) pred.push({ start: e.start, end: e.end, label, rule: e.rule, ...(e.value === undefined ? {} : { value: e.value }) });
    }
    const score = scoreSentence(gold, pred);
    for (const [label, c] of score.byLabel) {
      if (!byLabel.has(label)) byLabel.set(label, emptyCounts());
      addCounts(byLabel.get(label)!, c);
    }
    if (options.errors === 0) continue;
    const text = (s: Span) => chars.slice(s.start, s.end).join('');
    const near = (s: Span, among: Span[]) => among.filter((o) => o.start < s.end && s.start < o.end).map((o) => `${text(o)} ${describe(o)}`).join('; ') || 'nothing';
    for (const g of score.missed) {
      if (missed.length < options.errors) missed.push({ kind: 'missed', line: sentence.line, context: showSpan(chars, g.start, g.end), detail: `gold ${g.label}; ours: ${near(g, pred)}` });
    }
    for (const p of score.falseAlarms) {
      if (falseAlarms.length < options.errors) falseAlarms.push({ kind: 'false alarm', line: sentence.line, context: showSpan(chars, p.start, p.end), detail: `ours ${describe(p)}; gold: ${near(p, gold)}` });
    }
    for (const [g, p] of score.wrongValues) {
      if (wrongValues.length < options.errors) wrongValues.push({ kind: 'wrong value', line: sentence.line, context: showSpan(chars, g.start, g.end), detail: `gold ${JSON.stringify(g.value)}; ours ${JSON.stringify(p.value)} (${p.rule})` });
    }
  }
  const total = emptyCounts();
  for (const c of byLabel.values()) addCounts(total, c);
  result.rows.push(spanRow('spans (micro)', total));
  for (const label of [...byLabel.keys()].sort()) result.rows.push({ ...spanRow('spans', byLabel.get(label)!), label });
  result.notes.push(`label map ${map.name}: ${describeLabelMap(map)}`);
  if (ignoredGold.size > 0) result.notes.push(`ignored gold labels: ${listCounts(ignoredGold)}`);
  if (ignoredOurs.size > 0) result.notes.push(`ignored labels of ours (not in this set's label space): ${listCounts(ignoredOurs)}`);
  if (guideline !== undefined) {
    result.notes.push(`its ${guideline.label} guideline differs from ANNOTATION.md; scored on the contract's terms:`);
    if (guideline.joinParts) result.notes.push(`  gold ${guideline.label} parts of one date or range (今年|五月|八日, 12月27日|至|31日) joined into one span, as ANNOTATION.md marks them: ${goldParts} spans -> ${goldJoined}`);
    result.notes.push(`  spans of ours with a ${guideline.unscored.join(' or ')} value left unscored (the set marks none): ${listCounts(unscored) || 'none'}`);
  }
  if (only !== undefined) result.notes.push(`scored label ${only} only`);
  result.errors.push(...missed, ...falseAlarms, ...wrongValues);
}

function spanRow(measure: string, c: Counts): Row {
  const exact = exactPrf(c);
  return {
    measure,
    n: c.gold,
    pred: c.pred,
    ...exact,
    partialF1: partialPrf(c).f1,
    ...(c.valued > 0 ? { value: c.valueRight / c.valued, valued: c.valued } : {}),
  };
}

/** Word segmentation against gold words; `known` is a word list for OOV recall. */
export function runWordSet(
  result: SetResult,
  sentences: readonly WordSentence[],
  options: RunOptions,
  annotator: Annotator,
  known?: ReadonlySet<string>,
): void {
  if (options.label !== undefined) return;
  const counts = emptyWordCounts();
  const missed: ErrorItem[] = [];
  const wrong: ErrorItem[] = [];
  for (const sentence of sentences) {
    const out = annotator.annotate(sentence.text);
    const chars = Array.from(sentence.text);
    const { missed: m, wrong: w } = scoreWords(counts, sentence.words, out.tokens, chars, known);
    for (const g of m) {
      if (missed.length < options.errors) missed.push({ kind: 'missed', line: sentence.line, context: showSpan(chars, g.start, g.end), detail: 'gold word not found' });
    }
    for (const p of w) {
      if (wrong.length < options.errors) wrong.push({ kind: 'false alarm', line: sentence.line, context: showSpan(chars, p.start, p.end), detail: 'our word is no gold word' });
    }
  }
  result.rows.push({ measure: 'words', n: counts.gold, pred: counts.pred, ...prf(counts.right, counts.pred, counts.right, counts.gold) });
  if (known !== undefined) result.rows.push({ measure: 'OOV words (recall)', n: counts.oov, r: counts.oov === 0 ? 1 : counts.oovFound / counts.oov });
  result.errors.push(...missed, ...wrong);
}
