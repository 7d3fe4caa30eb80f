// CSV through fast-csv: UTF-8, a header row, one row a token or an entity.
import { writeToString } from 'fast-csv';
import type { AnnotatedDocument } from '../output.js';
import { entityRow, tokenRows } from './rows.js';

export const TOKEN_COLUMNS = ['doc', 'sentence', 'index', 'start', 'end', 'token', 'original', 'pos', 'entity'] as const;

export function tokensCsvRows(doc: AnnotatedDocument): (string | number)[][] {
  return tokenRows(doc).map((r) => [doc.id, r.sentence, r.index, r.start, r.end, r.token, r.original, r.pos, r.tag]);
}

export function entitiesCsvRows(doc: AnnotatedDocument): (string | number)[][] {
  return doc.entities.map((e) => entityRow(doc, e));
}

/** CSV lines for rows, each ended by a newline. */
export async function csvLines(rows: readonly (readonly (string | number)[])[]): Promise<string> {
  if (rows.length === 0) return '';
  return (await writeToString(rows as (string | number)[][], { includeEndRowDelimiter: true })) as string;
}
