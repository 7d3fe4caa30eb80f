// Running the pipeline over normalisation tables: Duckling's corpora and cn2an's numerals (each
// text alone, found as one span with the right value), cn2an's in-sentence transforms, and
// OpenCC's conversion cases (our convert stage alone).
import { FIGURE_LABELS, isRegion, TIME_LABELS, type FigureValue, type Label, type Region, type TimexValue } from '../doc.js';
import type { OutputEntity } from '../output.js';
import { runPipeline } from '../pipeline.js';
import { readTsv } from '../resources.js';
import { convertStage } from '../stages/convert.js';
import { GRAIN_SECONDS, type DucklingValue } from './duckling-value.js';
import type { ConversionCase, DucklingCorpus, NumeralTable, TransformPair } from './read-tables.js';
import { Annotator, showSpan, type ErrorItem, type RunOptions, type SetResult } from './result.js';
import { durationSeconds, timexInterval } from './timex-interval.js';

/** Duckling's reference time, 2013-02-12T04:30:00 (its UTC-2 local time, read on a UTC clock). */
const DUCKLING_REF_DATE = '2013-02-12T04:30';
const DUCKLING_REF = Date.UTC(2013, 1, 12, 4, 30, 0);
const HOUR_MS = 3_600_000;
const HOUR_ON_CLOCK = /T[0-9]{2}:00$/;
/** From Friday 18:00 to Saturday 00:00. */
const WEEKEND_EVE_MS = 6 * HOUR_MS;

/** Which of our labels a Duckling corpus's texts should get, by the corpus file's dimension. */
const DIMENSION_LABELS: [RegExp, readonly Label[]][] = [
  [/^(Time|Duration)_/, TIME_LABELS],
  // A fraction is a PERCENT in our scheme (二分之一 -> 50 %), a numeral in Duckling's.
  [/^Numeral_/, ['CARDINAL', 'PERCENT']],
  [/^Ordinal_/, ['ORDINAL']],
  [/^AmountOfMoney_/, ['MONEY']],
  [/^(Quantity|Distance|Volume|Temperature)_/, ['QUANTITY']],
];

/** `Time_ZH_HK_Corpus.hs` -> `time-hk`. */
export function corpusName(file: string): string {
  const m = /^(\w+?)_ZH(?:_([A-Z]+))?_Corpus/.exec(file);
  if (m === null) return file;
  const dim = m[1] === 'AmountOfMoney' ? 'money' : m[1].toLowerCase();
  return m[2] === undefined ? dim : `${dim}-${m[2].toLowerCase()}`;
}

/** `Time_ZH_TW_Corpus.hs` -> TW: the locale says where its texts come from; generic ZH names none. */
function corpusRegion(file: string): Region | null {
  const locale = /_ZH_([A-Z]+)_Corpus/.exec(file)?.[1];
  return isRegion(locale) ? locale : null;
}

const EDGE = /^[\s\p{P}\p{S}]*$/u;

/** The entity of one of `labels` that covers all of `chars` but punctuation and spaces at the edges. */
function wholeSpan(chars: readonly string[], entities: readonly OutputEntity[], labels: readonly Label[]): OutputEntity | undefined {
  return entities.find((e) =>
    labels.includes(e.label) && EDGE.test(chars.slice(0, e.start).join('')) && EDGE.test(chars.slice(e.end).join('')));
}

let units: Map<string, { unit: string; factor: number }> | null = null;

/** Our unit -> Duckling's unit and factor, from resources/eval/duckling-units.tsv. */
function ducklingUnit(ours: string | undefined) {
  units ??= new Map(readTsv('eval/duckling-units.tsv').map(([u, unit, factor]) => [u, { unit, factor: Number(factor) }]));
  return ours === undefined ? undefined : units.get(ours);
}

/** The pseudo-unit of duckling-units.tsv for classifiers that count several things (对 = 2). */
const COUNT = 'Count';

/** Duckling's money units: a generic dollar (元, 块) and cent in any currency, else an ISO code. */
const GENERIC_MONEY: Record<string, number> = { Dollar: 1, Cent: 0.01 };

