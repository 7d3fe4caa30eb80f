// CSV through fast-csv: UTF-8, a header row, one row a token or an entity. Rows are rendered in
// blocks, so that a huge document never needs one string longer than V8 allows.
import { writeToString } from 'fast-csv';
import type { AnnotatedDocument } from '../output.js';
import { entityRow, tokenRows } from './rows.js';

export const TOKEN_COLUMNS = ['doc', 'sentence', 'index', 'start', 'end', 'token', 'original', 'pos', 'entity'] as const;

/** Rows per piece. */
const BLOCK = 8192;

export function tokensCsv(doc: AnnotatedDocument): Promise<string[]> {
  return csvPieces(tokenRows(doc), (r) => [doc.id, r.sentence, r.index, r.start, r.end, r.token, r.original, r.pos, r.tag]);
}

export function entitiesCsv(doc: AnnotatedDocument): Promise<string[]> {
  return csvPieces(doc.entities, (e) => entityRow(doc, e));
}

async function csvPieces<T>(items: readonly T[], row: (item: T) => (string | number)[]): Promise<string[]> {
  const pieces: string[] = [];
  for (let i = 0; i < items.length; i += BLOCK) pieces.push(await csvLines(items.slice(i, i + BLOCK).map(row)));
  return pieces;
}

/** CSV lines for rows, each ended by a newline. */
export async function csvLines(rows: readonly (readonly (string | number)[])[]): Promise<string> {
  if (rows.length === 0) return '';
  return (await writeToString(rows as (string | number)[][], { includeEndRowDelimiter: true })) as string;
}
