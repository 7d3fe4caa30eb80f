// Normalisation tables in JSON: Duckling's ZH corpora, cn2an's test tables, JioNLP's
// time-extraction cases, OpenCC's conversion cases. A malformed entry is reported by its place
// in the file (JSON entries have no line of their own) and skipped.
import { codePointLength, sliceCodePoints } from '../doc.js';
import { parseDucklingValue, type DucklingValue } from './duckling-value.js';
import type { GoldSentence, Problem, Read } from './gold.js';

export interface DucklingCorpus {
  /** The corpus file, e.g. Time_ZH_Corpus.hs. */
  file: string;
  examples: { expression: string; value: DucklingValue; texts: string[] }[];
}

export function readDuckling(content: string): Read<DucklingCorpus> {
  const problems: Problem[] = [];
  const items: DucklingCorpus[] = [];
  const json = JSON.parse(content) as Record<string, { examples?: { value?: unknown; texts?: unknown }[] }>;
  for (const [file, corpus] of Object.entries(json)) {
    const examples: DucklingCorpus['examples'] = [];
    (corpus.examples ?? []).forEach((e, k) => {
      const value = typeof e.value === 'string' ? parseDucklingValue(e.value) : null;
      const texts = Array.isArray(e.texts) ? e.texts.filter((t): t is string => typeof t === 'string') : [];
      if (value === null || texts.length === 0) {
        problems.push({ line: 0, message: `${file} examples[${k}]: cannot read value ${JSON.stringify(e.value)}` });
      } else {
        examples.push({ expression: e.value as string, value, texts });
      }
    });
    items.push({ file, examples });
  }
  return { items, problems };
}

/** One of cn2an's numeral tables: Chinese numeral strings and the number each stands for. */
export interface NumeralTable {
  name: string;
  cases: { text: string; value: number }[];
}

/** A cn2an in-sentence transform: the same sentence with Chinese and with Arabic numerals. */
export interface TransformPair {
  table: string;
  chinese: string;
  arabic: string;
}

interface Cn2anTarget {
  target?: unknown;
  value?: unknown;
}

/** `self.strict_data_dict` -> `strict`. */
function tableName(target: unknown): string {
  return String(target).replace(/^self\./, '').replace(/_data(s|_dict)?$/, '');
}

/** cn2an_test_cases.json: tables of Chinese numeral -> number (the error lists are not read). */
export function readCn2anNumerals(content: string): Read<NumeralTable> {
  const items: NumeralTable[] = [];
  const problems: Problem[] = [];
  for (const t of JSON.parse(content) as Cn2anTarget[]) {
    if (typeof t.value !== 'object' || t.value === null || Array.isArray(t.value)) continue;
    const name = tableName(t.target);
    const cases: NumeralTable['cases'] = [];
    for (const [text, v] of Object.entries(t.value as Record<string, unknown>)) {
      const value = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
      if (Number.isFinite(value)) cases.push({ text, value });
      else problems.push({ line: 0, message: `${name}: ${JSON.stringify(text)} has no numeric value` });
    }
    items.push({ name, cases });
  }
  return { items, problems };
}

const ASCII_DIGIT = /[0-9]/g;

/** transform_test_cases.json: pairs of sentences; the side with more ASCII digits is the Arabic one. */
export function readCn2anTransforms(content: string): Read<TransformPair> {
  const items: TransformPair[] = [];
  for (const t of JSON.parse(content) as Cn2anTarget[]) {
    if (typeof t.value !== 'object' || t.value === null) continue;
    for (const [a, b] of Object.entries(t.value as Record<string, unknown>)) {
      if (typeof b !== 'string') continue;
      const arabicFirst = (a.match(ASCII_DIGIT)?.length ?? 0) > (b.match(ASCII_DIGIT)?.length ?? 0);
      items.push({ table: tableName(t.target), chinese: arabicFirst ? b : a, arabic: arabicFirst ? a : b });
    }
  }
  return { items, problems: [] };
}

/** JioNLP's time-extraction cases: [text, [{text, offset: [start, end), type}]]. */
export function readJionlpTimes(content: string): Read<GoldSentence> {
  const items: GoldSentence[] = [];
  const problems: Problem[] = [];
  for (const t of JSON.parse(content) as Cn2anTarget[]) {
    if (!Array.isArray(t.value)) continue;
    t.value.forEach((entry: unknown, k: number) => {
      const [text, spans] = Array.isArray(entry) ? entry : [];
      if (typeof text !== 'string' || !Array.isArray(spans)) {
        problems.push({ line: 0, message: `case ${k}: expected [text, spans]` });
        return;
      }
      const length = codePointLength(text);
      const out: GoldSentence['spans'] = [];
      for (const s of spans as { text?: unknown; offset?: unknown; type?: unknown }[]) {
        const [start, end] = Array.isArray(s.offset) ? s.offset : [];
        if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end > length || start >= end ||
            (typeof s.text === 'string' && sliceCodePoints(text, start, end) !== s.text)) {
          problems.push({ line: 0, message: `case ${k}: span ${JSON.stringify(s)} does not fit ${JSON.stringify(text)}` });
          return;
        }
        out.push({ start, end, label: String(s.type) });
      }
      items.push({ text, spans: out, line: k + 1 });
    });
  }
  return { items, problems };
}

export interface ConversionCase {
  id: string;
  config: string;
  input: string;
  expected: string;
}

/** OpenCC's cases whose target is Simplified (t2s, tw2s, hk2s, tw2sp, hk2sp...): what our convert stage does. */
export function readOpenccToSimplified(content: string): Read<ConversionCase> {
  const items: ConversionCase[] = [];
  const problems: Problem[] = [];
  const json = JSON.parse(content) as { cases?: { id?: unknown; input?: unknown; expected?: Record<string, unknown> }[] };
  (json.cases ?? []).forEach((c, k) => {
    if (typeof c.input !== 'string' || typeof c.expected !== 'object' || c.expected === null) {
      problems.push({ line: 0, message: `cases[${k}]: no input or expected` });
      return;
    }
    for (const [config, expected] of Object.entries(c.expected)) {
      if (/2sp?$/.test(config) && typeof expected === 'string') {
        items.push({ id: String(c.id ?? k), config, input: c.input, expected });
      }
    }
  });
  return { items, problems };
}