const close = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether our value says what Duckling's does. */
export function matchesDuckling(gold: DucklingValue, ours: OutputEntity): boolean {
  const v = ours.value;
  if (v === undefined) return false;
  switch (gold.kind) {
    case 'ordinal':
      return close((v as FigureValue).value, gold.value);
    case 'numeral': {
      // Duckling counts things where we count the classifier (五对 = 5 对 = 10), and a share is in %.
      const f = v as FigureValue;
      const factor = ours.label === 'PERCENT' ? 0.01 : ducklingUnit(f.unit)?.unit === COUNT ? ducklingUnit(f.unit)!.factor : 1;
      return close(f.value === undefined ? undefined : f.value * factor, gold.value);
    }
    case 'duration': {
      const t = v as TimexValue;
      const seconds = t.type === 'DURATION' && t.value !== null ? durationSeconds(t.value) : null;
      return close(seconds ?? undefined, gold.value * GRAIN_SECONDS[gold.grain]);
    }
    case 'time': {
      const t = v as TimexValue;
      const interval = t.type !== 'DURATION' && t.value !== null ? timexInterval(t.value, DUCKLING_REF) : null;
      if (interval === null) return false;
      if (interval.start === gold.start && interval.end === gold.end) return true;
      // TIMEX3 writes a clock hour as HH:00 (ANNOTATION.md: 下午3點 -> T15:00), so such a value is that hour too.
      if (gold.grain === 'Hour' && HOUR_ON_CLOCK.test(t.value!)) return interval.start === gold.start && gold.end - gold.start === HOUR_MS;
      // A TIMEX3 weekend (-WE) sets no hour it starts at: Duckling's begins on the Friday evening.
      return t.value!.endsWith('-WE') && interval.end === gold.end && gold.start >= interval.start - WEEKEND_EVE_MS && gold.start <= interval.start;
    }
    case 'amount': {
      const f = v as FigureValue;
      let factor: number;
      if (ours.label === 'MONEY') {
        if (GENERIC_MONEY[gold.unit] !== undefined) factor = 1 / GENERIC_MONEY[gold.unit];
        else if (f.currency === gold.unit) factor = 1;
        else return false;
      } else {
        const u = ducklingUnit(f.unit);
        if (u === undefined || u.unit !== gold.unit) return false;
        factor = u.factor;
      }
      const scaled = (x: number | undefined) => (x === undefined ? undefined : x * factor);
      if (gold.lower !== undefined) return close(scaled(f.lower), gold.lower) && close(scaled(f.upper), gold.upper);
      if (!close(scaled(f.value), gold.value)) return false;
      if (gold.bound === 'under') return f.mod === 'LESS_THAN' || f.mod === 'EQUAL_OR_LESS';
      if (gold.bound === 'above') return f.mod === 'MORE_THAN' || f.mod === 'EQUAL_OR_MORE';
      return f.mod === undefined || f.mod === 'APPROX';
    }
  }
}

/** With `--label`, a table is run only if its texts should get that label. */
const wanted = (labels: readonly Label[], options: RunOptions) => options.label === undefined || labels.includes(options.label as Label);

/** Texts annotated one by one: each must come out as one span of the right labels with the right value. */
function runWholeTexts(
  result: SetResult,
  measure: string,
  cases: readonly { text: string; line: number; gold: string; right: (e: OutputEntity) => boolean }[],
  labels: readonly Label[],
  options: RunOptions,
  annotator: Annotator,
  refDate: string | null,
  region: Region | null = null,
): void {
  let found = 0;
  let right = 0;
  const errors: ErrorItem[] = [];
  for (const c of cases) {
    const out = annotator.annotate(c.text, refDate, region);
    const chars = Array.from(c.text);
    const e = wholeSpan(chars, out.entities, labels);
    if (e !== undefined) found++;
    if (e !== undefined && c.right(e)) right++;
    else if (errors.length < options.errors) {
      const ours = out.entities.map((x) => `${x.text} ${x.label} ${JSON.stringify(x.value ?? null)} (${x.rule})`).join('; ') || 'nothing';
      errors.push({
        kind: e === undefined ? 'not found' : 'wrong value',
        line: c.line,
        context: showSpan(chars, 0, chars.length),
        detail: `${measure}: gold ${c.gold}; ours: ${ours}`,
      });
    }
  }
  result.rows.push({ measure, n: cases.length, found: cases.length === 0 ? 0 : found / cases.length, value: found === 0 ? 0 : right / found, valued: found });
  result.errors.push(...errors);
}

export function runDuckling(result: SetResult, corpora: readonly DucklingCorpus[], options: RunOptions, annotator: Annotator): void {
  for (const corpus of corpora) {
    const labels = DIMENSION_LABELS.find(([re]) => re.test(corpus.file))?.[1];
    if (labels === undefined) {
      result.notes.push(`${corpus.file}: no label family known; skipped`);
      continue;
    }
    if (!wanted(labels, options)) continue;
    const cases = corpus.examples.flatMap((ex, k) =>
      ex.texts.map((text) => ({ text, line: k + 1, gold: ex.expression, right: (e: OutputEntity) => matchesDuckling(ex.value, e) })));
    runWholeTexts(result, corpusName(corpus.file), cases, labels, options, annotator, DUCKLING_REF_DATE, corpusRegion(corpus.file));
  }
  result.notes.push(`each text alone, refDate ${DUCKLING_REF_DATE}, region the corpus's locale (time-tw TW, time-hk HK, time-mo MO, time-cn CN; none for generic ZH); found = one span of the corpus's labels over the whole text (edge punctuation allowed); value = share of found texts whose value denotes Duckling's (dates: the same interval, a clock time HH:00 also the hour, a weekend from Friday evening or Saturday; durations: months as 30 days)`);
  result.notes.push('labels: time/duration DATE or TIME; numeral CARDINAL (classifiers of several things via the unit table) or PERCENT (a fraction, value / 100); ordinal ORDINAL; money MONEY (Dollar/Cent: any currency); quantity, distance, volume, temperature QUANTITY (units via resources/eval/duckling-units.tsv)');
}

