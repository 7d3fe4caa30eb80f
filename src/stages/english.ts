// English spans inside Chinese text, read by compromise: people, organisations, places.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { Doc, Label } from '../doc.js';
import type { Stage } from '../stage.js';

/** Latin words joined by spaces, at least one of them capitalised. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'.&-]*(?: +[A-Za-z0-9][A-Za-z0-9'.&-]*)*/g;

interface Found {
  start: number;
  end: number;
  label: Label;
  rule: string;
}

const KINDS: { method: 'people' | 'organizations' | 'places'; label: Label; rule: string }[] = [
  { method: 'people', label: 'PERSON', rule: 'english.person' },
  { method: 'organizations', label: 'ORG', rule: 'english.organization' },
  { method: 'places', label: 'GPE', rule: 'english.place' },
];

/**
 * compromise, loaded on first use: loading costs a tenth of a second (in every worker), and many
 * documents have no English phrase for it. Its single-file CommonJS build loads in half the time
 * of its ES modules.
 */
let nlp: typeof nlpType | null = null;

// compromise costs 130-500 µs a call whatever the length, and a document repeats its names.
const cache = new Map<string, Found[]>();
const CACHE_LIMIT = 50_000;

function readEnglish(run: string): Found[] {
  let found = cache.get(run);
  if (found !== undefined) return found;
  found = [];
  nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  const parsed = nlp(run);
  for (const kind of KINDS) {
    for (const m of parsed[kind.method]().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      found.push({ start: m.offset.start, end: m.offset.start + m.offset.length, label: kind.label, rule: kind.rule });
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(run, found);
  return found;
}

export const englishStage: Stage = {
  name: 'english',
  run(doc: Doc) {
    ENGLISH_RUN.lastIndex = 0;
    for (let m = ENGLISH_RUN.exec(doc.simplified); m !== null; m = ENGLISH_RUN.exec(doc.simplified)) {
      // A single word is a name only if our lists know it; compromise guesses poorly without context.
      if (!m[0].includes(' ')) continue;
      for (const f of readEnglish(m[0])) {
        doc.candidates.push({ start: m.index + f.start, end: m.index + f.end, label: f.label, rule: f.rule });
      }
    }
  },
};
