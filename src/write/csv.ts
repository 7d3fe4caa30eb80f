// CSV: UTF-8, a header row, one row a token or an entity. Fields are formatted by fast-csv's
// field formatter, called directly (its streams cost several µs a row, as long as the whole
// pipeline), and rows are written straight into bytes in pieces of bounded size.
import { FormatterOptions } from 'fast-csv';
import { FieldFormatter } from '@fast-csv/format/build/src/formatter/index.js';
import type { AnnotatedDocument } from '../output.js';
import { ByteWriter, stopTable } from './bytes.js';
import { eachTokenRow, ENTITY_COLUMNS } from './rows.js';

export const TOKEN_COLUMNS = ['doc', 'sentence', 'index', 'start', 'end', 'token', 'original', 'pos', 'entity'] as const;

type Row = readonly (string | number)[];

const OPTIONS = new FormatterOptions({});
/** What fast-csv's field formatter changes: it quotes these (`|` too, by its escape pattern) and drops NUL. */
const NEEDS_FORMATTER = /[",\r\n|\0]/;
const FORMATTED = stopTable('",\r\n|\0');
const fieldFormatter = new FieldFormatter(OPTIONS);

/** A text field as fast-csv formats it; the formatter only runs for the rare field it would change. */
function csvField(out: ByteWriter, value: string): void {
  if (!out.textUnless(value, FORMATTED)) out.text(NEEDS_FORMATTER.test(value) ? fieldFormatter.format(value, 0, false) : value);
}

/** A row as fast-csv's row formatter writes it, ended by a newline. */
function csvRow(out: ByteWriter, row: Row): void {
  for (let i = 0; i < row.length; i++) {
    if (i > 0) out.byte(44);
    const field = row[i];
    if (typeof field === 'number') out.number(field);
    else csvField(out, field);
  }
  out.byte(10);
  out.endRecord();
}

/**
 * The token rows go straight into bytes (a document has one row a word), written field by field
 * rather than through an array per row.
 */
export function tokensCsv(doc: AnnotatedDocument): Uint8Array[] {
  const out = new ByteWriter();
  const prefix = fieldBytes(doc.id);
  eachTokenRow(doc, (r) => {
    out.bytes(prefix);
    out.number(r.sentence);
    out.byte(44);
    out.number(r.index);
    out.byte(44);
    out.number(r.start);
    out.byte(44);
    out.number(r.end);
    out.byte(44);
    csvField(out, r.token);
    out.byte(44);
    csvField(out, r.original);
    out.byte(44);
    csvField(out, r.pos);
    out.byte(44);
    out.ascii(r.tag);
    out.byte(10);
    out.endRecord();
  });
  return out.done();
}

/** The value object's columns of an entity row (ENTITY_COLUMNS between `simplified` and `rule`). */
const VALUE_COLUMNS = ENTITY_COLUMNS.slice(ENTITY_COLUMNS.indexOf('simplified') + 1, ENTITY_COLUMNS.indexOf('rule'));

/**
 * An entity a row: its document's id and source (file, or file:line), and the value object
 * spread over value, unit, currency, type, mod, lower, upper, anchor; written field by field.
 */
export function entitiesCsv(doc: AnnotatedDocument): Uint8Array[] {
  const out = new ByteWriter();
  const prefix = fieldBytes(doc.id, doc.source);
  for (const e of doc.entities) {
    out.bytes(prefix);
    out.number(e.start);
    out.byte(44);
    out.number(e.end);
    out.byte(44);
    csvField(out, e.label);
    out.byte(44);
    csvField(out, e.text);
    out.byte(44);
    csvField(out, e.simplified);
    const value = e.value as Record<string, unknown> | undefined;
    for (const column of VALUE_COLUMNS) {
      out.byte(44);
      const x = value?.[column];
      if (typeof x === 'number') out.number(x);
      else if (x !== undefined && x !== null) csvField(out, String(x));
    }
    out.byte(44);
    csvField(out, e.rule);
    out.byte(10);
    out.endRecord();
  }
  return out.done();
}

/** The bytes of the leading fields every row of a document repeats, each followed by a comma. */
function fieldBytes(...fields: string[]): Uint8Array {
  const out = new ByteWriter();
  for (const f of fields) {
    csvField(out, f);
    out.byte(44);
  }
  return out.done()[0];
}

/** CSV lines for rows, each ended by a newline. */
export function csvLines(rows: readonly Row[]): string {
  const out = new ByteWriter();
  for (const r of rows) csvRow(out, r);
  return Buffer.concat(out.done()).toString('utf8');
}