export function runCn2anNumerals(result: SetResult, tables: readonly NumeralTable[], options: RunOptions, annotator: Annotator): void {
  if (!wanted(FIGURE_LABELS, options)) return;
  for (const table of tables) {
    const cases = table.cases.map((c, k) => ({ text: c.text, line: k + 1, gold: String(c.value), right: (e: OutputEntity) => close((e.value as FigureValue | undefined)?.value, c.value) }));
    runWholeTexts(result, table.name, cases, FIGURE_LABELS, options, annotator, null);
  }
  result.notes.push('numeral tables: each string alone; found = one figure span (any figure label) over the whole string; value = the figure value equals cn2an\'s number');
}

const ARABIC_NUMBER = /-?[0-9]+(?:\.[0-9]+)?/g;
const TIMEX_NUMBER = /[0-9]+/g;

/** The numbers our entities carry: figure values and bounds, and the fields of a date. */
function numbersOf(entities: readonly OutputEntity[]): number[] {
  const out: number[] = [];
  for (const e of entities) {
    const v = e.value;
    if (v === undefined) continue;
    if ('type' in v) {
      for (const m of (v.value ?? '').matchAll(TIMEX_NUMBER)) out.push(Number(m[0]));
    } else {
      for (const x of [v.value, v.lower, v.upper]) if (x !== undefined) out.push(x);
    }
  }
  return out;
}

/**
 * cn2an's transforms: the Chinese-numeral side is annotated, and the numbers of the Arabic side
 * are looked for among our values. Sentences without a number count how often we claim a figure.
 */
export function runCn2anTransforms(result: SetResult, pairs: readonly TransformPair[], options: RunOptions, annotator: Annotator): void {
  if (!wanted(FIGURE_LABELS, options)) return;
  let numbers = 0;
  let recovered = 0;
  let plain = 0;
  let plainWithFigure = 0;
  const errors: ErrorItem[] = [];
  pairs.forEach((pair, k) => {
    const out = annotator.annotate(pair.chinese);
    const expected = [...pair.arabic.matchAll(ARABIC_NUMBER)].map((m) => Number(m[0]));
    const ours = numbersOf(out.entities);
    if (expected.length === 0) {
      plain++;
      if (out.entities.some((e) => FIGURE_LABELS.includes(e.label))) plainWithFigure++;
    }
    const missing: number[] = [];
    for (const n of expected) {
      const at = ours.findIndex((x) => close(x, n));
      if (at < 0) missing.push(n);
      else ours.splice(at, 1);
    }
    numbers += expected.length;
    recovered += expected.length - missing.length;
    if (missing.length > 0 && errors.length < options.errors) {
      const chars = Array.from(pair.chinese);
      errors.push({ kind: 'missed', line: k + 1, context: showSpan(chars, 0, chars.length), detail: `transform ${pair.table}: numbers ${missing.join(', ')} of "${pair.arabic}" not among our values` });
    }
  });
  result.rows.push({ measure: 'transform (numbers)', n: numbers, r: numbers === 0 ? 1 : recovered / numbers });
  result.notes.push(`transform: ${pairs.length} sentence pairs; R = share of the Arabic side's numbers found among our values on the Chinese side; ${plainWithFigure} of ${plain} number-free sentences got a figure`);
  result.errors.push(...errors);
}

/** OpenCC's to-Simplified cases through our convert stage alone: the share converted exactly, per config. */
export function runOpencc(result: SetResult, cases: readonly ConversionCase[], options: RunOptions): void {
  if (options.label !== undefined) return;
  const byConfig = new Map<string, { n: number; right: number }>();
  const errors: ErrorItem[] = [];
  cases.forEach((c, k) => {
    const doc = runPipeline({ id: c.id, text: c.input }, [convertStage]);
    const tally = byConfig.get(c.config) ?? { n: 0, right: 0 };
    byConfig.set(c.config, tally);
    tally.n++;
    if (doc.simplified === c.expected) tally.right++;
    else if (errors.length < options.errors) {
      errors.push({ kind: 'wrong value', line: k + 1, context: c.input, detail: `${c.config} ${c.id}: expected ${c.expected}; ours ${doc.simplified} (${doc.conversion})` });
    }
  });
  for (const [config, t] of [...byConfig].sort()) result.rows.push({ measure: `convert ${config}`, n: t.n, found: t.right / t.n });
  result.notes.push('found = share of cases whose Simplified text equals the expected one exactly (the convert stage alone, not timed)');
  result.errors.push(...errors);
}
