// CSV through fast-csv's row formatter: UTF-8, a header row, one row a token or an entity. The
// formatter is called directly rather than through a stream (streams cost several µs a row),
// and rows are rendered in blocks, so that a huge document never needs one string longer than
// V8 allows.
import { FormatterOptions } from 'fast-csv';
import { RowFormatter } from '@fast-csv/format/build/src/formatter/index.js';
import type { AnnotatedDocument } from '../output.js';
import { eachTokenRow, entityRow } from './rows.js';

export const TOKEN_COLUMNS = ['doc', 'sentence', 'index', 'start', 'end', 'token', 'original', 'pos', 'entity'] as const;

type Row = readonly (string | number)[];

/** Rows per piece. */
const BLOCK = 8192;
const OPTIONS = new FormatterOptions({});

/** Collects formatted rows into pieces of at most BLOCK rows, each line ended by a newline. */
class CsvPieces {
  readonly pieces: string[] = [];
  private lines: string[] = [];
  private formatter = new RowFormatter(OPTIONS);

  add(row: Row): void {
    // The formatter is synchronous without a transform; it puts the row delimiter before every
    // row but the first it sees, so a fresh one starts each piece.
    this.formatter.format(row as (string | number)[], (err, rows) => {
      if (err) throw err;
      this.lines.push(rows![0]);
    });
    if (this.lines.length >= BLOCK) this.flush();
  }

  done(): string[] {
    this.flush();
    return this.pieces;
  }

  private flush() {
    if (this.lines.length === 0) return;
    this.pieces.push(this.lines.join('') + '\n');
    this.lines = [];
    this.formatter = new RowFormatter(OPTIONS);
  }
}

export function tokensCsv(doc: AnnotatedDocument): string[] {
  const out = new CsvPieces();
  eachTokenRow(doc, (r) => out.add([doc.id, r.sentence, r.index, r.start, r.end, r.token, r.original, r.pos, r.tag]));
  return out.done();
}

export function entitiesCsv(doc: AnnotatedDocument): string[] {
  const out = new CsvPieces();
  for (const e of doc.entities) out.add(entityRow(doc, e));
  return out.done();
}

/** CSV lines for rows, each ended by a newline. */
export function csvLines(rows: readonly Row[]): string {
  const out = new CsvPieces();
  for (const r of rows) out.add(r);
  return out.done().join('');
}
