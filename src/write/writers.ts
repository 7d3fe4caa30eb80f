// The output formats: each writer names the files it makes for a unit of input and how one
// document is rendered into each. Adding a format means adding a row here.
import type { AnnotatedDocument } from '../output.js';
import { documentConll } from './conll.js';
import { csvLines, entitiesCsvRows, tokensCsvRows, TOKEN_COLUMNS } from './csv.js';
import { documentJson, documentJsonLine } from './json.js';
import { ENTITY_COLUMNS } from './rows.js';

export interface OutputFile {
  /** Appended to the unit's output stem: `.json`, `.tokens.csv` ... */
  suffix: string;
  header(): Promise<string>;
  render(doc: AnnotatedDocument): string | Promise<string>;
}

/** A unit is one .txt file (one document) or one .jsonl file or stream (many). */
export type UnitKind = 'text' | 'records';

export interface Writer {
  format: string;
  files(kind: UnitKind): OutputFile[];
}

const noHeader = async () => '';

const csvFiles: OutputFile[] = [
  { suffix: '.tokens.csv', header: () => csvLines([TOKEN_COLUMNS]), render: (d) => csvLines(tokensCsvRows(d)) },
  { suffix: '.entities.csv', header: () => csvLines([ENTITY_COLUMNS]), render: (d) => csvLines(entitiesCsvRows(d)) },
];

export const WRITERS: readonly Writer[] = [
  {
    format: 'json',
    files: (kind) => [
      kind === 'text'
        ? { suffix: '.json', header: noHeader, render: documentJson }
        : { suffix: '.jsonl', header: noHeader, render: documentJsonLine },
    ],
  },
  { format: 'csv', files: () => csvFiles },
  { format: 'conll', files: () => [{ suffix: '.conll', header: noHeader, render: documentConll }] },
];

export function writersFor(formats: readonly string[]): Writer[] {
  return formats.map((f) => {
    const w = WRITERS.find((x) => x.format === f);
    if (w === undefined) throw new Error(`unknown format "${f}" (known: ${WRITERS.map((x) => x.format).join(', ')})`);
    return w;
  });
}
