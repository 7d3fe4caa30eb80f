// The gold sets the eval command knows: the development sets under ../shared/data (by name) and
// any file in one of the formats, read and run by format.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GoldSentence, Read } from './gold.js';
import { guessLabelMap, LABEL_MAPS, type LabelMap } from './label-map.js';
import { readTagged } from './read-tagged.js';
import { readSpanLines } from './read-spans.js';
import { readConllu, readSegmented } from './read-words.js';
import { readCn2anNumerals, readCn2anTransforms, readDuckling, readJionlpTimes, readOpenccToSimplified } from './read-tables.js';
import { emptyResult, type Annotator, type RunOptions, type SetResult } from './result.js';
import { runSpanSet, runWordSet } from './run-spans.js';
import { runCn2anNumerals, runCn2anTransforms, runDuckling, runOpencc } from './run-tables.js';

export const FORMATS = ['tagged', 'spans', 'segmented', 'conllu', 'duckling', 'cn2an', 'jionlp', 'opencc'] as const;
export type Format = (typeof FORMATS)[number];

interface DevSet {
  name: string;
  /** Relative to the data folder. */
  path: string;
  format: Format;
  map?: LabelMap;
  what: string;
}

export const DEV_SETS: readonly DevSet[] = [
  { name: 'msra', path: 'msra-ner/dev.bio.tsv', format: 'tagged', map: LABEL_MAPS.ner3, what: 'MSRA NER, names' },
  { name: 'pd1998', path: 'peoples-daily-1998-ner/dev.bio', format: 'tagged', map: LABEL_MAPS.ner3, what: "People's Daily 1998 NER, names" },
  { name: 'pd-time', path: 'peoples-daily-time-ner/dev.bio.tsv', format: 'tagged', map: LABEL_MAPS['ner3-time'], what: "People's Daily NER with TIME" },
  { name: 'pd-sample', path: 'peoples-daily-date-sample/sample.jsonl', format: 'spans', map: LABEL_MAPS['pd-sample'], what: "People's Daily sample with DATE" },
  { name: 'weibo', path: 'weibo-ner/dev.conll', format: 'tagged', map: LABEL_MAPS.weibo, what: 'Weibo NER, .NAM names' },
  { name: 'ud-gsd-trad', path: 'ud-gsd/zh_gsd-ud-dev.conllu', format: 'conllu', what: 'UD GSD dev, Traditional: words' },
  { name: 'ud-gsd-simp', path: 'ud-gsd/zh_gsdsimp-ud-dev.conllu', format: 'conllu', what: 'UD GSDSimp dev, Simplified: words' },
  { name: 'duckling', path: 'duckling-zh/duckling_zh_corpora.json', format: 'duckling', what: "Duckling's ZH corpora: values" },
  { name: 'cn2an', path: 'cn2an', format: 'cn2an', what: "cn2an's numeral tables" },
  { name: 'jionlp', path: 'jionlp/time_extractor_cases.json', format: 'jionlp', map: LABEL_MAPS['time-spans'], what: 'JioNLP time spans' },
  { name: 'opencc', path: 'opencc/testcases.json', format: 'opencc', what: "OpenCC's to-Simplified cases" },
];

/** The format of a file or folder by its name, or null. */
export function guessFormat(path: string): Format | null {
  const name = basename(path).toLowerCase();
  if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'cn2an_test_cases.json')) ? 'cn2an' : null;
  if (name.endsWith('.conllu')) return 'conllu';
  if (name.endsWith('.jsonl')) return 'spans';
  if (name.includes('duckling')) return 'duckling';
  if (name.includes('cn2an') || name.startsWith('transform_test')) return 'cn2an';
  if (name.includes('time_extractor')) return 'jionlp';
  if (name === 'testcases.json') return 'opencc';
  if (/\.(bio|bioes|bmes|conll|ner)(\.tsv)?$/.test(name) || name.endsWith('.tsv')) return 'tagged';
  if (/\.(txt|utf8|seg)$/.test(name)) return 'segmented';
  return null;
}

export interface FileRun {
  name: string;
  path: string;
  format: Format;
  map?: LabelMap;
  refDate?: string | null;
  /** A word list for OOV recall (segmented and CoNLL-U sets). */
  known?: ReadonlySet<string>;
}

/** Read a gold file or folder in its format, run the pipeline over it and score it. */
export function evaluate(run: FileRun, options: RunOptions, annotator: Annotator): SetResult {
  const t0 = { chars: annotator.chars, ms: annotator.ms };
  const result = emptyResult(run.name, run.path, []);
  const read = <T>(r: Read<T>) => {
    result.problems.push(...r.problems);
    return r.items;
  };
  const text = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  switch (run.format) {
    case 'tagged':
    case 'spans':
    case 'jionlp': {
      const reader = run.format === 'tagged' ? readTagged : run.format === 'spans' ? readSpanLines : readJionlpTimes;
      const sentences = read(reader(text(run.path)));
      runSpanSet(result, sentences, run.map ?? guessLabelMap(goldLabels(sentences)), options, annotator, run.refDate ?? null);
      break;
    }
    case 'segmented':
    case 'conllu':
      runWordSet(result, read((run.format === 'conllu' ? readConllu : readSegmented)(text(run.path))), options, annotator, run.known);
      break;
    case 'duckling':
      runDuckling(result, read(readDuckling(text(run.path))), options, annotator);
      break;
    case 'cn2an': {
      // A folder holds both tables; a file is one of them.
      const files = statSync(run.path).isDirectory()
        ? ['cn2an_test_cases.json', 'transform_test_cases.json'].map((f) => join(run.path, f)).filter((f) => existsSync(f))
        : [run.path];
      for (const f of files) {
        if (basename(f).startsWith('transform')) runCn2anTransforms(result, read(readCn2anTransforms(text(f))), options, annotator);
        else runCn2anNumerals(result, read(readCn2anNumerals(text(f))), options, annotator);
      }
      break;
    }
    case 'opencc':
      runOpencc(result, read(readOpenccToSimplified(text(run.path))), options);
      break;
  }
  result.chars = annotator.chars - t0.chars;
  result.ms = annotator.ms - t0.ms;
  return result;
}

function goldLabels(sentences: readonly GoldSentence[]): Set<string> {
  const labels = new Set<string>();
  for (const s of sentences) for (const span of s.spans) labels.add(span.label);
  return labels;
}
