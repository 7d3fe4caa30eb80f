// The output formats: each writer names the files it makes for a unit of input, how one document
// is rendered into each, and the corpus-level file it derives from them. Adding a format means
// adding a row here.
import type { AnnotatedDocument } from '../output.js';
import { documentConll } from './conll.js';
import { copyBody, copyFile, prettyJsonAsLine, type CorpusPart } from './corpus.js';
import { csvLines, entitiesCsv, tokensCsv, TOKEN_COLUMNS } from './csv.js';
import { documentJson, documentJsonLine } from './json.js';
import { ENTITY_COLUMNS } from './rows.js';

/** Rendered output: text, or UTF-8 bytes where a writer renders straight into bytes. */
export type Piece = string | Uint8Array;

export interface OutputFile {
  /** Appended to the unit's output stem: `.json`, `.tokens.csv` ... */
  suffix: string;
  header(): Promise<string>;
  /** The document's share of the file, in pieces written one after the other. */
  render(doc: AnnotatedDocument): Piece[] | Promise<Piece[]>;
}

/** A unit is one .txt file (one document) or one .jsonl file or stream (many). */
export type UnitKind = 'text' | 'records';

/**
 * A file for the whole corpus in the output folder, rebuilt at the end of every run from the
 * per-unit files in input order, so that it is complete whatever a rerun skipped.
 */
interface CorpusFile {
  name: string;
  header(): Promise<string>;
  /** The per-unit file (by suffix) that holds a unit's share, and how to copy it. */
  from(kind: UnitKind): { suffix: string; copy: CorpusPart };
}

export interface Writer {
  format: string;
  files(kind: UnitKind): OutputFile[];
  corpus?: CorpusFile;
}

const noHeader = async () => '';

const jsonFile = (kind: UnitKind): OutputFile =>
  kind === 'text' ? { suffix: '.json', header: noHeader, render: documentJson } : { suffix: '.jsonl', header: noHeader, render: documentJsonLine };

const csvFiles: OutputFile[] = [
  { suffix: '.tokens.csv', header: async () => csvLines([TOKEN_COLUMNS]), render: tokensCsv },
  { suffix: '.entities.csv', header: async () => csvLines([ENTITY_COLUMNS]), render: entitiesCsv },
];

const WRITERS: readonly Writer[] = [
  { format: 'json', files: (kind) => [jsonFile(kind)] },
  {
    format: 'csv',
    files: () => csvFiles,
    corpus: { name: 'entities.csv', header: async () => csvLines([ENTITY_COLUMNS]), from: () => ({ suffix: '.entities.csv', copy: copyBody }) },
  },
  { format: 'conll', files: () => [{ suffix: '.conll', header: noHeader, render: documentConll }] },
  {
    // One document a line for the whole corpus, gathered from the per-unit JSON files.
    format: 'jsonl',
    files: (kind) => [jsonFile(kind)],
    corpus: {
      name: 'documents.jsonl',
      header: noHeader,
      from: (kind) => (kind === 'text' ? { suffix: '.json', copy: prettyJsonAsLine } : { suffix: '.jsonl', copy: copyFile }),
    },
  },
];

export function writersFor(formats: readonly string[]): Writer[] {
  return formats.map((f) => {
    const w = WRITERS.find((x) => x.format === f);
    if (w === undefined) throw new Error(`unknown format "${f}" (known: ${WRITERS.map((x) => x.format).join(', ')})`);
    return w;
  });
}

/** The files of a unit for these writers, each suffix once (json and jsonl share the JSON file). */
export function filesOf(writers: readonly Writer[], kind: UnitKind): OutputFile[] {
  const out: OutputFile[] = [];
  for (const w of writers) for (const f of w.files(kind)) if (!out.some((o) => o.suffix === f.suffix)) out.push(f);
  return out;
}

/** `filesOf` by format names: what a worker renders for a document. */
export function unitFiles(formats: readonly string[], kind: UnitKind): OutputFile[] {
  return filesOf(writersFor(formats), kind);
}

/** The corpus-level files the writers make. */
export function corpusFiles(writers: readonly Writer[]): CorpusFile[] {
  return writers.flatMap((w) => (w.corpus === undefined ? [] : [w.corpus]));
}
